/**
 * Three-valued reading of answers for the rules table. An unanswered question, an empty answer and
 * 'onbekend' all read as 'onbekend', and the combinators follow Kleene logic, so one unknown answer
 * makes a condition unknown instead of false.
 */
import type { Antwoorden } from '$lib/opslag/types';
import type { Gereedheid } from './types';

/** Truth value of a rule condition: true, false or 'onbekend' when an answer it needs is missing. */
export type Drie = boolean | 'onbekend';

/** The questions a rule condition can ask about the answers and the Fase 0 readiness. */
export interface Lezer {
	/** Whether the answer to `vraag` is one of `waarden`. */
	is(vraag: string, ...waarden: string[]): Drie;
	/** Whether the multi-choice answer to `vraag` contains `waarde`. */
	bevat(vraag: string, waarde: string): Drie;
	/** Whether the number answered to `vraag` is at least `grens`. */
	minstens(vraag: string, grens: number): Drie;
	/** Whether a text question has a non-empty answer; an empty text is simply not filled in. */
	ingevuld(vraag: string): boolean;
	/** Whether the readiness answer `vraag` is one of `waarden`. */
	gereed(vraag: string, ...waarden: string[]): Drie;
}

/** True when any part is true, false when all are false, otherwise 'onbekend'. */
export function of(...delen: Drie[]): Drie {
	if (delen.includes(true)) return true;
	return delen.includes('onbekend') ? 'onbekend' : false;
}

/** False when any part is false, true when all are true, otherwise 'onbekend'. */
export function en(...delen: Drie[]): Drie {
	if (delen.includes(false)) return false;
	return delen.includes('onbekend') ? 'onbekend' : true;
}

export function niet(deel: Drie): Drie {
	return deel === 'onbekend' ? 'onbekend' : !deel;
}

/** True only when the part is certainly true, so an unknown part counts as false. */
export function zeker(deel: Drie): boolean {
	return deel === true;
}

function isLeeg(waarde: unknown): boolean {
	return waarde === undefined || waarde === null || waarde === '' || waarde === 'onbekend';
}

/**
 * Creates a reader over the answers and readiness. `onbekendGelezen` collects every question id a
 * condition read while its answer was missing or 'onbekend', so the advice can list what to find out.
 */
export function maakLezer(
	antwoorden: Antwoorden,
	gereedheid: Gereedheid | undefined,
	onbekendGelezen: Set<string> = new Set()
): Lezer {
	const lees = (vraag: string): unknown => {
		const waarde = antwoorden[vraag];
		if (isLeeg(waarde)) onbekendGelezen.add(vraag);
		return waarde;
	};
	return {
		is(vraag, ...waarden) {
			const waarde = lees(vraag);
			if (isLeeg(waarde)) return 'onbekend';
			return typeof waarde === 'string' && waarden.includes(waarde);
		},
		bevat(vraag, waarde) {
			const antwoord = lees(vraag);
			if (isLeeg(antwoord)) return 'onbekend';
			if (Array.isArray(antwoord)) return antwoord.some((item) => item === waarde);
			return antwoord === waarde;
		},
		minstens(vraag, grens) {
			const waarde = lees(vraag);
			if (isLeeg(waarde)) return 'onbekend';
			const getal = typeof waarde === 'number' ? waarde : Number(String(waarde).trim());
			return Number.isFinite(getal) ? getal >= grens : 'onbekend';
		},
		ingevuld(vraag) {
			const waarde = antwoorden[vraag];
			return typeof waarde === 'string' ? waarde.trim().length > 0 : !isLeeg(waarde);
		},
		gereed(vraag, ...waarden) {
			const waarde = gereedheid?.[vraag];
			if (gereedheid && isLeeg(waarde)) onbekendGelezen.add(vraag);
			if (isLeeg(waarde)) return 'onbekend';
			return waarden.includes(waarde as string);
		}
	};
}
