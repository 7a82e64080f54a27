/**
 * Build-time loader for content/: reads every file, validates it with zod, renders Markdown with
 * marked and checks the references between files. Only server load functions import this module,
 * so neither marked nor the full zod reach the browser.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { Marked } from 'marked';
import { parse as parseYaml } from 'yaml';
import type { z } from 'zod';
import * as S from './schema';
import type { Content, Gerenderd } from './types';

/** A content file that does not fit its schema, naming the file and the field. */
export class ContentError extends Error {
	constructor(
		readonly file: string,
		readonly field: string,
		readonly expected: string
	) {
		super(`${file}: veld "${field}": ${expected}`);
		this.name = 'ContentError';
	}
}

const markdown = new Marked({ gfm: true, breaks: false });

function renderMarkdown(source: string): string {
	return markdown.parse(source, { async: false }) as string;
}

function listFiles(dir: string, extension: string): string[] {
	let names: string[];
	try {
		names = readdirSync(dir);
	} catch {
		return [];
	}
	return names
		.flatMap((name) => {
			const path = join(dir, name);
			return statSync(path).isDirectory() ? listFiles(path, extension) : [path];
		})
		.filter((path) => path.endsWith(extension))
		.sort();
}

interface Bestand {
	file: string;
	data: unknown;
	body: string;
}

function readMarkdownFile(root: string, path: string): Bestand {
	const file = relative(root, path) || path;
	const text = readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
	const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(text);
	if (!match) throw new ContentError(file, '(frontmatter)', 'begint met een YAML-blok tussen --- regels');
	let data: unknown;
	try {
		data = parseYaml(match[1] ?? '');
	} catch (error) {
		throw new ContentError(file, '(frontmatter)', `geldige YAML (${(error as Error).message})`);
	}
	return { file, data, body: (match[2] ?? '').trim() };
}

function readJsonFile(root: string, path: string): Bestand {
	const file = relative(root, path) || path;
	try {
		return { file, data: JSON.parse(readFileSync(path, 'utf8').replace(/^\uFEFF/, '')), body: '' };
	} catch (error) {
		throw new ContentError(file, '(bestand)', `geldige JSON (${(error as Error).message})`);
	}
}

/** Validates one file's data, turning the first zod issue into a ContentError. */
export function validate<T extends z.ZodType>(schema: T, bestand: Bestand): z.infer<T> {
	const result = schema.safeParse(bestand.data);
	if (result.success) return result.data;
	const issue = result.error.issues[0];
	const field = issue && issue.path.length > 0 ? issue.path.join('.') : '(bestand)';
	throw new ContentError(bestand.file, field, issue?.message ?? 'onbekende fout');
}

