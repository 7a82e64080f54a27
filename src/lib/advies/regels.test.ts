// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { Bron } from '$lib/content/schema';
import type { Antwoorden } from '$lib/opslag/types';
import { ACTIES } from './acties';
import { adviseer } from './advies';
import type { Drie, Lezer } from './lezer';
import { REGELS } from './regels';
import { GEREED, leesVragen, NEUTRAAL, READINESS_IDS } from './testdata';
import { OPTIES, type Advies, type Gereedheid, type OptieId } from './types';

/**
 * One row per rule and affected option: the same dossier once with and once without the rule's
 * condition. `basis` is added to the neutral dossier for both runs.
 */
interface Flip {
	feit: string;
	regel: string;
	optie?: OptieId;
	basis?: Antwoorden;
	met?: Antwoorden;
	zonder?: Antwoorden;
	gereedMet?: Gereedheid;
	gereedZonder?: Gereedheid;
}

const RELATIE_HERSTEL: Antwoorden = { 'werkrelatie-verstoord': 'ja', 'gedrag-gestopt': 'ja' };
const MEDIATION_PAST: Antwoorden = { 'leidinggevende-neutraal': 'nee', 'werkrelatie-verstoord': 'ja' };
const MIDDEL: Antwoorden = { ernst: 'middel' };
const NA_INFORMEEL: Antwoorden = { 'eerdere-stappen': ['informeel-gesprek'] };
const NA_CORRECTIEF: Antwoorden = { 'eerdere-stappen': ['correctief-gesprek'] };
const CULTUUR: Antwoorden = { 'onveilige-cultuur': 'ja' };
const KLACHT: Antwoorden = { soort: 'klacht' };

