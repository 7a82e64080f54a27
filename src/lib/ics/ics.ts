/**
 * Builds iCalendar files (RFC 5545) on the device, for follow-up agreements with a date. Each event
 * is a whole day: DTSTART;VALUE=DATE with DTEND on the next day.
 */

/** One all-day event. */
export interface AgendaItem {
	/** Stable id of the agreement. It becomes the event's UID, so importing the file again updates the event. */
	id: string;
	/** The day as YYYY-MM-DD. */
	datum: string;
	titel: string;
	omschrijving?: string;
}

const PRODID = '-//Meldwijzer//Nazorg//NL';
const UID_DOMEIN = 'meldwijzer.invalid';
const MAX_OCTETS = 75;

/** Escapes a TEXT value: backslash, semicolon, comma and newlines (RFC 5545 section 3.3.11). */
export function escapeText(tekst: string): string {
	return tekst
		.replace(/\\/g, '\\\\')
		.replace(/;/g, '\\;')
		.replace(/,/g, '\\,')
		.replace(/\r\n|\r|\n/g, '\\n');
}

/**
 * Folds a content line into parts of at most 75 octets (RFC 5545 section 3.1). Continuation lines
 * start with one space, which counts towards their 75 octets. A UTF-8 character is never split.
 */
export function foldLine(regel: string): string {
	const encoder = new TextEncoder();
	const delen: string[] = [];
	let huidig = '';
	let octets = 0;
	for (const teken of regel) {
		const grootte = encoder.encode(teken).length;
		const ruimte = delen.length === 0 ? MAX_OCTETS : MAX_OCTETS - 1;
		if (octets + grootte > ruimte) {
			delen.push(huidig);
			huidig = '';
			octets = 0;
		}
		huidig += teken;
		octets += grootte;
	}
	delen.push(huidig);
	return delen.join('\r\n ');
}

function isDatum(datum: string): boolean {
	if (!/^\d{4}-\d{2}-\d{2}$/.test(datum)) return false;
	const dag = new Date(`${datum}T00:00:00Z`);
	return !Number.isNaN(dag.getTime()) && dag.toISOString().startsWith(datum);
}

function datumWaarde(datum: string): string {
	return datum.replaceAll('-', '');
}

function volgendeDag(datum: string): string {
	const dag = new Date(`${datum}T00:00:00Z`);
	dag.setUTCDate(dag.getUTCDate() + 1);
	return dag.toISOString().slice(0, 10).replaceAll('-', '');
}

/** Formats a moment as a UTC DATE-TIME, such as 20261204T133000Z. */
function tijdstempel(moment: Date): string {
	return moment.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}Z$/, 'Z');
}

/**
 * Returns a VCALENDAR with one VEVENT per item, with CRLF line endings and folded lines.
 * Throws a RangeError when an item's date is not a valid YYYY-MM-DD day.
 */
export function maakAgenda(items: AgendaItem[], nu: Date = new Date()): string {
	const stempel = tijdstempel(nu);
	const regels = ['BEGIN:VCALENDAR', 'VERSION:2.0', `PRODID:${PRODID}`, 'CALSCALE:GREGORIAN'];
	for (const item of items) {
		if (!isDatum(item.datum)) {
			throw new RangeError(`Ongeldige datum "${item.datum}" bij afspraak ${item.id}: verwacht JJJJ-MM-DD. Pas de datum van de afspraak aan.`);
		}
		regels.push(
			'BEGIN:VEVENT',
			`UID:${escapeText(item.id)}@${UID_DOMEIN}`,
			`DTSTAMP:${stempel}`,
			`DTSTART;VALUE=DATE:${datumWaarde(item.datum)}`,
			`DTEND;VALUE=DATE:${volgendeDag(item.datum)}`,
			`SUMMARY:${escapeText(item.titel)}`
		);
		if (item.omschrijving) regels.push(`DESCRIPTION:${escapeText(item.omschrijving)}`);
		regels.push('END:VEVENT');
	}
	regels.push('END:VCALENDAR');
	return regels.map(foldLine).join('\r\n') + '\r\n';
}
