import { describe, expect, it } from 'vitest';
import type { Vragenset } from '$lib/content/types';
import { maakDias, navigatieVoorToets, toonAntwoord, verplaats } from './dias';

const bron = { fase: 1, kop: 'Test' };
const sets: Record<string, Vragenset> = {
	binnenkomst: {
		id: 'binnenkomst',
		titel: 'Wat is er binnengekomen?',
		tips: [],
		bron,
		vragen: [
			{ id: 'anoniem', tekst: 'Anoniem?', soort: 'janee', weetIkNiet: true, bron },
			{ id: 'aantal-medewerkers', tekst: 'Hoeveel?', soort: 'getal', bron }
		]
	},
	'verkenning-context': {
		id: 'verkenning-context',
		titel: 'Context',
		tips: [],
		bron,
		vragen: [
			{
				id: 'context-1',
				tekst: 'Relatie',
				soort: 'groep',
				bron,
				sub: [{ id: 'context-1a', tekst: 'Formeel machtsverschil?', soort: 'janee', bron }]
			}
		]
	}
};

describe('presenter slides', () => {
	it('start with the casus and end with the eight options', () => {
		const dias = maakDias(sets, { anoniem: 'nee' });
		expect(dias[0]).toEqual({ soort: 'casus' });
		expect(dias.filter((dia) => dia.soort === 'optie')).toHaveLength(8);
		expect(dias.at(-9)).toEqual({ soort: 'advies' });
	});

	it('show only answered questions', () => {
		const vragen = maakDias(sets, { anoniem: 'nee' }).filter((dia) => dia.soort === 'vraag');
		expect(vragen.map((dia) => dia.soort === 'vraag' && dia.vraag.id)).toEqual(['anoniem']);
	});

	it('keep the group heading of sub-questions', () => {
		const vraag = maakDias(sets, { 'context-1a': 'ja' }).find((dia) => dia.soort === 'vraag');
		expect(vraag).toMatchObject({ groep: 'Relatie', vraag: { id: 'context-1a' } });
	});
});

describe('presenter keys', () => {
	it.each([
		['PageDown', false, 'volgende'],
		['ArrowRight', false, 'volgende'],
		[' ', false, 'volgende'],
		[' ', true, 'vorige'],
		['PageUp', false, 'vorige'],
		['ArrowLeft', false, 'vorige'],
		['Home', false, 'eerste'],
		['End', false, 'laatste'],
		['a', false, null]
	])('map %s (shift %s) to %s', (key, shiftKey, expected) => {
		expect(navigatieVoorToets({ key, shiftKey })).toBe(expected);
	});

	it('stay within the slides', () => {
		expect(verplaats(0, 'vorige', 5)).toBe(0);
		expect(verplaats(4, 'volgende', 5)).toBe(4);
		expect(verplaats(2, 'laatste', 5)).toBe(4);
	});
});

describe('answer text', () => {
	it('shows weet ik niet and option labels', () => {
		const vraag = sets.binnenkomst!.vragen[0]!;
		expect(toonAntwoord(vraag, 'onbekend')).toBe('Weet ik niet');
		expect(toonAntwoord(vraag, 'ja')).toBe('Ja');
		expect(toonAntwoord(vraag, undefined)).toBe('Niet ingevuld');
	});
});
