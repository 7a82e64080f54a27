import { describe, expect, it } from 'vitest';
import { bronLabel } from './bron';

describe('bronLabel', () => {
	it('names phase, step and tip', () => {
		expect(bronLabel({ fase: 1, stap: 2, tip: 21, kop: 'Tijdelijke maatregelen' })).toBe('Fase 1, stap 2, tip 21');
	});

	it('leaves out a missing step', () => {
		expect(bronLabel({ fase: 2, tip: 24, kop: 'Correctief gesprek' })).toBe('Fase 2, tip 24');
	});

	it('names phase 0 alone', () => {
		expect(bronLabel({ fase: 0, kop: 'Voorwoord' })).toBe('Fase 0');
	});
});
