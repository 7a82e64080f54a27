/** Names and pages of the follow-up options, taken from the decision question's options. */
import type { Vragenset } from '$lib/content/types';
import { OPTIES } from '$lib/advies/types';
import { interventiePad, onderzoekPad } from '$lib/ui/content/paden';

const ONDERZOEKEN = new Set(['meldingenonderzoek', 'cultuuronderzoek', 'structuuronderzoek']);

/** Returns the display name of every option, keyed by option id. */
export function optieLabels(sets: readonly Vragenset[]): Record<string, string> {
	const vraag = sets.flatMap((set) => set.vragen).find((item) => item.id === 'gekozen-opvolging');
	return Object.fromEntries((vraag?.opties ?? []).map((optie) => [optie.waarde, optie.label]));
}

/** Returns the address of each option's page in the Fase 2 content. */
export function optieLinks(): Record<string, string> {
	return Object.fromEntries(OPTIES.map((id) => [id, ONDERZOEKEN.has(id) ? onderzoekPad(id) : interventiePad(id)]));
}
