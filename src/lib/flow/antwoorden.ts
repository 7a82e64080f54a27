/** Helpers that read answers: emptiness, display text and the flat list of a set's questions. */
import type { AntwoordWaarde, Vraag } from '$lib/content/types';
import type { Antwoorden } from '$lib/opslag/types';
import { isZichtbaar } from './zichtbaarheid';

/** The stored value of a "Weet ik niet" answer, for closed questions and as the only item of a list. */
export const WEET_IK_NIET = 'onbekend';

/** Option values that exclude every other option of a multiple-choice question. */
export const EXCLUSIEVE_WAARDEN = [WEET_IK_NIET, 'geen'];

/**
 * Returns whether there is no melder to talk to: the report is anonymous or only a signaal. The
 * first conversation step then explains what to do instead of asking its questions.
 */
export function zonderMelder(antwoorden: Antwoorden): boolean {
	return antwoorden['anoniem'] === 'ja' || antwoorden['soort'] === 'signaal';
}

/** Returns every question of a list with its sub-questions after it, depth first. */
export function alleVragen(vragen: readonly Vraag[]): Vraag[] {
	return vragen.flatMap((vraag) => [vraag, ...alleVragen(vraag.sub ?? [])]);
}

/** Returns every question of a list keyed by id, with the question it sits under. */
export function vragenMetOuder(vragen: readonly Vraag[], ouder?: Vraag): Map<string, { vraag: Vraag; ouder?: Vraag }> {
	const index = new Map<string, { vraag: Vraag; ouder?: Vraag }>();
	for (const vraag of vragen) {
		index.set(vraag.id, { vraag, ouder });
		for (const [id, item] of vragenMetOuder(vraag.sub ?? [], vraag)) index.set(id, item);
	}
	return index;
}

/** Returns the questions that hold an answer and apply to these answers. */
export function zichtbareAntwoordvragen(vragen: readonly Vraag[], antwoorden: Antwoorden): Vraag[] {
	return alleVragen(vragen).filter((vraag) => vraag.soort !== 'groep' && isZichtbaar(vraag.id, antwoorden));
}

export function isLeeg(waarde: AntwoordWaarde | undefined): boolean {
	if (waarde === undefined || waarde === null) return true;
	if (typeof waarde === 'string') return waarde.trim() === '';
	if (Array.isArray(waarde)) return waarde.length === 0;
	return false;
}

const MAANDEN = [
	'januari',
	'februari',
	'maart',
	'april',
	'mei',
	'juni',
	'juli',
	'augustus',
	'september',
	'oktober',
	'november',
	'december'
];

/** Formats an ISO date (yyyy-mm-dd) as "14 maart 2026"; returns other text unchanged. */
export function toonDatum(iso: string): string {
	const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
	if (!match) return iso;
	const maand = MAANDEN[Number(match[2]) - 1];
	return maand ? `${Number(match[3])} ${maand} ${match[1]}` : iso;
}

/** Formats a Date as "14 maart 2026, 09:05" in the device's time zone. */
export function toonMoment(moment: Date): string {
	const datum = `${moment.getDate()} ${MAANDEN[moment.getMonth()]} ${moment.getFullYear()}`;
	const tijd = `${String(moment.getHours()).padStart(2, '0')}:${String(moment.getMinutes()).padStart(2, '0')}`;
	return `${datum}, ${tijd}`;
}

function optieLabel(vraag: Vraag, waarde: string): string {
	if (waarde === WEET_IK_NIET) return 'Weet ik niet';
	if (vraag.soort === 'janee' && waarde === 'ja') return 'Ja';
	if (vraag.soort === 'janee' && waarde === 'nee') return 'Nee';
	return vraag.opties?.find((optie) => optie.waarde === waarde)?.label ?? waarde;
}

/**
 * Returns an answer as plain display text, using the option labels. The result is text for
 * interpolation, never HTML. Returns '' for an empty answer.
 */
export function toonAntwoord(vraag: Vraag, waarde: AntwoordWaarde | undefined): string {
	if (isLeeg(waarde) || waarde === undefined || waarde === null) return '';
	if (typeof waarde === 'boolean') return waarde ? 'Ja' : 'Nee';
	if (typeof waarde === 'number') return String(waarde);
	if (Array.isArray(waarde)) {
		return waarde
			.map((item) => (typeof item === 'string' ? optieLabel(vraag, item) : Object.values(item).join(', ')))
			.join('; ');
	}
	if (vraag.soort === 'datum') return toonDatum(waarde);
	if (vraag.soort === 'janee' || vraag.soort === 'keuze') return optieLabel(vraag, waarde);
	return waarde;
}

/**
 * Returns the questions with each tip number kept only at its first question, so a screen that
 * asks the same thing for three roles shows each tip once.
 */
export function ontdubbelTips(vragen: readonly Vraag[], getoond: Set<number> = new Set()): Vraag[] {
	return vragen.map((vraag) => {
		const tips = (vraag.tips ?? []).filter((nummer) => !getoond.has(nummer));
		tips.forEach((nummer) => getoond.add(nummer));
		const sub = vraag.sub ? ontdubbelTips(vraag.sub, getoond) : undefined;
		return { ...vraag, tips, ...(sub ? { sub } : {}) };
	});
}