const FLIPS: Flip[] = [
	{ feit: 'informeel gesprek fits a comfortable melder', regel: 'informeel-melder-comfortabel', zonder: { 'melder-comfortabel': 'onbekend' } },
	{ feit: 'informeel gesprek unsuitable without the melder at ease', regel: 'informeel-melder-niet-comfortabel', met: { 'melder-comfortabel': 'nee' } },
	{ feit: 'informeel gesprek unsuitable for heavy behaviour', regel: 'informeel-zwaar', met: { ernst: 'zwaar' } },
	{ feit: 'informeel gesprek unsuitable after it failed', regel: 'informeel-herhaling-na-gesprek', basis: NA_INFORMEEL, met: { herhaling: 'ja' } },
	{ feit: 'informeel gesprek only possible for middle weight', regel: 'informeel-middel', met: MIDDEL },
	{ feit: 'correctief gesprek fits repetition after a talk', regel: 'correctief-na-informeel', basis: NA_INFORMEEL, met: { herhaling: 'ja' } },
	{ feit: 'correctief gesprek fits plausible middle weight', regel: 'correctief-middel', met: MIDDEL },
	{ feit: 'correctief gesprek unsuitable with unclear facts', regel: 'correctief-feiten-onduidelijk', basis: MIDDEL, met: { feiten: 'onduidelijk' } },
	{ feit: 'correctief gesprek unsuitable for heavy behaviour', regel: 'correctief-zwaar', basis: { feiten: 'vast', ...NA_INFORMEEL, herhaling: 'ja' }, met: { ernst: 'zwaar' } },
	{ feit: 'correctief gesprek unsuitable after a failed one', regel: 'correctief-herhaling-na-correctief', basis: { ...MIDDEL, ...NA_CORRECTIEF }, met: { herhaling: 'ja' } },
	{ feit: 'correctief gesprek unsuitable for an external accused', regel: 'correctief-extern', basis: MIDDEL, met: { 'beschuldigde-positie': 'extern' } },
	{ feit: 'informeel gesprek only possible once behaviour stopped', regel: 'gesprek-gedrag-gestopt', optie: 'informeel-gesprek', met: { 'gedrag-gestopt': 'ja' } },
	{ feit: 'correctief gesprek only possible once behaviour stopped', regel: 'gesprek-gedrag-gestopt', optie: 'correctief-gesprek', basis: MIDDEL, met: { 'gedrag-gestopt': 'ja' } },
	{ feit: 'bemiddeling fits a damaged relation after stopping', regel: 'bemiddeling-relatie-na-gedrag', basis: { 'gedrag-gestopt': 'ja' }, met: { 'werkrelatie-verstoord': 'ja' } },
	{ feit: 'bemiddeling unsuitable without consent of both', regel: 'bemiddeling-geen-instemming', basis: RELATIE_HERSTEL, met: { 'instemming-beide': 'nee' } },
	{ feit: 'bemiddeling unsuitable with a large formal power gap', regel: 'bemiddeling-machtsverschil', basis: RELATIE_HERSTEL, met: { 'context-1a': 'ja', 'machtsverschil-groot': 'ja' } },
	{ feit: 'bemiddeling unsuitable with a large informal power gap', regel: 'bemiddeling-machtsverschil', basis: RELATIE_HERSTEL, met: { 'context-1b': 'ja', 'machtsverschil-groot': 'ja' } },
	{ feit: 'bemiddeling stays with a small power gap', regel: 'bemiddeling-machtsverschil', basis: { ...RELATIE_HERSTEL, 'machtsverschil-groot': 'ja' }, met: { 'context-1a': 'ja' }, zonder: { 'context-1a': 'ja', 'machtsverschil-groot': 'nee' } },
	{ feit: 'bemiddeling unsuitable for a heavy accusation', regel: 'bemiddeling-zwaar', basis: RELATIE_HERSTEL, met: { ernst: 'zwaar' } },
	{ feit: 'bemiddeling only possible without a neutral manager', regel: 'bemiddeling-leidinggevende-niet-neutraal', basis: RELATIE_HERSTEL, met: { 'leidinggevende-neutraal': 'nee' } },
	{ feit: 'mediation fits when bemiddeling did not help', regel: 'mediation-na-bemiddeling', basis: { 'eerdere-stappen': ['bemiddeling'] }, met: { 'werkrelatie-verstoord': 'ja' } },
	{ feit: 'mediation fits a manager who cannot stay neutral', regel: 'mediation-leidinggevende-niet-neutraal', basis: { 'werkrelatie-verstoord': 'ja' }, met: { 'leidinggevende-neutraal': 'nee' } },
	{ feit: 'mediation unsuitable without support of both', regel: 'mediation-geen-draagvlak', basis: MEDIATION_PAST, met: { 'draagvlak-beide': 'nee' } },
	{ feit: 'mediation unsuitable for truth-finding', regel: 'mediation-waarheidsvinding', basis: MEDIATION_PAST, met: { doel: ['waarheid'] } },
	{ feit: 'bemiddeling unsuitable for an anonymous report', regel: 'anoniem-geen-gesprek-met-melder', optie: 'bemiddeling', basis: RELATIE_HERSTEL, met: { anoniem: 'ja' } },
	{ feit: 'mediation unsuitable for an anonymous report', regel: 'anoniem-geen-gesprek-met-melder', optie: 'mediation', basis: MEDIATION_PAST, met: { anoniem: 'ja' } },
	{ feit: 'informeel gesprek only possible when anonymous', regel: 'anoniem-alleen-beschuldigde', optie: 'informeel-gesprek', met: { anoniem: 'ja' } },
	{ feit: 'correctief gesprek only possible when anonymous', regel: 'anoniem-alleen-beschuldigde', optie: 'correctief-gesprek', basis: MIDDEL, met: { anoniem: 'ja' } },
	{ feit: 'informeel gesprek only possible for a signaal', regel: 'signaal-eerst-in-kaart', optie: 'informeel-gesprek', met: { soort: 'signaal' } },
	{ feit: 'correctief gesprek only possible for a signaal', regel: 'signaal-eerst-in-kaart', optie: 'correctief-gesprek', basis: MIDDEL, met: { soort: 'signaal' } },
	{ feit: 'bemiddeling only possible for a signaal', regel: 'signaal-eerst-in-kaart', optie: 'bemiddeling', basis: RELATIE_HERSTEL, met: { soort: 'signaal' } },
	{ feit: 'mediation only possible for a signaal', regel: 'signaal-eerst-in-kaart', optie: 'mediation', basis: MEDIATION_PAST, met: { soort: 'signaal' } },
	{ feit: 'meldingenonderzoek only possible for a signaal', regel: 'signaal-eerst-in-kaart', optie: 'meldingenonderzoek', basis: { doel: ['waarheid'] }, met: { soort: 'signaal' } },
	{ feit: 'cultuuronderzoek fits an anonymous report', regel: 'cultuur-anoniem-of-signaal', met: { anoniem: 'ja' } },
	{ feit: 'cultuuronderzoek fits a signaal', regel: 'cultuur-anoniem-of-signaal', met: { soort: 'signaal' } },
	{ feit: 'groepsgesprek fits more reports on the accused', regel: 'groep-meer-signalen', met: { 'situatie-3': 'ja' } },
	{ feit: 'groepsgesprek fits signals about others', regel: 'groep-meer-signalen', met: { 'context-2': 'ja' } },
	{ feit: 'groepsgesprek fits an unsafe culture', regel: 'groep-onveilige-cultuur', met: CULTUUR },
	{ feit: 'groepsgesprek fits other team problems', regel: 'groep-onveilige-cultuur', met: { 'context-4': 'ja' } },
	{ feit: 'groepsgesprek unsuitable without the melder agreeing', regel: 'groep-melder-niet-akkoord', basis: CULTUUR, met: { 'melder-akkoord-groep': 'nee' } },
	{ feit: 'groepsgesprek only possible after an anonymous report', regel: 'groep-anoniem-herkenbaar', basis: CULTUUR, met: { anoniem: 'ja' } },
	{ feit: 'meldingenonderzoek fits truth-finding', regel: 'melding-doel-waarheid', met: { doel: ['waarheid'] } },
	{ feit: 'meldingenonderzoek fits a sanction goal', regel: 'melding-doel-waarheid', met: { doel: ['sanctie'] } },
	{ feit: 'meldingenonderzoek fits unclear facts', regel: 'melding-feiten-onduidelijk', met: { feiten: 'onduidelijk' } },
	{ feit: 'meldingenonderzoek fits heavy behaviour', regel: 'melding-zwaar', met: { ernst: 'zwaar' } },
	{ feit: 'meldingenonderzoek fits repetition after a warning', regel: 'melding-herhaling-na-correctief', basis: NA_CORRECTIEF, met: { herhaling: 'ja' } },
	{ feit: 'cultuuronderzoek fits signals about others', regel: 'cultuur-signalen-over-anderen', met: { 'context-2': 'ja' } },
	{ feit: 'cultuuronderzoek fits an unsafe culture', regel: 'cultuur-team-of-cultuur', met: CULTUUR },
	{ feit: 'cultuuronderzoek fits team problems', regel: 'cultuur-team-of-cultuur', met: { 'context-4': 'ja' } },
	{ feit: 'cultuuronderzoek fits a culture goal', regel: 'cultuur-doel', met: { doel: ['cultuur'] } },
	{ feit: 'structuuronderzoek fits missing policy', regel: 'structuur-beleid-ontbreekt', met: { 'beleid-ontbreekt': 'ja' } },
	{ feit: 'structuuronderzoek fits a missing gedragscode', regel: 'structuur-geen-gedragscode-of-protocol', met: { 'heeft-gedragscode': 'nee' } },
	{ feit: 'structuuronderzoek fits a missing meldingsprotocol', regel: 'structuur-geen-gedragscode-of-protocol', met: { 'heeft-meldingsprotocol': 'nee' } },
	{ feit: 'structuuronderzoek fits a deskundigheid gap', regel: 'structuur-gereed-deskundigheid', gereedMet: { 'gereed-deskundigheid': 'nee' } },
	{ feit: 'structuuronderzoek fits a meldingsprotocol gap', regel: 'structuur-gereed-meldingsprotocol', gereedMet: { 'gereed-meldingsprotocol': 'deels' } },
	{ feit: 'structuuronderzoek fits a gedragscode gap', regel: 'structuur-gereed-gedragscode', gereedMet: { 'gereed-gedragscode': 'nee' } },
	{ feit: 'structuuronderzoek fits a RI&E gap', regel: 'structuur-gereed-rie', gereedMet: { 'gereed-rie': 'deels' } },
	{ feit: 'structuuronderzoek fits a structure goal', regel: 'structuur-doel', met: { doel: ['structuur'] } },

	{ feit: 'possibly criminal behaviour leaves aangifte to the victim', regel: 'aangifte-slachtoffer-beslist', met: { 'situatie-2a': 'ja' } },
	{ feit: 'reporting duty means consulting politie and OM', regel: 'aangifteplicht', met: { 'situatie-2a-aangifteplicht': 'ja' } },
	{ feit: 'fifty employees bring the Wbk meldregeling', regel: 'wbk-50-medewerkers', met: { 'aantal-medewerkers': 50 }, zonder: { 'aantal-medewerkers': 49 } },
	{ feit: 'formal complaint goes to the klachtencommissie', regel: 'klacht-naar-klachtencommissie', met: KLACHT },
	{ feit: 'klachtencommissie route closed by readiness nee', regel: 'klacht-naar-klachtencommissie', basis: KLACHT, gereedZonder: { 'gereed-klachtenregeling': 'nee' } },
	{ feit: 'complaint without klachtenregeling stays at the table', regel: 'klacht-zonder-klachtencommissie', basis: KLACHT, met: { 'heeft-klachtenregeling': 'nee' } },
	{ feit: 'complaint with readiness nee stays at the table', regel: 'klacht-zonder-klachtencommissie', basis: KLACHT, gereedMet: { 'gereed-klachtenregeling': 'nee' } },
	{ feit: 'serious situation calls for temporary measures', regel: 'tijdelijk-ernstige-situatie', met: { 'ernstige-situatie': 'ja' } },
	{ feit: 'melder not free at work calls for measures', regel: 'tijdelijk-melder-niet-vrij', met: { 'situatie-4c': 'nee' } },
	{ feit: 'working apart calls for temporary measures', regel: 'tijdelijk-niet-samen-werken', met: { 'samen-werken-mogelijk': 'nee' } },
	{ feit: 'report on a manager goes a level higher', regel: 'leiding-leidinggevende', met: { 'betreft-leiding': 'leidinggevende' } },
	{ feit: 'report on the directie goes to the toezichthouder', regel: 'leiding-directie', met: { 'betreft-leiding': 'directie' } },
	{ feit: 'report on the rvt goes to the other members', regel: 'leiding-rvt', met: { 'betreft-leiding': 'rvt' } },
	...(['beslisser', 'onafhankelijke', 'deskundige'] as const).flatMap((rol): Flip[] => [
		{ feit: `involved ${rol} gets a substitute`, regel: `${rol}-betrokken`, met: { [`${rol}-betrokkenheid`]: 'indirect' } },
		{ feit: `${rol} as vertrouwenspersoon leaves the table`, regel: `${rol}-vertrouwenspersoon`, met: { [`${rol}-vertrouwenspersoon`]: 'ja' } }
	]),
	{ feit: 'table without onafhankelijke needs one added', regel: 'beslistafel-geen-onafhankelijke', met: { 'onafhankelijke-naam': '' } },
	{ feit: 'table without deskundige needs one added', regel: 'beslistafel-geen-deskundige', met: { 'deskundige-naam': ' ' } },
	{ feit: 'missing vertrouwenspersoon must be arranged', regel: 'geen-vertrouwenspersoon', gereedMet: { 'gereed-vertrouwenspersoon': 'nee' } },
	{ feit: 'melder is advised to see the vertrouwenspersoon', regel: 'melder-vertrouwenspersoon-aanraden', met: { 'vertrouwenspersoon-geadviseerd': 'nee' } },
	{ feit: 'anonymous report asks for mapping the organisation', regel: 'anoniem-of-signaal-in-kaart', met: { anoniem: 'ja' } },
	{ feit: 'signaal asks for mapping the organisation', regel: 'anoniem-of-signaal-in-kaart', met: { soort: 'signaal' } },
	{ feit: 'external accused still means protecting employees', regel: 'extern-beschermen', met: { 'beschuldigde-positie': 'extern' } }
];