/** Splits a Markdown body on its H2 headings, keeping the text before the first one as intro. */
export function splitOnHeadings(body: string): { intro: string; delen: { kop: string; tekst: string }[] } {
	const parts = body.split(/^## +(.+)$/m);
	const delen: { kop: string; tekst: string }[] = [];
	for (let i = 1; i < parts.length; i += 2) {
		delen.push({ kop: (parts[i] ?? '').trim(), tekst: (parts[i + 1] ?? '').trim() });
	}
	return { intro: (parts[0] ?? '').trim(), delen };
}

function requireBody(bestand: Bestand): void {
	if (bestand.body.length === 0) throw new ContentError(bestand.file, '(tekst)', 'tekst na de frontmatter');
}

function withHtml<T>(item: T, bestand: Bestand): Gerenderd<T> {
	requireBody(bestand);
	return { ...item, bestand: bestand.file, html: renderMarkdown(bestand.body) };
}

function loadMarkdownDir<T extends z.ZodType>(root: string, dir: string, schema: T) {
	return listFiles(join(root, dir), '.md').map((path) => {
		const bestand = readMarkdownFile(root, path);
		return { bestand, item: validate(schema, bestand) as z.infer<T> };
	});
}

function loadJsonDir<T extends z.ZodType>(root: string, dir: string, schema: T) {
	return listFiles(join(root, dir), '.json').map((path) => {
		const bestand = readJsonFile(root, path);
		return { bestand, item: validate(schema, bestand) as z.infer<T> };
	});
}

/** Throws when two items in one collection share an id. */
function checkUniqueIds(items: { bestand: Bestand; item: { id: string } }[]): void {
	const seen = new Map<string, string>();
	for (const { bestand, item } of items) {
		const earlier = seen.get(item.id);
		if (earlier) throw new ContentError(bestand.file, 'id', `een unieke id, maar "${item.id}" staat ook in ${earlier}`);
		seen.set(item.id, bestand.file);
	}
}

function loadInterventie(bestand: Bestand, item: z.infer<typeof S.Interventie>) {
	requireBody(bestand);
	const { delen } = splitOnHeadings(bestand.body);
	const koppen = delen.map((deel) => deel.kop);
	S.INTERVENTIE_KOPPEN.forEach((kop, index) => {
		if (koppen[index] !== kop) {
			throw new ContentError(bestand.file, '(tekst)', `kop "## ${kop}" als kop ${index + 1}, gevonden: ${koppen[index] ?? 'niets'}`);
		}
	});
	return {
		...item,
		bestand: bestand.file,
		delen: delen.map((deel) => ({ kop: deel.kop, html: renderMarkdown(deel.tekst) }))
	};
}

function loadOnderzoek(bestand: Bestand, item: z.infer<typeof S.Onderzoek>) {
	requireBody(bestand);
	const { intro, delen } = splitOnHeadings(bestand.body);
	const stappen = item.stappen.map((stap, index) => {
		const deel = delen.find((d) => d.kop.startsWith(`Stap ${stap.nummer}:`));
		if (stap.nummer !== index + 1) throw new ContentError(bestand.file, `stappen.${index}.nummer`, `${index + 1}`);
		if (!deel) throw new ContentError(bestand.file, '(tekst)', `kop "## Stap ${stap.nummer}: ${stap.titel}"`);
		return { ...stap, html: renderMarkdown(deel.tekst) };
	});
	return { ...item, bestand: bestand.file, introHtml: renderMarkdown(intro), stappen };
}

function collectQuestionIds(vragen: S.VraagInvoer[], into: S.VraagInvoer[] = []): S.VraagInvoer[] {
	for (const vraag of vragen) {
		into.push(vraag);
		if (vraag.sub) collectQuestionIds(vraag.sub, into);
	}
	return into;
}

/** Loads, validates and cross-checks all content under `root`. Throws a ContentError on the first problem. */
export function loadContent(root = 'content'): Content {
	const meta = validate(S.Handreiking, readJsonFile(root, join(root, 'handreiking.json')));
	const inleiding = loadMarkdownDir(root, 'inleiding', S.Inleiding);
	const fasen = loadMarkdownDir(root, 'fasen', S.Fase);
	const secties = loadMarkdownDir(root, 'secties', S.Sectie);
	const tips = loadMarkdownDir(root, 'tips', S.Tip);
	const begrippen = loadMarkdownDir(root, 'begrippen', S.Begrip);
	const interventies = loadMarkdownDir(root, 'interventies', S.Interventie);
	const onderzoeken = loadMarkdownDir(root, 'onderzoek', S.Onderzoek);
	const casussen = loadMarkdownDir(root, 'casussen', S.Casus);
	const vragensets = loadJsonDir(root, 'vragen', S.Vragenset);
	const checklists = loadJsonDir(root, 'checklists', S.Checklist);

	for (const collection of [inleiding, fasen, secties, tips, begrippen, interventies, onderzoeken, casussen, vragensets, checklists]) {
		checkUniqueIds(collection);
	}
	const questions = vragensets.flatMap(({ bestand, item }) =>
		collectQuestionIds(item.vragen).map((vraag) => ({ bestand, item: vraag }))
	);
	checkUniqueIds(questions);
	const checklistItems = checklists.flatMap(({ bestand, item }) => item.items.map((i) => ({ bestand, item: i })));
	checkUniqueIds(checklistItems);

	const content: Content = {
		handreiking: meta,
		inleiding: inleiding.map(({ bestand, item }) => withHtml(item, bestand)),
		fasen: fasen.map(({ bestand, item }) => withHtml(item, bestand)).sort((a, b) => a.nummer - b.nummer),
		secties: secties
			.map(({ bestand, item }) => withHtml(item, bestand))
			.sort((a, b) => a.fase - b.fase || a.volgorde - b.volgorde),
		tips: tips.map(({ bestand, item }) => withHtml(item, bestand)).sort((a, b) => a.nummer - b.nummer),
		begrippen: begrippen.map(({ bestand, item }) => withHtml(item, bestand)).sort((a, b) => a.term.localeCompare(b.term, 'nl')),
		interventies: interventies.map(({ bestand, item }) => loadInterventie(bestand, item)).sort((a, b) => a.trede - b.trede),
		onderzoeken: onderzoeken.map(({ bestand, item }) => loadOnderzoek(bestand, item)).sort((a, b) => a.trede - b.trede),
		casussen: casussen.map(({ bestand, item }) => withHtml(item, bestand)),
		vragensets: Object.fromEntries(vragensets.map(({ item }) => [item.id, item])),
		checklists: Object.fromEntries(checklists.map(({ item }) => [item.id, item]))
	};
	checkReferences(content, { tips, secties, interventies, casussen, vragensets, questions });
	return content;
}

type Geladen = { bestand: Bestand; item: Record<string, unknown> }[];

function checkReferences(
	content: Content,
	files: { tips: Geladen; secties: Geladen; interventies: Geladen; casussen: Geladen; vragensets: Geladen; questions: Geladen }
): void {
	const tipNumbers = new Set(content.tips.map((tip) => tip.nummer));
	const sectieIds = new Set(content.secties.map((sectie) => sectie.id));
	const casusIds = new Set(content.casussen.map((casus) => casus.id));
	const optieIds = new Set<string>([...content.interventies.map((i) => i.id), ...content.onderzoeken.map((o) => o.id)]);
	const questionIds = new Set(files.questions.map(({ item }) => item.id as string));

	const requireTip = (bestand: Bestand, field: string, nummer: unknown) => {
		if (!tipNumbers.has(nummer as number)) throw new ContentError(bestand.file, field, `een bestaande tip, maar tip ${nummer} bestaat niet`);
	};
	for (const { bestand, item } of files.tips) {
		if (!sectieIds.has(item.sectie as string)) {
			throw new ContentError(bestand.file, 'sectie', `een bestaande sectie, maar "${item.sectie}" bestaat niet`);
		}
		if (item.id !== `tip-${String(item.nummer).padStart(2, '0')}`) {
			throw new ContentError(bestand.file, 'id', `tip-${String(item.nummer).padStart(2, '0')} bij nummer ${item.nummer}`);
		}
	}
	for (const { bestand, item } of files.secties) {
		(item.tips as number[]).forEach((nummer, index) => requireTip(bestand, `tips.${index}`, nummer));
	}
	for (const { bestand, item } of files.interventies) {
		requireTip(bestand, 'tip', item.tip);
		if (!casusIds.has(item.casus as string)) {
			throw new ContentError(bestand.file, 'casus', `een bestaande casus, maar "${item.casus}" bestaat niet`);
		}
	}
	for (const { bestand, item } of files.casussen) {
		if (!optieIds.has(item.interventie as string)) {
			throw new ContentError(bestand.file, 'interventie', `een bestaande interventie of onderzoek, maar "${item.interventie}" bestaat niet`);
		}
		for (const key of Object.keys(item.antwoorden as object)) {
			if (!questionIds.has(key)) throw new ContentError(bestand.file, `antwoorden.${key}`, 'een bestaande vraag-id');
		}
	}
	for (const { bestand, item } of files.questions) {
		((item.tips as number[] | undefined) ?? []).forEach((nummer, index) => requireTip(bestand, `${item.id}.tips.${index}`, nummer));
	}
	for (const { bestand, item } of files.vragensets) {
		(item.tips as number[]).forEach((nummer, index) => requireTip(bestand, `tips.${index}`, nummer));
	}
}
