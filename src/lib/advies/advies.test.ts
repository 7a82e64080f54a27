// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { Antwoorden } from '$lib/opslag/types';
import { adviseer, adviseerMetRegels, LADDER, uitlegOptie } from './advies';
import { REGELS, type Regel } from './regels';
import { GEREED, leesCasussen, leesMarkdown, leesVragen, NEUTRAAL, READINESS_IDS } from './testdata';
import { OPTIES, type Advies, type Gereedheid } from './types';

const STATUS_RANG = { aanbevolen: 0, mogelijk: 1, ongeschikt: 2 } as const;

function bruikbaar(advies: Advies) {
	return advies.opties.filter((o) => o.status !== 'ongeschikt');
}

function expectSorted(advies: Advies) {
	for (let i = 1; i < advies.opties.length; i++) {
		const vorige = advies.opties[i - 1]!;
		const huidige = advies.opties[i]!;
		const rang = STATUS_RANG[vorige.status] - STATUS_RANG[huidige.status];
		expect(rang, `${vorige.optie} before ${huidige.optie}`).toBeLessThanOrEqual(0);
		if (rang === 0) expect(OPTIES.indexOf(vorige.optie)).toBeLessThan(OPTIES.indexOf(huidige.optie));
	}
}

/** Answers every question with 'onbekend', the way a user who knows nothing yet could. */
function allesOnbekend(): { antwoorden: Antwoorden; gereedheid: Gereedheid } {
	const antwoorden = Object.fromEntries(leesVragen().map((v) => [v.id, 'onbekend']));
	const gereedheid = Object.fromEntries(READINESS_IDS.map((id) => [id, 'onbekend' as const]));
	return { antwoorden, gereedheid };
}

const ALLES_ONGESCHIKT: Antwoorden = {
	...NEUTRAAL,
	ernst: 'zwaar',
	anoniem: 'ja',
	doel: ['waarheid'],
	'melder-akkoord-groep': 'nee'
};