function statusVan(advies: Advies, optie: OptieId) {
	return advies.opties.find((o) => o.optie === optie)?.status;
}

function actieRegels(advies: Advies, actie: string): string[] {
	return advies.acties.find((a) => a.id === actie)?.redenen.map((r) => r.regel) ?? [];
}

describe('rule flips', () => {
	for (const flip of FLIPS) {
		it(flip.feit, () => {
			const regel = REGELS.find((r) => r.id === flip.regel);
			expect(regel, `rule ${flip.regel}`).toBeDefined();
			if (!regel) return;
			const met = adviseer({ ...NEUTRAAL, ...flip.basis, ...flip.met }, { ...GEREED, ...flip.gereedMet });
			const zonder = adviseer({ ...NEUTRAAL, ...flip.basis, ...flip.zonder }, { ...GEREED, ...flip.gereedZonder });
			if (regel.effect === 'actie') {
				expect(actieRegels(met, regel.actie)).toContain(regel.id);
				expect(actieRegels(zonder, regel.actie)).not.toContain(regel.id);
				expect(zonder.acties.map((a) => a.id)).not.toContain(regel.actie);
				return;
			}
			const optie = flip.optie ?? regel.opties[0];
			if (!optie) throw new Error(`rule ${regel.id} names no option`);
			expect(regel.opties).toContain(optie);
			expect(statusVan(met, optie)).not.toBe(statusVan(zonder, optie));
			expect(statusVan(met, optie)).toBe(regel.effect);
			const redenen = met.opties.find((o) => o.optie === optie)?.redenen.map((r) => r.regel);
			expect(redenen).toContain(regel.id);
		});
	}

	it('every rule and option has a flip', () => {
		const gedekt = new Set(FLIPS.map((f) => `${f.regel}/${f.optie ?? ''}`));
		for (const regel of REGELS) {
			if (regel.effect === 'actie' || regel.opties.length === 1) {
				const enkel = [...gedekt].some((sleutel) => sleutel.startsWith(`${regel.id}/`));
				expect(enkel, `flip for ${regel.id}`).toBe(true);
			} else {
				for (const optie of regel.opties) {
					expect(gedekt.has(`${regel.id}/${optie}`), `flip for ${regel.id} on ${optie}`).toBe(true);
				}
			}
		}
	});

	it('neutral dossier fires no rule', () => {
		const advies = adviseer(NEUTRAAL, GEREED);
		expect(advies.acties).toEqual([]);
		expect(advies.open).toEqual([]);
		expect(advies.opties.filter((o) => o.status === 'aanbevolen').map((o) => o.optie)).toEqual(['informeel-gesprek']);
	});
});

