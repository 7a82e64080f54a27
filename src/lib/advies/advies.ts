/**
 * Turns a dossier's answers into advice: a status per option on the escalation ladder, the actions
 * that apply, the tips and the questions still open. Pure: no UI and no storage.
 */
import type { Antwoorden } from '$lib/opslag/types';
import { ACTIES, type ActieId } from './acties';
import { maakLezer, type Drie } from './lezer';
import { REGELS, type Regel } from './regels';
import {
	OPTIES,
	type Actie,
	type Advies,
	type Gereedheid,
	type OptieAdvies,
	type OptieId,
	type OptieStatus,
	type Reden
} from './types';

/** Side and rung of each option. The rung counts from 1 within its side. */
export const LADDER: Record<OptieId, { kant: OptieAdvies['kant']; trede: number }> = {
	'informeel-gesprek': { kant: 'persoon', trede: 1 },
	'correctief-gesprek': { kant: 'persoon', trede: 2 },
	bemiddeling: { kant: 'persoon', trede: 3 },
	mediation: { kant: 'persoon', trede: 4 },
	meldingenonderzoek: { kant: 'persoon', trede: 5 },
	groepsgesprek: { kant: 'team', trede: 1 },
	cultuuronderzoek: { kant: 'team', trede: 2 },
	structuuronderzoek: { kant: 'team', trede: 3 }
};

/** Tip 17: doing nothing is never an option, so it applies to every dossier. */
const ALTIJD_TIPS = [17];

const STATUS_VOLGORDE: Record<OptieStatus, number> = { aanbevolen: 0, mogelijk: 1, ongeschikt: 2 };

interface Uitkomst {
	regel: Regel;
	waarde: Drie;
	onbekendGelezen: Set<string>;
}

function evalueer(regel: Regel, antwoorden: Antwoorden, gereedheid: Gereedheid | undefined): Uitkomst {
	const onbekendGelezen = new Set<string>();
	const waarde = regel.als(maakLezer(antwoorden, gereedheid, onbekendGelezen));
	return { regel, waarde, onbekendGelezen };
}

function reden(uitkomst: Uitkomst, soort: NonNullable<Reden['soort']>): Reden {
	const { regel } = uitkomst;
	const tekst = soort === 'uitzoeken' ? (regel.onbekend ?? regel.tekst) : regel.tekst;
	const vragen = soort === 'uitzoeken' ? [...uitkomst.onbekendGelezen] : regel.vragen;
	return { regel: regel.id, tekst, vragen, bron: regel.bron, soort };
}

/** Decides one option's status from the rule outcomes that concern it. */
function beoordeelOptie(optie: OptieId, uitkomsten: Uitkomst[]): OptieAdvies {
	const eigen = uitkomsten.filter(
		({ regel }) => regel.effect !== 'actie' && regel.opties.includes(optie)
	);
	const met = (effect: Regel['effect'], waarde: Drie) =>
		eigen.filter((u) => u.regel.effect === effect && u.waarde === waarde);

	const bezwaren = met('ongeschikt', true);
	const past = met('aanbevolen', true);
	const voorbehouden = met('mogelijk', true);
	const onbekendeVoorwaarden = met('ongeschikt', 'onbekend');

	let status: OptieStatus;
	let redenen: Reden[];
	if (bezwaren.length > 0) {
		status = 'ongeschikt';
		redenen = bezwaren.map((u) => reden(u, 'ongeschikt'));
	} else if (past.length > 0 && voorbehouden.length === 0 && onbekendeVoorwaarden.length === 0) {
		status = 'aanbevolen';
		redenen = past.map((u) => reden(u, 'past'));
	} else {
		status = 'mogelijk';
		redenen = [
			...past.map((u) => reden(u, 'past')),
			...voorbehouden.map((u) => reden(u, 'voorbehoud')),
			...onbekendeVoorwaarden.map((u) => reden(u, 'uitzoeken'))
		];
	}
	return { optie, ...LADDER[optie], status, redenen };
}

