/**
 * Follow-up agreements of Fase 3 ("houd een vinger aan de pols"), stored in the dossier as one
 * answer: a list of flat records with an id, a description and a date.
 */
import type { AntwoordWaarde } from '$lib/content/types';
import type { AgendaItem } from '$lib/ics/ics';

/** Answer id under which a dossier keeps its aftercare agreements. */
export const AFSPRAKEN_ANTWOORD = 'nazorg-afspraken';

export interface Afspraak {
	id: string;
	omschrijving: string;
	/** The follow-up day as YYYY-MM-DD. */
	datum: string;
}

export interface AfspraakFouten {
	omschrijving?: string;
	datum?: string;
}

/** Reads the agreements from their answer, sorted by date. Records without an id are skipped. */
export function leesAfspraken(waarde: AntwoordWaarde | undefined): Afspraak[] {
	if (!Array.isArray(waarde)) return [];
	const afspraken: Afspraak[] = [];
	for (const regel of waarde) {
		if (typeof regel !== 'object' || regel === null || typeof regel.id !== 'string') continue;
		afspraken.push({
			id: regel.id,
			omschrijving: typeof regel.omschrijving === 'string' ? regel.omschrijving : '',
			datum: typeof regel.datum === 'string' ? regel.datum : ''
		});
	}
	return sorteer(afspraken);
}

/** Returns the agreements sorted by date, then by description. */
export function sorteer(afspraken: Afspraak[]): Afspraak[] {
	return [...afspraken].sort((a, b) => a.datum.localeCompare(b.datum) || a.omschrijving.localeCompare(b.omschrijving, 'nl'));
}

export function naarWaarde(afspraken: Afspraak[]): AntwoordWaarde {
	return afspraken.map(({ id, omschrijving, datum }) => ({ id, omschrijving, datum }));
}

/** Returns whether `datum` is a real day written as YYYY-MM-DD. */
export function isDatum(datum: string): boolean {
	if (!/^\d{4}-\d{2}-\d{2}$/.test(datum)) return false;
	const dag = new Date(`${datum}T00:00:00Z`);
	return !Number.isNaN(dag.getTime()) && dag.toISOString().startsWith(datum);
}

/** Checks a new or edited agreement and returns a Dutch message per invalid field. */
export function controleer(omschrijving: string, datum: string): AfspraakFouten {
	const fouten: AfspraakFouten = {};
	if (omschrijving.trim() === '') fouten.omschrijving = 'Vul in wat er is afgesproken.';
	if (datum === '') fouten.datum = 'Vul een datum in.';
	else if (!isDatum(datum)) fouten.datum = 'Vul een geldige datum in, bijvoorbeeld 15-03-2027.';
	return fouten;
}

/** Turns the agreements into calendar events. The agreement's description is the only typed text in them. */
export function naarAgenda(afspraken: Afspraak[]): AgendaItem[] {
	return afspraken.map((afspraak) => ({
		id: afspraak.id,
		datum: afspraak.datum,
		titel: afspraak.omschrijving,
		omschrijving: 'Afspraak voor de nazorg na een melding. Bekijk het dossier in Meldwijzer.'
	}));
}

/** Formats YYYY-MM-DD as a Dutch date, such as "15 maart 2027". */
export function datumTekst(datum: string): string {
	if (!isDatum(datum)) return datum;
	return new Date(`${datum}T00:00:00`).toLocaleDateString('nl-NL', { dateStyle: 'long' });
}