/** A reader that records every question id a condition reads and returns 'onbekend'. */
function maakSpion(gelezen: Set<string>): Lezer {
	const noteer = (vraag: string): Drie => {
		gelezen.add(vraag);
		return 'onbekend';
	};
	return {
		is: noteer,
		bevat: noteer,
		minstens: noteer,
		gereed: noteer,
		ingevuld: (vraag) => {
			gelezen.add(vraag);
			return false;
		}
	};
}

describe('rules table', () => {
	const vraagIds = new Set(leesVragen().map((v) => v.id));
	const geldigeIds = new Set<string>([...vraagIds, ...READINESS_IDS]);

	it('rule ids are unique', () => {
		const ids = REGELS.map((r) => r.id);
		expect(new Set(ids).size).toBe(ids.length);
	});

	it('rules read only existing questions', () => {
		for (const regel of REGELS) {
			for (const vraag of regel.vragen) expect(geldigeIds.has(vraag), `${regel.id} reads ${vraag}`).toBe(true);
		}
	});

	it('conditions read only their declared questions', () => {
		for (const regel of REGELS) {
			const gelezen = new Set<string>();
			regel.als(maakSpion(gelezen));
			for (const vraag of gelezen) expect(regel.vragen, `${regel.id} reads ${vraag}`).toContain(vraag);
		}
	});

	it('rule sources fit the content schema', () => {
		for (const regel of REGELS) expect(Bron.safeParse(regel.bron).success, regel.id).toBe(true);
	});

	it('unsuitable rules say what to find out', () => {
		for (const regel of REGELS) {
			if (regel.effect === 'ongeschikt') expect(regel.onbekend, regel.id).toBeTruthy();
		}
	});

	it('rules name known options and actions', () => {
		for (const regel of REGELS) {
			if (regel.effect === 'actie') expect(Object.keys(ACTIES), regel.id).toContain(regel.actie);
			else for (const optie of regel.opties) expect(OPTIES, regel.id).toContain(optie);
		}
	});

	it('reason texts are non-empty sentences', () => {
		for (const regel of REGELS) {
			expect(regel.tekst, regel.id).toMatch(/^[A-Z].*\.$/);
			if (regel.onbekend) expect(regel.onbekend, regel.id).toMatch(/^[A-Z].*\.$/);
		}
	});
});