/**
 * Keeps meldingenonderzoek usable when every person-side option is unsuitable, so the advice never
 * comes down to doing nothing. REGELS has no rule that rejects meldingenonderzoek, so with that
 * table this never changes a status.
 */
function houdVangnet(opties: OptieAdvies[]): void {
	const persoon = opties.filter((o) => o.kant === 'persoon');
	if (persoon.some((o) => o.status !== 'ongeschikt')) return;
	const onderzoek = opties.find((o) => o.optie === 'meldingenonderzoek');
	if (!onderzoek) return;
	onderzoek.status = 'mogelijk';
	onderzoek.redenen.push({
		regel: 'vangnet-meldingenonderzoek',
		tekst: 'Alle gesprekken en interventies met personen passen nu niet. Niets doen is geen optie, dus een meldingenonderzoek blijft mogelijk.',
		vragen: [],
		bron: { fase: 1, stap: 1, tip: 17, kop: 'Niets doen is geen optie' },
		soort: 'voorbehoud'
	});
}

function sorteer(opties: OptieAdvies[]): OptieAdvies[] {
	return [...opties].sort(
		(a, b) =>
			STATUS_VOLGORDE[a.status] - STATUS_VOLGORDE[b.status] ||
			OPTIES.indexOf(a.optie) - OPTIES.indexOf(b.optie)
	);
}

function verzamelActies(uitkomsten: Uitkomst[]): Actie[] {
	const perActie = new Map<ActieId, Reden[]>();
	for (const uitkomst of uitkomsten) {
		const { regel, waarde } = uitkomst;
		if (regel.effect !== 'actie') continue;
		let nieuw: Reden | undefined;
		if (waarde === true) nieuw = reden(uitkomst, 'past');
		else if (waarde === 'onbekend' && regel.onbekend) nieuw = reden(uitkomst, 'uitzoeken');
		if (!nieuw) continue;
		perActie.set(regel.actie, [...(perActie.get(regel.actie) ?? []), nieuw]);
	}
	return [...perActie].map(([id, redenen]) => ({
		id,
		...ACTIES[id],
		redenen,
		status: redenen.some((r) => r.soort === 'past') ? 'geldt' : 'uitzoeken'
	}));
}

/** Collects the tips behind the reasons shown, skipping unsuitable options, plus the tips that always apply. */
function verzamelTips(opties: OptieAdvies[], acties: Actie[]): number[] {
	const redenen = [
		...opties.filter((o) => o.status !== 'ongeschikt').flatMap((o) => o.redenen),
		...acties.flatMap((a) => a.redenen)
	];
	const tips = new Set<number>(ALTIJD_TIPS);
	for (const { bron } of redenen) {
		if (bron.tip !== undefined) tips.add(bron.tip);
	}
	return [...tips].sort((a, b) => a - b);
}

function verzamelOpen(uitkomsten: Uitkomst[]): string[] {
	const open = new Set<string>();
	for (const { waarde, onbekendGelezen } of uitkomsten) {
		if (waarde === 'onbekend') onbekendGelezen.forEach((vraag) => open.add(vraag));
	}
	return [...open];
}

/** Computes the advice for a dossier's answers and, when known, the Fase 0 readiness. */
export function adviseer(antwoorden: Antwoorden, gereedheid?: Gereedheid): Advies {
	return adviseerMetRegels(REGELS, antwoorden, gereedheid);
}

/** Computes the advice with a given rules table, so tests can check the safety net. */
export function adviseerMetRegels(
	regels: readonly Regel[],
	antwoorden: Antwoorden,
	gereedheid?: Gereedheid
): Advies {
	const uitkomsten = regels.map((regel) => evalueer(regel, antwoorden, gereedheid));
	const opties = OPTIES.map((optie) => beoordeelOptie(optie, uitkomsten));
	houdVangnet(opties);
	const acties = verzamelActies(uitkomsten);
	return {
		opties: sorteer(opties),
		acties,
		tips: verzamelTips(opties, acties),
		open: verzamelOpen(uitkomsten)
	};
}

export { uitlegOptie, OPTIE_NAMEN } from './uitleg';
