import { describe, expect, it } from 'vitest';
import { controleerBeslistafel } from './beslistafel';

const ids = (antwoorden: Record<string, string>) => controleerBeslistafel(antwoorden).map((controle) => controle.id);

const volledig = {
	'beslisser-naam': 'Directeur',
	'beslisser-betrokkenheid': 'geen',
	'beslisser-verklaard-op': '2026-12-01',
	'onafhankelijke-naam': 'Externe vertrouwenspersoon',
	'onafhankelijke-betrokkenheid': 'geen',
	'onafhankelijke-verklaard-op': '2026-12-01',
	'deskundige-naam': 'Arbodeskundige',
	'deskundige-betrokkenheid': 'geen',
	'deskundige-verklaard-op': '2026-12-01'
};

describe('beslistafel checks', () => {
	it('accepts a complete table without involvement', () => {
		expect(ids(volledig)).toEqual([]);
	});

	it('flags one person in two roles', () => {
		const controles = controleerBeslistafel({ ...volledig, 'deskundige-naam': ' directeur ' });
		expect(controles.map((c) => c.id)).toEqual(['dubbele-rol-deskundige']);
		expect(controles[0]?.soort).toBe('probleem');
		expect(controles[0]?.vragen).toEqual(['beslisser-naam', 'deskundige-naam']);
	});

	it('ignores dots and case when comparing initials', () => {
		expect(ids({ ...volledig, 'onafhankelijke-naam': 'J.D.', 'deskundige-naam': 'j d' })).toContain('dubbele-rol-deskundige');
	});

	it('compares the plaatsvervanger instead of an involved member', () => {
		const antwoorden = {
			...volledig,
			'deskundige-betrokkenheid': 'direct',
			'deskundige-plaatsvervanger': 'Directeur'
		};
		expect(ids(antwoorden)).toEqual(['dubbele-rol-deskundige']);
	});

	it('rejects the internal vertrouwenspersoon in any role', () => {
		for (const rol of ['beslisser', 'onafhankelijke', 'deskundige']) {
			expect(ids({ ...volledig, [`${rol}-vertrouwenspersoon`]: 'ja' })).toContain(`vertrouwenspersoon-${rol}`);
		}
	});

	it('asks a plaatsvervanger for an involved member and advises an external party', () => {
		const controles = controleerBeslistafel({ ...volledig, 'onafhankelijke-betrokkenheid': 'indirect' });
		expect(controles.map((c) => c.id)).toEqual(['plaatsvervanger-onafhankelijke', 'extern']);
		expect(controles[0]?.tekst).toContain('indirect betrokken');
		expect(controles[1]?.soort).toBe('advies');
		expect(controles[1]?.tekst).toContain('externe vertrouwenspersoon');
	});

	it('drops both messages once a plaatsvervanger is named', () => {
		expect(
			ids({ ...volledig, 'onafhankelijke-betrokkenheid': 'indirect', 'onafhankelijke-plaatsvervanger': 'Lid RvT' })
		).toEqual([]);
	});

	it('allows a beslisser alone with advice to add the other roles', () => {
		const controles = controleerBeslistafel({ 'beslisser-naam': 'Eigenaar', 'beslisser-betrokkenheid': 'geen', 'beslisser-verklaard-op': '2026-12-01' });
		expect(controles.map((c) => c.id)).toEqual(['aanvullen']);
		expect(controles[0]?.soort).toBe('advies');
		expect(controles[0]?.tekst).toMatch(/^Een beslisser alleen mag\./);
		expect(controles[0]?.tekst).toContain('een onafhankelijke deelnemer en een deskundige');
		expect(controles[0]?.tekst).toContain('partnerorganisatie');
	});

	it('asks to record involvement that is not yet known or written down', () => {
		expect(ids({ ...volledig, 'deskundige-betrokkenheid': 'onbekend' })).toEqual(['betrokkenheid-onbekend-deskundige']);
		expect(ids({ ...volledig, 'deskundige-verklaard-op': '' })).toEqual(['vastleggen-deskundige']);
	});

	it('lists problems before advice', () => {
		const soorten = controleerBeslistafel({
			'beslisser-naam': 'A',
			'beslisser-vertrouwenspersoon': 'ja',
			'beslisser-betrokkenheid': 'direct'
		}).map((c) => c.soort);
		expect(soorten).toEqual(['probleem', 'probleem', 'advies', 'advies']);
	});
});
