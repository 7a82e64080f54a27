/**
 * The presenter view's slides for a practice dossier: the casus, then one screen per answered
 * question in the order of the flow, then the advice and one screen per option with its "why".
 */
import { OPTIES, type OptieId } from '$lib/advies/types';
import type { AntwoordWaarde, Vraag, Vragenset } from '$lib/content/types';
import { isLeeg, toonAntwoord as antwoordTekst } from '$lib/flow/antwoorden';
import type { Antwoorden } from '$lib/opslag/types';

/** Question sets in the flow's order. The first set, with the dossier's label and date, is left out. */
export const SET_VOLGORDE = [
	'binnenkomst',
	'beslistafel',
	'eerste-gesprek',
	'verkenning-situatie',
	'verkenning-context',
	'verkenning-belangen',
	'beschuldigde',
	'afweging'
] as const;

export type Dia =
	| { soort: 'casus' }
	| { soort: 'vraag'; setTitel: string; vraag: Vraag; groep?: string }
	| { soort: 'advies' }
	| { soort: 'optie'; optie: OptieId };

function heeftWaarde(waarde: AntwoordWaarde | undefined): boolean {
	return !isLeeg(waarde);
}

/** Flattens a set's questions, keeping each sub-question's group heading. */
function vlakVragen(vragen: Vraag[], groep?: string): { vraag: Vraag; groep?: string }[] {
	return vragen.flatMap((vraag) =>
		vraag.soort === 'groep'
			? vlakVragen(vraag.sub ?? [], vraag.tekst)
			: [{ vraag, ...(groep ? { groep } : {}) }, ...vlakVragen(vraag.sub ?? [], groep)]
	);
}

/** Builds the slides for the casus answers, skipping questions the casus leaves unanswered. */
export function maakDias(vragensets: Record<string, Vragenset>, antwoorden: Antwoorden): Dia[] {
	const vragen: Dia[] = SET_VOLGORDE.flatMap((setId) => {
		const set = vragensets[setId];
		if (!set) return [];
		return vlakVragen(set.vragen)
			.filter(({ vraag }) => heeftWaarde(antwoorden[vraag.id]))
			.map(({ vraag, groep }) => ({ soort: 'vraag' as const, setTitel: set.titel, vraag, ...(groep ? { groep } : {}) }));
	});
	return [
		{ soort: 'casus' },
		...vragen,
		{ soort: 'advies' },
		...OPTIES.map((optie) => ({ soort: 'optie' as const, optie }))
	];
}

export type Navigatie = 'volgende' | 'vorige' | 'eerste' | 'laatste';

/**
 * Maps a key to a slide move. Presentation clickers send Page Down and Page Up, some send the
 * arrow keys; space and Shift+space follow presentation software.
 */
export function navigatieVoorToets(event: Pick<KeyboardEvent, 'key' | 'shiftKey'>): Navigatie | null {
	switch (event.key) {
		case 'ArrowRight':
		case 'ArrowDown':
		case 'PageDown':
			return 'volgende';
		case ' ':
			return event.shiftKey ? 'vorige' : 'volgende';
		case 'ArrowLeft':
		case 'ArrowUp':
		case 'PageUp':
			return 'vorige';
		case 'Home':
			return 'eerste';
		case 'End':
			return 'laatste';
		default:
			return null;
	}
}

/** Applies a move to a slide index, staying within 0 and `aantal - 1`. */
export function verplaats(index: number, navigatie: Navigatie, aantal: number): number {
	const laatste = Math.max(0, aantal - 1);
	if (navigatie === 'eerste') return 0;
	if (navigatie === 'laatste') return laatste;
	return Math.min(laatste, Math.max(0, index + (navigatie === 'volgende' ? 1 : -1)));
}

/** Returns an answer as display text, with "Niet ingevuld" for an empty one. */
export function toonAntwoord(vraag: Vraag, waarde: AntwoordWaarde | undefined): string {
	return antwoordTekst(vraag, waarde) || 'Niet ingevuld';
}
