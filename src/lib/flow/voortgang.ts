/**
 * Progress per step for the task list. A step is "Klaar" once the user moved on from it without
 * errors and its answers are still valid, "Bezig" once it has any answer, and otherwise
 * "Niet begonnen". The finished steps are stored as an answer under KLAAR_SLEUTEL, a key that can
 * never be a question id, because question ids start with a letter or digit.
 */
import type { Vraag } from '$lib/content/types';
import type { Antwoorden } from '$lib/opslag/types';
import { alleVragen, isLeeg, zonderMelder } from './antwoorden';
import { valideer } from './validatie';

export const KLAAR_SLEUTEL = '_klaar';

export type Voortgang = 'klaar' | 'bezig' | 'niet-begonnen';

export const VOORTGANG_TEKST: Record<Voortgang, string> = {
	klaar: 'Klaar',
	bezig: 'Bezig',
	'niet-begonnen': 'Niet begonnen'
};

/** Returns the ids of the steps the user has finished. */
export function klaarStappen(antwoorden: Antwoorden): string[] {
	const waarde = antwoorden[KLAAR_SLEUTEL];
	return Array.isArray(waarde) ? waarde.filter((item): item is string => typeof item === 'string') : [];
}

/** Returns the finished-step list with `stapId` added, or undefined when it is already there. */
export function markeerKlaar(antwoorden: Antwoorden, stapId: string): string[] | undefined {
	const klaar = klaarStappen(antwoorden);
	return klaar.includes(stapId) ? undefined : [...klaar, stapId];
}

/** Computes a step's progress; `vragen` is empty for steps without questions, such as the advice. */
export function voortgang(stapId: string, alle: readonly Vraag[], antwoorden: Antwoorden): Voortgang {
	// Without a melder the first conversation step asks nothing, so it has nothing to validate.
	const vragen = stapId === 'eerste-gesprek' && zonderMelder(antwoorden) ? [] : alle;
	const begonnen = alleVragen(vragen).some((vraag) => !isLeeg(antwoorden[vraag.id]));
	if (klaarStappen(antwoorden).includes(stapId) && valideer(vragen, antwoorden).length === 0) return 'klaar';
	return begonnen ? 'bezig' : 'niet-begonnen';
}
