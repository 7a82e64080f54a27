/**
 * Shared test data for the advice tests: the question ids from content/vragen, the casus files
 * and a fully answered dossier in which no rule fires.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { Antwoorden } from '$lib/opslag/types';
import type { Gereedheid } from './types';

export const READINESS_IDS = [
	'gereed-vertrouwenspersoon',
	'gereed-deskundigheid',
	'gereed-meldingsprotocol',
	'gereed-gedragscode',
	'gereed-klachtenregeling',
	'gereed-rie',
	'gereed-voorlichting',
	'gereed-leidinggevenden',
	'gereed-medezeggenschap',
	'gereed-beslistafel'
] as const;

interface VraagJson {
	id: string;
	soort: string;
	sub?: VraagJson[];
}

/** Reads every question in content/vragen, sub-questions included, with its kind. */
export function leesVragen(root = 'content'): VraagJson[] {
	const vragen: VraagJson[] = [];
	const verzamel = (lijst: VraagJson[]) => {
		for (const vraag of lijst) {
			vragen.push(vraag);
			if (vraag.sub) verzamel(vraag.sub);
		}
	};
	const dir = join(root, 'vragen');
	for (const naam of readdirSync(dir).filter((n) => n.endsWith('.json')).sort()) {
		verzamel((JSON.parse(readFileSync(join(dir, naam), 'utf8')) as { vragen: VraagJson[] }).vragen);
	}
	return vragen;
}

export interface CasusBestand {
	bestand: string;
	data: Record<string, unknown> & { id: string; interventie: string; herkomst: string; antwoorden: Antwoorden };
	body: string;
}

/** Reads the YAML frontmatter and body of every Markdown file in content/casussen. */
export function leesCasussen(root = 'content'): CasusBestand[] {
	return leesMarkdown(join(root, 'casussen')) as CasusBestand[];
}

/** Reads the YAML frontmatter and body of every Markdown file in `dir`. */
export function leesMarkdown(dir: string): { bestand: string; data: Record<string, unknown>; body: string }[] {
	return readdirSync(dir)
		.filter((naam) => naam.endsWith('.md'))
		.sort()
		.map((naam) => {
			const tekst = readFileSync(join(dir, naam), 'utf8');
			const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(tekst);
			if (!match) throw new Error(`${naam}: missing YAML frontmatter between --- lines`);
			return { bestand: naam, data: parse(match[1] ?? '') as Record<string, unknown>, body: match[2] ?? '' };
		});
}

/** A dossier with every question the rules read answered so that no rule condition holds. */
export const NEUTRAAL: Antwoorden = {
	soort: 'melding',
	anoniem: 'nee',
	'beschuldigde-positie': 'medewerker',
	'betreft-leiding': 'nee',
	'heeft-klachtenregeling': 'ja',
	'heeft-gedragscode': 'ja',
	'heeft-meldingsprotocol': 'ja',
	'aantal-medewerkers': 20,
	'vertrouwenspersoon-geadviseerd': 'ja',
	'situatie-2a': 'nee',
	'situatie-2a-aangifteplicht': 'nee',
	'situatie-3': 'nee',
	'situatie-4c': 'ja',
	'context-1a': 'nee',
	'context-1b': 'nee',
	'context-2': 'nee',
	'context-4': 'nee',
	'ernstige-situatie': 'nee',
	'samen-werken-mogelijk': 'ja',
	ernst: 'licht',
	feiten: 'aannemelijk',
	herhaling: 'nee',
	'eerdere-stappen': [],
	'gedrag-gestopt': 'nee',
	'werkrelatie-verstoord': 'nee',
	'onveilige-cultuur': 'nee',
	'beleid-ontbreekt': 'nee',
	'melder-comfortabel': 'ja',
	'instemming-beide': 'ja',
	'draagvlak-beide': 'ja',
	'melder-akkoord-groep': 'ja',
	'leidinggevende-neutraal': 'ja',
	doel: ['verder'],
	'beslisser-naam': 'Directeur',
	'beslisser-vertrouwenspersoon': 'nee',
	'beslisser-betrokkenheid': 'geen',
	'onafhankelijke-naam': 'Externe arbodeskundige',
	'onafhankelijke-vertrouwenspersoon': 'nee',
	'onafhankelijke-betrokkenheid': 'geen',
	'deskundige-naam': 'Jurist',
	'deskundige-vertrouwenspersoon': 'nee',
	'deskundige-betrokkenheid': 'geen'
};

export const GEREED: Gereedheid = Object.fromEntries(READINESS_IDS.map((id) => [id, 'ja']));
