// @vitest-environment node
import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ContentError, loadContent } from '../../src/lib/content/load';
import { INTERVENTIE_KOPPEN } from '../../src/lib/content/schema';
import type { Content, Vraag } from '../../src/lib/content/types';
import { CASUS, VRAGENSET, interventie, schrijfInhoud, sectie, tip } from './fixtures/inhoud';

const CONTENT_ROOT = fileURLToPath(new URL('../../content', import.meta.url));

const range = (van: number, tot: number) => Array.from({ length: tot - van + 1 }, (_, i) => van + i);

/**
 * Distinct sub-question numbers per numbered question, such as { '1': ['1a', '1b'] }. Numbers are
 * compared, not entries, because one question of the source may be stored as two fields that share
 * its number. Situatie 2a stores punishable behaviour and the duty to report as two fields.
 */
function subNummers(vragen: Vraag[]): Record<string, string[]> {
	return Object.fromEntries(
		vragen.map((vraag) => [vraag.nummer, [...new Set((vraag.sub ?? []).map((sub) => sub.nummer))]])
	);
}

describe('content of the handreiking', () => {
	let content: Content;

	beforeAll(() => {
		content = loadContent(CONTENT_ROOT);
	});

	it('has tips 1 to 29', () => {
		expect(content.tips.map((item) => item.nummer)).toEqual(range(1, 29));
	});

	it('has phases 0 to 3', () => {
		expect(content.fasen.map((fase) => fase.nummer)).toEqual([0, 1, 2, 3]);
	});

	it('has sections for every step of Fase 1', () => {
		const stappen = new Set(content.secties.filter((item) => item.fase === 1).map((item) => item.stap));
		for (const stap of range(1, 5)) expect(stappen, `stap ${stap}`).toContain(stap);
	});

	it('has sections for every phase', () => {
		for (const fase of content.fasen) {
			expect(content.secties.some((item) => item.fase === fase.nummer), `fase ${fase.nummer}`).toBe(true);
		}
	});

	it('situatie has the questions of the source', () => {
		const set = content.vragensets['verkenning-situatie'];
		expect(set).toBeDefined();
		expect(set?.vragen.map((vraag) => vraag.nummer)).toEqual(['1', '2', '3', '4']);
		expect(subNummers(set?.vragen ?? [])).toEqual({
			'1': ['1a', '1b', '1c'],
			'2': ['2a', '2b'],
			'3': [],
			'4': ['4a', '4b', '4c']
		});
	});

	it('context has the questions of the source', () => {
		const set = content.vragensets['verkenning-context'];
		expect(set).toBeDefined();
		expect(set?.vragen.map((vraag) => vraag.nummer)).toEqual(['1', '2', '3', '4']);
		expect(subNummers(set?.vragen ?? [])).toEqual({ '1': ['1a', '1b', '1c'], '2': [], '3': [], '4': [] });
	});

	it('belangen has eight questions', () => {
		const set = content.vragensets['verkenning-belangen'];
		expect(set).toBeDefined();
		expect(set?.vragen.map((vraag) => vraag.nummer)).toEqual(range(1, 8).map(String));
	});

	it('has five interventions with all parts', () => {
		expect(content.interventies.map((item) => item.id).sort()).toEqual(
			['bemiddeling', 'correctief-gesprek', 'groepsgesprek', 'informeel-gesprek', 'mediation'].sort()
		);
		for (const item of content.interventies) {
			expect(item.delen.slice(0, 4).map((deel) => deel.kop), item.id).toEqual([...INTERVENTIE_KOPPEN]);
			for (const deel of item.delen) expect(deel.html.trim(), `${item.id}: ${deel.kop}`).not.toBe('');
			expect(item.deelnemers.length, `${item.id} deelnemers`).toBeGreaterThan(0);
		}
	});

	it('gives every intervention its casus', () => {
		for (const item of content.interventies) {
			const casus = content.casussen.find((candidate) => candidate.id === item.casus);
			expect(casus, `casus "${item.casus}" of ${item.id}`).toBeDefined();
			expect(casus?.interventie, `casus "${item.casus}"`).toBe(item.id);
			expect(casus?.herkomst, `casus "${item.casus}"`).toBe('handreiking');
		}
	});

	it('has three kinds of onderzoek with five steps', () => {
		expect(content.onderzoeken.map((item) => item.id).sort()).toEqual(
			['cultuuronderzoek', 'meldingenonderzoek', 'structuuronderzoek'].sort()
		);
		for (const item of content.onderzoeken) {
			expect(item.stappen.map((stap) => stap.nummer), item.id).toEqual(range(1, 5));
			for (const stap of item.stappen) expect(stap.html.trim(), `${item.id} stap ${stap.nummer}`).not.toBe('');
		}
	});

	it('links every tip to a section of its phase', () => {
		for (const item of content.tips) {
			const home = content.secties.find((candidate) => candidate.id === item.sectie);
			expect(home?.fase, `tip ${item.nummer} in "${item.sectie}"`).toBe(item.fase);
		}
	});
});