describe('adviseer', () => {
	it('onbekend everywhere never throws', () => {
		const { antwoorden, gereedheid } = allesOnbekend();
		expect(() => adviseer(antwoorden, gereedheid)).not.toThrow();
		expect(() => adviseer(antwoorden)).not.toThrow();
		expect(() => adviseer({})).not.toThrow();
	});

	it('onbekend everywhere keeps options usable', () => {
		const { antwoorden, gereedheid } = allesOnbekend();
		const advies = adviseer(antwoorden, gereedheid);
		expect(bruikbaar(advies).length).toBeGreaterThan(0);
		expect(advies.opties.filter((o) => o.status === 'aanbevolen')).toEqual([]);
		expect(advies.open.length).toBeGreaterThan(0);
	});

	it('onbekend precondition says what to find out', () => {
		const advies = adviseer({ ...NEUTRAAL, 'werkrelatie-verstoord': 'ja', 'gedrag-gestopt': 'ja', 'instemming-beide': 'onbekend' });
		const bemiddeling = advies.opties.find((o) => o.optie === 'bemiddeling');
		expect(bemiddeling?.status).toBe('mogelijk');
		const uitzoeken = bemiddeling?.redenen.find((r) => r.soort === 'uitzoeken');
		expect(uitzoeken?.regel).toBe('bemiddeling-geen-instemming');
		expect(uitzoeken?.vragen).toEqual(['instemming-beide']);
		expect(advies.open).toContain('instemming-beide');
	});

	it('odd answer values never throw', () => {
		const vreemd: Antwoorden = Object.fromEntries(
			leesVragen().map((v, i) => [v.id, [null, true, 7, ['x'], 'iets', [{ a: null }]][i % 6] ?? null])
		);
		expect(() => adviseer(vreemd, { 'gereed-rie': undefined })).not.toThrow();
		expect(bruikbaar(adviseer(vreemd)).length).toBeGreaterThan(0);
	});

	it('result never offers niets doen', () => {
		const { antwoorden } = allesOnbekend();
		for (const advies of [adviseer({}), adviseer(antwoorden), adviseer(ALLES_ONGESCHIKT), adviseer(NEUTRAAL)]) {
			expect(advies.opties.map((o) => o.optie).sort()).toEqual([...OPTIES].sort());
			expect(advies.opties.map((o) => o.optie)).not.toContain('niets-doen');
		}
	});

	it('all person options unsuitable keeps research open', () => {
		const advies = adviseer(ALLES_ONGESCHIKT);
		for (const optie of ['informeel-gesprek', 'correctief-gesprek', 'bemiddeling', 'mediation'] as const) {
			expect(advies.opties.find((o) => o.optie === optie)?.status, optie).toBe('ongeschikt');
		}
		expect(advies.opties.find((o) => o.optie === 'meldingenonderzoek')?.status).not.toBe('ongeschikt');
		expect(bruikbaar(advies).length).toBeGreaterThan(0);
	});

	it('safety net reopens meldingenonderzoek', () => {
		const weigerAlles: Regel = {
			id: 'test-weiger-alles',
			opties: [...OPTIES],
			effect: 'ongeschikt',
			als: () => true,
			tekst: 'Test.',
			onbekend: 'Test.',
			vragen: [],
			bron: { fase: 1, kop: 'Test' }
		};
		const advies = adviseerMetRegels([...REGELS, weigerAlles], NEUTRAAL);
		const onderzoek = advies.opties.find((o) => o.optie === 'meldingenonderzoek');
		expect(onderzoek?.status).toBe('mogelijk');
		expect(onderzoek?.redenen.map((r) => r.regel)).toContain('vangnet-meldingenonderzoek');
	});

	it('unsuitable wins over a fitting rule', () => {
		const advies = adviseer({ ...NEUTRAAL, 'werkrelatie-verstoord': 'ja', 'gedrag-gestopt': 'ja', 'context-1a': 'ja', 'machtsverschil-groot': 'ja' });
		const bemiddeling = advies.opties.find((o) => o.optie === 'bemiddeling');
		expect(bemiddeling?.status).toBe('ongeschikt');
		expect(bemiddeling?.redenen.map((r) => r.regel)).toEqual(['bemiddeling-machtsverschil']);
	});

	it('options sort by status then ladder', () => {
		const { antwoorden } = allesOnbekend();
		expectSorted(adviseer(NEUTRAAL));
		expectSorted(adviseer(antwoorden));
		expectSorted(adviseer(ALLES_ONGESCHIKT));
		expectSorted(adviseer({ ...NEUTRAAL, ernst: 'middel', 'onveilige-cultuur': 'ja', 'beleid-ontbreekt': 'ja' }));
		for (const { data } of leesCasussen()) expectSorted(adviseer(data.antwoorden));
	});

	it('lighter recommended option comes first', () => {
		const advies = adviseer({ ...NEUTRAAL, 'onveilige-cultuur': 'ja', doel: ['waarheid'] });
		const aanbevolen = advies.opties.filter((o) => o.status === 'aanbevolen').map((o) => o.optie);
		expect(aanbevolen).toEqual(['informeel-gesprek', 'meldingenonderzoek', 'groepsgesprek', 'cultuuronderzoek']);
	});

	it('options carry side and rung', () => {
		const advies = adviseer(NEUTRAAL);
		const informeel = advies.opties.find((o) => o.optie === 'informeel-gesprek');
		const groep = advies.opties.find((o) => o.optie === 'groepsgesprek');
		expect([informeel?.kant, informeel?.trede]).toEqual(['persoon', 1]);
		expect([groep?.kant, groep?.trede]).toEqual(['team', 1]);
	});

	it('ladder matches the content files', () => {
		const items = [...leesMarkdown('content/interventies'), ...leesMarkdown('content/onderzoek')];
		for (const optie of OPTIES) {
			const item = items.find((i) => i.data.id === optie);
			expect(item, `content file for ${optie}`).toBeDefined();
			expect({ kant: item?.data.kant, trede: item?.data.trede }, optie).toEqual(LADDER[optie]);
		}
	});

	it('actions on unknown answers are marked uitzoeken', () => {
		const leeg = adviseer({});
		expect(leeg.acties.find((a) => a.id === 'aangifteplicht')?.status).toBe('uitzoeken');
		const plicht = adviseer({ ...NEUTRAAL, 'situatie-2a-aangifteplicht': 'ja' });
		expect(plicht.acties.find((a) => a.id === 'aangifteplicht')?.status).toBe('geldt');
	});

	it('tips include tip 17 always', () => {
		expect(adviseer({}).tips).toContain(17);
		expect(adviseer(NEUTRAAL).tips).toEqual([17]);
	});

	it('tips follow the reasons shown', () => {
		const advies = adviseer({ ...NEUTRAAL, anoniem: 'ja', 'ernstige-situatie': 'ja' });
		expect(advies.tips).toContain(14);
		expect(advies.tips).toContain(21);
	});

	it('open skips readiness without a readiness check', () => {
		const advies = adviseer({});
		for (const id of READINESS_IDS) expect(advies.open).not.toContain(id);
		expect(adviseer({}, {}).open).toContain('gereed-rie');
	});

	it('actions group reasons from several rules', () => {
		const advies = adviseer({ ...NEUTRAAL, 'ernstige-situatie': 'ja', 'situatie-4c': 'nee' });
		const maatregelen = advies.acties.filter((a) => a.id === 'tijdelijke-maatregelen');
		expect(maatregelen).toHaveLength(1);
		expect(maatregelen[0]?.soort).toBe('direct');
		expect(maatregelen[0]?.redenen.map((r) => r.regel)).toEqual(['tijdelijk-ernstige-situatie', 'tijdelijk-melder-niet-vrij']);
	});

	it('readiness gaps reach the advice', () => {
		const advies = adviseer(NEUTRAAL, { ...GEREED, 'gereed-vertrouwenspersoon': 'nee', 'gereed-gedragscode': 'deels' });
		expect(advies.acties.map((a) => a.id)).toContain('vertrouwenspersoon-regelen');
		expect(advies.opties.find((o) => o.optie === 'structuuronderzoek')?.status).toBe('aanbevolen');
	});

	it('counts no earlier steps as known', () => {
		expect(adviseer({ 'eerdere-stappen': ['geen'] }).open).not.toContain('eerdere-stappen');
		expect(adviseer({}).open).toContain('eerdere-stappen');
	});

	it('adviseer leaves its input unchanged', () => {
		const antwoorden = structuredClone(NEUTRAAL);
		adviseer(antwoorden, GEREED);
		expect(antwoorden).toEqual(NEUTRAAL);
	});
});

describe('uitlegOptie', () => {
	it('names rules and answers', () => {
		const advies = adviseer({ ...NEUTRAAL, 'context-1a': 'ja', 'machtsverschil-groot': 'ja' });
		const regel = uitlegOptie(advies, 'bemiddeling');
		expect(regel).toMatch(/^Bemiddeling is niet geschikt: /);
		expect(regel).toContain('regel bemiddeling-machtsverschil');
		expect(regel).toContain('context-1a');
		expect(regel).not.toContain('\n');
	});

	it('explains an option without reasons', () => {
		expect(uitlegOptie(adviseer(NEUTRAAL), 'cultuuronderzoek')).toMatch(/^Cultuuronderzoek is mogelijk: geen regel/);
	});

	it('gives a line for every option', () => {
		const { antwoorden } = allesOnbekend();
		const advies = adviseer(antwoorden);
		for (const optie of OPTIES) expect(uitlegOptie(advies, optie).length).toBeGreaterThan(10);
	});
});
