/**
 * Validation of one screen's answers when the user moves on: required answers, real dates and
 * whole numbers. Returns one error per question, in screen order, for the error summary.
 */
import type { Vraag } from '$lib/content/types';
import type { Antwoorden } from '$lib/opslag/types';
import { isLeeg, zichtbareAntwoordvragen } from './antwoorden';

export interface Fout {
	vraagId: string;
	/** Id of the input the error summary links to and focuses. */
	veld: string;
	tekst: string;
}

/** Dates that record something that already happened, so they cannot lie in the future. */
const NIET_IN_TOEKOMST = new Set([
	'datum-ontvangen',
	'beslisser-verklaard-op',
	'onafhankelijke-verklaard-op',
	'deskundige-verklaard-op'
]);

const KEUZESOORTEN = new Set(['keuze', 'janee', 'meerkeuze']);

/** Error texts for the required questions, so each names what to fill in instead of repeating the question. */
const LEEG_MELDINGEN: Record<string, string> = {
	label: 'Geef het dossier een korte naam, bijvoorbeeld initialen of een codenaam',
	'datum-ontvangen': 'Vul de datum in waarop de melding binnenkwam',
	soort: 'Kies of het om een melding, een signaal of een formele klacht gaat',
	'beslisser-naam': 'Vul in wie de beslisser is, met een functie of initialen',
	'gesprek-status': 'Kies of het eerste gesprek met de melder al is gevoerd',
	'gekozen-opvolging': 'Kies minstens één opvolging',
	'doel-omschrijving': 'Beschrijf het doel van de opvolging',
	'besluit-datum': 'Vul de datum van het besluit in'
};

/** Returns the id of the input element that represents a question: its first option for choices. */
export function veldId(vraag: Pick<Vraag, 'id' | 'soort'>): string {
	return KEUZESOORTEN.has(vraag.soort) ? `vraag-${vraag.id}-0` : `vraag-${vraag.id}`;
}

/** Returns whether an ISO date string names a real calendar day. */
export function isEchteDatum(iso: string): boolean {
	const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
	if (!match) return false;
	const [jaar, maand, dag] = [Number(match[1]), Number(match[2]), Number(match[3])];
	const datum = new Date(Date.UTC(jaar, maand - 1, dag));
	return (
		jaar >= 1900 &&
		jaar <= 2100 &&
		datum.getUTCFullYear() === jaar &&
		datum.getUTCMonth() === maand - 1 &&
		datum.getUTCDate() === dag
	);
}

function vandaag(): string {
	const nu = new Date();
	const maand = String(nu.getMonth() + 1).padStart(2, '0');
	const dag = String(nu.getDate()).padStart(2, '0');
	return `${nu.getFullYear()}-${maand}-${dag}`;
}

function leegTekst(vraag: Vraag): string {
	const eigen = LEEG_MELDINGEN[vraag.id];
	if (eigen) return eigen;
	if (KEUZESOORTEN.has(vraag.soort)) return `Kies een antwoord bij "${vraag.tekst}"`;
	if (vraag.soort === 'datum') return `Vul een datum in bij "${vraag.tekst}"`;
	return `Vul een antwoord in bij "${vraag.tekst}"`;
}

function controleerVraag(vraag: Vraag, antwoorden: Antwoorden, ongeldig: ReadonlySet<string>): string | undefined {
	const waarde = antwoorden[vraag.id];
	if (vraag.soort === 'datum' && ongeldig.has(vraag.id)) {
		return `Vul bij "${vraag.tekst}" een bestaande datum in, bijvoorbeeld 14-03-2026`;
	}
	if (vraag.soort === 'getal' && ongeldig.has(vraag.id)) {
		return `Vul bij "${vraag.tekst}" een heel getal in, bijvoorbeeld 12`;
	}
	if (isLeeg(waarde)) return vraag.verplicht ? leegTekst(vraag) : undefined;
	if (vraag.soort === 'datum' && typeof waarde === 'string') {
		if (!isEchteDatum(waarde)) return `Vul bij "${vraag.tekst}" een bestaande datum in, bijvoorbeeld 14-03-2026`;
		if (NIET_IN_TOEKOMST.has(vraag.id) && waarde > vandaag()) {
			return `De datum bij "${vraag.tekst}" ligt in de toekomst. Vul vandaag of een eerdere datum in`;
		}
	}
	if (vraag.soort === 'getal' && typeof waarde === 'number' && (!Number.isInteger(waarde) || waarde < 0)) {
		return `Vul bij "${vraag.tekst}" een heel getal in, bijvoorbeeld 12`;
	}
	return undefined;
}

/**
 * Validates the visible questions of a screen. `ongeldig` contains the ids of date and number fields
 * whose typed text could not be read, because such text is never stored as an answer.
 */
export function valideer(
	vragen: readonly Vraag[],
	antwoorden: Antwoorden,
	ongeldig: ReadonlySet<string> = new Set()
): Fout[] {
	const fouten: Fout[] = [];
	for (const vraag of zichtbareAntwoordvragen(vragen, antwoorden)) {
		const tekst = controleerVraag(vraag, antwoorden, ongeldig);
		if (tekst) fouten.push({ vraagId: vraag.id, veld: veldId(vraag), tekst });
	}
	return fouten;
}
