// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { Casus } from '$lib/content/schema';
import { adviseer } from './advies';
import { leesCasussen, leesVragen } from './testdata';
import { OPTIES, type Advies } from './types';

const casussen = leesCasussen();
const vraagIds = new Set(leesVragen().map((v) => v.id));

const HANDREIKING = [
	'casus-informeel-gesprek',
	'casus-correctief-gesprek',
	'casus-groepsgesprek',
	'casus-bemiddeling',
	'casus-mediation'
];

function casus(id: string) {
	const gevonden = casussen.find((c) => c.data.id === id);
	if (!gevonden) throw new Error(`casus ${id} not found in content/casussen`);
	return gevonden;
}

function eersteAanbevolen(advies: Advies) {
	return advies.opties.find((o) => o.status === 'aanbevolen')?.optie;
}

describe('casus files', () => {
	for (const { bestand, data, body } of casussen) {
		it(`${bestand} fits the schema`, () => {
			const result = Casus.safeParse(data);
			expect(result.error?.issues ?? []).toEqual([]);
			expect(`${data.id}.md`).toBe(bestand);
			expect(OPTIES as readonly string[]).toContain(data.interventie);
			expect(body).toContain('## Waarom deze interventie');
		});

		it(`${bestand} answers existing questions`, () => {
			for (const key of Object.keys(data.antwoorden)) expect(vraagIds.has(key), key).toBe(true);
		});
	}

	it('handreiking casus are exactly the five', () => {
		const ids = casussen.filter((c) => c.data.herkomst === 'handreiking').map((c) => c.data.id);
		expect(ids.sort()).toEqual([...HANDREIKING].sort());
	});

	it('at least three practice cases exist', () => {
		expect(casussen.filter((c) => c.data.herkomst === 'meldwijzer').length).toBeGreaterThanOrEqual(3);
	});
});

describe('handreiking casus', () => {
	for (const id of HANDREIKING) {
		it(`${id} recommends its intervention first`, () => {
			const { data } = casus(id);
			expect(eersteAanbevolen(adviseer(data.antwoorden))).toBe(data.interventie);
		});
	}
});

describe('practice cases', () => {
	it('every practice case recommends its follow-up first', () => {
		for (const { data } of casussen.filter((c) => c.data.herkomst === 'meldwijzer')) {
			expect(eersteAanbevolen(adviseer(data.antwoorden)), data.id).toBe(data.interventie);
		}
	});

	it('anonymous signal rules out talks with the melder', () => {
		const advies = adviseer(casus('oefencasus-anoniem-signaal').data.antwoorden);
		const status = (optie: string) => advies.opties.find((o) => o.optie === optie)?.status;
		expect(status('bemiddeling')).toBe('ongeschikt');
		expect(status('mediation')).toBe('ongeschikt');
		expect(status('groepsgesprek')).toBe('mogelijk');
		expect(advies.acties.map((a) => a.id)).toContain('in-kaart-brengen');
		expect(advies.tips).toContain(14);
	});

	it('formal complaint goes to the klachtencommissie', () => {
		const advies = adviseer(casus('oefencasus-formele-klacht').data.antwoorden);
		const ids = advies.acties.map((a) => a.id);
		expect(ids).toContain('klachtencommissie');
		expect(ids).not.toContain('geen-klachtencommissie');
	});

	it('serious case brings measures and the aangifte question', () => {
		const advies = adviseer(casus('oefencasus-ernstig').data.antwoorden);
		const actie = (id: string) => advies.acties.find((a) => a.id === id);
		expect(actie('tijdelijke-maatregelen')).toBeDefined();
		expect(actie('aangifte-keuze')).toBeDefined();
		expect(actie('aangifteplicht')?.redenen.map((r) => r.soort)).toEqual(['uitzoeken']);
		expect(actie('hoger-niveau')).toBeDefined();
		expect(actie('plaatsvervanger-beslistafel')).toBeDefined();
		expect(actie('vertrouwenspersoon-niet-aan-tafel')).toBeDefined();
		expect(advies.open).toContain('situatie-2a-aangifteplicht');
		for (const optie of ['informeel-gesprek', 'correctief-gesprek', 'bemiddeling', 'mediation'] as const) {
			expect(advies.opties.find((o) => o.optie === optie)?.status, optie).toBe('ongeschikt');
		}
	});
});
