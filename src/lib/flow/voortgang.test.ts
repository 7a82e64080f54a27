import { describe, expect, it } from 'vitest';
import type { Vraag } from '$lib/content/types';
import { KLAAR_SLEUTEL, markeerKlaar, voortgang } from './voortgang';

const bron = { fase: 1, kop: 'Test' };
const vragen: Vraag[] = [
	{ id: 'gesprek-status', tekst: 'Gevoerd?', soort: 'keuze', verplicht: true, opties: [], bron },
	{ id: 'melder-wens', tekst: 'Wens', soort: 'lang', bron }
];

describe('voortgang', () => {
	it('reports a step without answers as not started', () => {
		expect(voortgang('eerste-gesprek', vragen, {})).toBe('niet-begonnen');
	});

	it('reports a step with answers as busy until finished', () => {
		expect(voortgang('eerste-gesprek', vragen, { 'melder-wens': 'Stoppen' })).toBe('bezig');
	});

	it('reports a finished valid step as done', () => {
		const antwoorden = { 'gesprek-status': 'gevoerd', [KLAAR_SLEUTEL]: ['eerste-gesprek'] };
		expect(voortgang('eerste-gesprek', vragen, antwoorden)).toBe('klaar');
	});

	it('drops back to busy when a required answer is cleared', () => {
		const antwoorden = { 'melder-wens': 'Stoppen', [KLAAR_SLEUTEL]: ['eerste-gesprek'] };
		expect(voortgang('eerste-gesprek', vragen, antwoorden)).toBe('bezig');
	});

	it('finishes the first conversation without a melder', () => {
		const antwoorden = { soort: 'signaal', [KLAAR_SLEUTEL]: ['eerste-gesprek'] };
		expect(voortgang('eerste-gesprek', vragen, antwoorden)).toBe('klaar');
	});

	it('adds a step to the finished list once', () => {
		expect(markeerKlaar({}, 'advies')).toEqual(['advies']);
		expect(markeerKlaar({ [KLAAR_SLEUTEL]: ['advies'] }, 'advies')).toBeUndefined();
	});
});
