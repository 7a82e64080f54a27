/**
 * The decision screen's rules: the options show their advice status, the beslisser's motivation
 * becomes required when a chosen option is not 'aanbevolen', and a decision becomes one line of
 * the dossier's decision log.
 */
import type { Vraag } from '$lib/content/types';
import type { Advies, OptieAdvies, OptieStatus } from '$lib/advies/types';
import type { Antwoorden } from '$lib/opslag/types';
import { isLeeg } from './antwoorden';

export const STATUS_TEKST: Record<OptieStatus, string> = {
	aanbevolen: 'Aanbevolen',
	mogelijk: 'Mogelijk',
	ongeschikt: 'Niet geschikt'
};

/** Returns the chosen follow-up option ids. */
export function gekozenOpties(antwoorden: Antwoorden): string[] {
	const waarde = antwoorden['gekozen-opvolging'];
	return Array.isArray(waarde) ? waarde.filter((item): item is string => typeof item === 'string') : [];
}

/** Returns the advice of every chosen option that the advice does not recommend. */
export function afwijkingen(antwoorden: Antwoorden, advies: Advies): OptieAdvies[] {
	const gekozen = gekozenOpties(antwoorden);
	return advies.opties.filter((optie) => gekozen.includes(optie.optie) && optie.status !== 'aanbevolen');
}

/** Returns the decision questions with the advice status in each option and the motivation rule applied. */
export function besluitVragen(vragen: readonly Vraag[], advies: Advies, antwoorden: Antwoorden): Vraag[] {
	const wijktAf = afwijkingen(antwoorden, advies).length > 0;
	return vragen.map((vraag) => {
		if (vraag.id === 'gekozen-opvolging') {
			return {
				...vraag,
				opties: (vraag.opties ?? []).map((optie) => {
					const status = advies.opties.find((item) => item.optie === optie.waarde)?.status;
					return status ? { ...optie, label: `${optie.label} (${STATUS_TEKST[status].toLowerCase()})` } : optie;
				})
			};
		}
		if (vraag.id === 'motivatie' && wijktAf) {
			return {
				...vraag,
				verplicht: true,
				hulp: 'Verplicht, want de keuze wijkt af van het advies. Schrijf op waarom de beslistafel toch voor deze opvolging kiest.'
			};
		}
		return vraag;
	});
}

/** Returns the error text for a missing motivation, naming the options that depart from the advice. */
export function motivatieFout(antwoorden: Antwoorden, advies: Advies, labels: Record<string, string>): string | undefined {
	const afwijkend = afwijkingen(antwoorden, advies);
	if (afwijkend.length === 0 || !isLeeg(antwoorden['motivatie'])) return undefined;
	const namen = afwijkend.map((optie) => labels[optie.optie] ?? optie.optie).join(', ');
	return `Schrijf een motivatie: de keuze voor ${namen} wijkt af van het advies`;
}

/** Builds the decision log line, such as "Opvolging gekozen: Bemiddeling. Doel: … Motivatie: …". */
export function besluitRegel(antwoorden: Antwoorden, labels: Record<string, string>): string {
	const namen = gekozenOpties(antwoorden).map((id) => labels[id] ?? id);
	const delen = [`Opvolging gekozen: ${namen.join(', ')}.`];
	const doel = antwoorden['doel-omschrijving'];
	if (typeof doel === 'string' && doel.trim()) delen.push(`Doel: ${doel.trim()}`);
	const motivatie = antwoorden['motivatie'];
	if (typeof motivatie === 'string' && motivatie.trim()) delen.push(`Motivatie: ${motivatie.trim()}`);
	return delen.join(' ');
}
