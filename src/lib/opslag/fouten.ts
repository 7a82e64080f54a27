/**
 * Typed storage errors. Each carries a stable code; `foutmelding` turns a code into the Dutch
 * text the user sees, so pages never show a raw browser error.
 */

export type FoutCode =
	| 'niet-gevonden'
	| 'ongeldig-record'
	| 'verbinding-verloren'
	| 'opslag-vol'
	| 'opslag-mislukt'
	| 'geen-opslag'
	| 'geblokkeerd'
	| 'vergrendeld'
	| 'wachtwoord-onjuist'
	| 'wachtwoord-te-kort'
	| 'oefendossier'
	| 'geen-json'
	| 'geen-meldwijzer'
	| 'nieuwere-versie'
	| 'ongeldig-bestand'
	| 'te-groot'
	| 'conflict'
	| 'wachtwoord-nodig';

export class OpslagFout extends Error {
	readonly code: FoutCode;
	/** For 'ongeldig-bestand' and 'ongeldig-record': the field path, such as "dossiers[0].label". */
	readonly pad?: string;

	constructor(code: FoutCode, detail?: string, options: { pad?: string; cause?: unknown } = {}) {
		super(detail ? `${code}: ${detail}` : code, { cause: options.cause });
		this.name = 'OpslagFout';
		this.code = code;
		this.pad = options.pad;
	}
}

/** The largest import file this app reads, in bytes (20 MiB). */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;

const MELDINGEN: Record<FoutCode, string> = {
	'niet-gevonden': 'Dit dossier staat niet (meer) op dit apparaat.',
	'ongeldig-record':
		'Een dossier op dit apparaat is beschadigd en kan niet worden geopend. De andere dossiers werken gewoon.',
	'verbinding-verloren':
		'Je laatste antwoord is niet opgeslagen, omdat de verbinding met de opslag verbroken is. Laad de pagina opnieuw en vul het antwoord nog eens in.',
	'opslag-vol':
		'Je laatste antwoord is niet opgeslagen, omdat de opslag op dit apparaat vol is. De vorige versie is bewaard. Exporteer je dossiers nu via Instellingen.',
	'opslag-mislukt':
		'Je laatste antwoord is niet opgeslagen. Probeer het opnieuw. Lukt het niet, exporteer dan je dossiers via Instellingen.',
	'geen-opslag':
		'Deze browser laat Meldwijzer niets bewaren op dit apparaat, bijvoorbeeld in een privévenster. Je kunt alles invullen en afdrukken, maar na het sluiten van dit venster is alles weg.',
	geblokkeerd:
		'Meldwijzer is bijgewerkt. Sluit de andere tabbladen met Meldwijzer, dan gaat het hier vanzelf verder.',
	vergrendeld: 'Meldwijzer is vergrendeld. Ontgrendel eerst met je wachtwoord.',
	'wachtwoord-onjuist': 'Het wachtwoord klopt niet. Er is niets veranderd. Probeer het opnieuw.',
	'wachtwoord-te-kort': 'Kies een wachtwoord van minstens 10 tekens.',
	oefendossier: 'Oefendossiers kun je niet exporteren of importeren.',
	'geen-json': 'Dit bestand kan Meldwijzer niet lezen. Kies een exportbestand van Meldwijzer (.json).',
	'geen-meldwijzer': 'Dit is geen exportbestand van Meldwijzer. Kies een bestand dat je met Meldwijzer hebt geëxporteerd.',
	'nieuwere-versie':
		'Dit bestand is gemaakt met een nieuwere versie van Meldwijzer. Laad de pagina opnieuw om de nieuwste versie te krijgen en probeer het dan nog eens.',
	'ongeldig-bestand': 'Dit exportbestand is beschadigd of onvolledig. Er is niets geïmporteerd.',
	'te-groot': 'Dit bestand is groter dan 20 MB. Zo grote bestanden kan Meldwijzer niet importeren.',
	conflict: 'Een of meer dossiers uit dit bestand staan al op dit apparaat. Kies wat er met die dossiers moet gebeuren.',
	'wachtwoord-nodig': 'Dit bestand is versleuteld. Vul het wachtwoord van het bestand in.'
};

/** Returns the Dutch message for an error; unknown errors get the general save message. */
export function foutmelding(fout: unknown): string {
	if (!(fout instanceof OpslagFout)) return MELDINGEN['opslag-mislukt'];
	if (fout.code === 'ongeldig-bestand' && fout.pad) {
		return `${MELDINGEN['ongeldig-bestand']} Het veld "${fout.pad}" ontbreekt of is onjuist.`;
	}
	return MELDINGEN[fout.code];
}

/** Names of the errors IndexedDB and Dexie raise when a connection was closed under the app. */
const VERBINDING_NAMEN = new Set(['InvalidStateError', 'DatabaseClosedError', 'TransactionInactiveError']);

function names(error: unknown): string[] {
	const result: string[] = [];
	let current: unknown = error;
	for (let depth = 0; current && typeof current === 'object' && depth < 4; depth++) {
		const name = (current as { name?: unknown }).name;
		if (typeof name === 'string') result.push(name);
		current = (current as { inner?: unknown }).inner ?? (current as { cause?: unknown }).cause;
	}
	return result;
}

/** Returns whether an error means the database connection was lost, as in Safari after backgrounding. */
export function isVerbindingVerloren(error: unknown): boolean {
	return names(error).some((name) => VERBINDING_NAMEN.has(name));
}

/** Returns whether an error means the browser's storage quota is used up. */
export function isOpslagVol(error: unknown): boolean {
	return names(error).includes('QuotaExceededError');
}