describe('loadContent with broken content', () => {
	const roots: string[] = [];

	/** Loads a fixture tree and returns the ContentError it throws. */
	function loadError(wijzigingen: Parameters<typeof schrijfInhoud>[0]): ContentError {
		const root = schrijfInhoud(wijzigingen);
		roots.push(root);
		try {
			loadContent(root);
		} catch (error) {
			expect(error).toBeInstanceOf(ContentError);
			return error as ContentError;
		}
		throw new Error('loadContent accepted broken content');
	}

	/** Checks that the error and its message name the file and the field. */
	function expectNames(error: ContentError, file: string, field: string): void {
		expect(error.file).toBe(file);
		expect(error.field).toBe(field);
		expect(error.message).toContain(file);
		expect(error.message).toContain(`"${field}"`);
	}

	afterEach(() => {
		for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
	});

	it('accepts the valid fixture', () => {
		const root = schrijfInhoud();
		roots.push(root);
		const content = loadContent(root);
		expect(content.tips).toHaveLength(1);
		expect(content.interventies[0]?.delen).toHaveLength(4);
	});

	it('rejects a missing field', () => {
		const error = loadError({ 'secties/melding.md': sectie('melding', 'tips:\n  - 1\n').replace(/^titel: .*\n/m, '') });
		expectNames(error, 'secties/melding.md', 'titel');
	});

	it('rejects a missing nested field', () => {
		const error = loadError({ 'tips/tip-01.md': tip('melding').replace('  kop: Testkop\n', '') });
		expectNames(error, 'tips/tip-01.md', 'bron.kop');
	});

	it('rejects a tip id off its number', () => {
		const error = loadError({ 'tips/tip-01.md': tip('melding').replace('id: tip-01', 'id: tip-02') });
		expectNames(error, 'tips/tip-01.md', 'id');
		expect(error.message).toContain('tip-01 bij nummer 1');
	});

	it('rejects a duplicate question id across sets', () => {
		const error = loadError({ 'vragen/zz-tweede.json': VRAGENSET.replace('"testvragen"', '"tweede"') });
		expectNames(error, 'vragen/zz-tweede.json', 'id');
		expect(error.message).toContain('"vraag-een"');
	});

	it('rejects a duplicate id', () => {
		const error = loadError({ 'secties/tweede.md': sectie('melding', '', 'Tweede sectie') });
		expectNames(error, 'secties/tweede.md', 'id');
		expect(error.message).toContain('"melding"');
		expect(error.message).toContain('secties/melding.md');
	});

	it('rejects a dangling tip reference', () => {
		const error = loadError({ 'secties/melding.md': sectie('melding', 'tips:\n  - 1\n  - 7\n') });
		expectNames(error, 'secties/melding.md', 'tips.1');
		expect(error.message).toContain('tip 7 bestaat niet');
	});

	it('rejects a dangling section reference', () => {
		const error = loadError({ 'tips/tip-01.md': tip('bestaat-niet') });
		expectNames(error, 'tips/tip-01.md', 'sectie');
		expect(error.message).toContain('"bestaat-niet"');
	});

	it('rejects a dangling casus reference', () => {
		const error = loadError({ 'interventies/informeel-gesprek.md': interventie('casus-weg') });
		expectNames(error, 'interventies/informeel-gesprek.md', 'casus');
		expect(error.message).toContain('"casus-weg"');
	});

	it('rejects an intervention without casus file', () => {
		const error = loadError({ 'casussen/casus-informeel.md': null });
		expectNames(error, 'interventies/informeel-gesprek.md', 'casus');
	});

	it('rejects a casus answer to an unknown question', () => {
		const error = loadError({ 'casussen/casus-informeel.md': CASUS.replace('vraag-een', 'vraag-weg') });
		expectNames(error, 'casussen/casus-informeel.md', 'antwoorden.vraag-weg');
	});

	it('rejects an intervention missing a part', () => {
		const error = loadError({
			'interventies/informeel-gesprek.md': interventie('casus-informeel').replace('## Waarom?', '## Waarvoor?')
		});
		expectNames(error, 'interventies/informeel-gesprek.md', '(tekst)');
		expect(error.message).toContain('## Waarom?');
	});
});
