import { describe, expect, it } from 'vitest';
import type { Vraag } from '$lib/content/types';
import { isEchteDatum, valideer } from './validatie';

const bron = { fase: 1, kop: 'Test' };
const vragen: Vraag[] = [
	{ id: 'label', tekst: 'Naam', soort: 'tekst', verplicht: true, bron },
	{ id: 'datum-ontvangen', tekst: 'Ontvangen', soort: 'datum', verplicht: true, bron },
	{ id: 'soort', tekst: 'Soort', soort: 'keuze', verplicht: true, opties: [{ waarde: 'melding', label: 'Melding' }], bron },
	{ id: 'aantal', tekst: 'Aantal', soort: 'getal', bron }
];

describe('valideer', () => {
	it('reports every missing required answer in screen order', () => {
		const fouten = valideer(vragen, {});
		expect(fouten.map((fout) => fout.vraagId)).toEqual(['label', 'datum-ontvangen', 'soort']);
		expect(fouten.map((fout) => fout.veld)).toEqual(['vraag-label', 'vraag-datum-ontvangen', 'vraag-soort-0']);
		expect(fouten[2]?.tekst).toBe('Kies of het om een melding, een signaal of een formele klacht gaat');
	});

	it('names the question in generic errors', () => {
		const keuze: Vraag[] = [{ id: 'iets-anders', tekst: 'Soort', soort: 'keuze', verplicht: true, opties: [], bron }];
		expect(valideer(keuze, {})[0]?.tekst).toBe('Kies een antwoord bij "Soort"');
	});

	it('treats blank text as missing', () => {
		expect(valideer(vragen, { label: '   ', 'datum-ontvangen': '2026-01-02', soort: 'melding' })).toHaveLength(1);
	});

	it('rejects a date that does not exist', () => {
		const fouten = valideer(vragen, { label: 'A', 'datum-ontvangen': '2026-02-30', soort: 'melding' });
		expect(fouten[0]?.tekst).toContain('een bestaande datum');
	});

	it('rejects a receipt date in the future', () => {
		const fouten = valideer(vragen, { label: 'A', 'datum-ontvangen': '2099-01-01', soort: 'melding' });
		expect(fouten[0]?.tekst).toContain('ligt in de toekomst');
	});

	it('reports unreadable typed dates and numbers', () => {
		const fouten = valideer(vragen, { label: 'A', soort: 'melding' }, new Set(['datum-ontvangen', 'aantal']));
		expect(fouten.map((fout) => fout.vraagId)).toEqual(['datum-ontvangen', 'aantal']);
		expect(fouten[1]?.tekst).toContain('een heel getal');
	});

	it('skips a hidden follow-up question', () => {
		const vervolg: Vraag[] = [{ id: 'beslisser-plaatsvervanger', tekst: 'Vervanger', soort: 'tekst', verplicht: true, bron }];
		expect(valideer(vervolg, { 'beslisser-betrokkenheid': 'geen' })).toEqual([]);
		expect(valideer(vervolg, { 'beslisser-betrokkenheid': 'direct' })).toHaveLength(1);
	});
});

describe('isEchteDatum', () => {
	it('accepts real days and rejects impossible ones', () => {
		expect(isEchteDatum('2024-02-29')).toBe(true);
		expect(isEchteDatum('2025-02-29')).toBe(false);
		expect(isEchteDatum('14-03-2026')).toBe(false);
		expect(isEchteDatum('20260-03-14')).toBe(false);
	});
});
