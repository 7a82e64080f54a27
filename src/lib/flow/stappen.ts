/**
 * The screens of the guided flow for one dossier, in order. Most screens show one question set
 * from content/vragen; the advice and the overview screens are built from the answers instead.
 */

export type StapSoort = 'vragen' | 'advies' | 'overzicht';

export interface Stap {
	/** Id used in the address /dossier/stap/<id>/ and in Dossier.laatsteStap. */
	id: string;
	soort: StapSoort;
	/** Short name for the task list and the page title. */
	naam: string;
	/** The part of the handreiking the screen follows, shown above the heading. */
	onderdeel: string;
}

export const STAPPEN: readonly Stap[] = [
	{ id: 'dossier', soort: 'vragen', naam: 'Gegevens van de melding', onderdeel: 'Fase 1' },
	{ id: 'binnenkomst', soort: 'vragen', naam: 'Wat is er binnengekomen', onderdeel: 'Fase 1' },
	{ id: 'beslistafel', soort: 'vragen', naam: 'De beslistafel', onderdeel: 'Fase 0' },
	{ id: 'eerste-gesprek', soort: 'vragen', naam: 'Het eerste gesprek', onderdeel: 'Fase 1, stap 1' },
	{ id: 'verkenning-situatie', soort: 'vragen', naam: 'Verkenning: de situatie', onderdeel: 'Fase 1, stap 1' },
	{ id: 'verkenning-context', soort: 'vragen', naam: 'Verkenning: de context', onderdeel: 'Fase 1, stap 1' },
	{ id: 'verkenning-belangen', soort: 'vragen', naam: 'Verkenning: de belangen', onderdeel: 'Fase 1, stap 1' },
	{ id: 'beschuldigde', soort: 'vragen', naam: 'Beschuldigde en tijdelijke maatregelen', onderdeel: 'Fase 1, stap 2' },
	{ id: 'afweging', soort: 'vragen', naam: 'Afweging', onderdeel: 'Fase 1, stap 3 en 4' },
	{ id: 'advies', soort: 'advies', naam: 'Advies', onderdeel: 'Fase 1, stap 3 en 4' },
	{ id: 'besluit', soort: 'vragen', naam: 'Besluit over de opvolging', onderdeel: 'Fase 1, stap 4' },
	{ id: 'communicatie', soort: 'vragen', naam: 'Communicatie', onderdeel: 'Fase 1, stap 5' },
	{ id: 'overzicht', soort: 'overzicht', naam: 'Controleer je antwoorden', onderdeel: 'Fase 1' }
];

export const STAP_IDS = STAPPEN.map((stap) => stap.id);

/** Returns the step with this id, or undefined for an unknown id. */
export function vindStap(id: string): Stap | undefined {
	return STAPPEN.find((stap) => stap.id === id);
}

/** Returns the 1-based position of a step, for "Stap X van Y". */
export function stapNummer(id: string): number {
	return STAP_IDS.indexOf(id) + 1;
}

export function vorigeStap(id: string): Stap | undefined {
	const index = STAP_IDS.indexOf(id);
	return index > 0 ? STAPPEN[index - 1] : undefined;
}

export function volgendeStap(id: string): Stap | undefined {
	const index = STAP_IDS.indexOf(id);
	return index >= 0 ? STAPPEN[index + 1] : undefined;
}

/** Builds the address of a step for a dossier; `terug` makes the step return to that step after "Verder". */
export function stapUrl(stapId: string, dossierId: string, terug?: string): string {
	const query = new URLSearchParams({ id: dossierId });
	if (terug) query.set('terug', terug);
	return `/dossier/stap/${stapId}/?${query}`;
}

export function takenlijstUrl(dossierId: string): string {
	return `/dossier/?${new URLSearchParams({ id: dossierId })}`;
}

export function samenvattingUrl(dossierId: string): string {
	return `/dossier/samenvatting/?${new URLSearchParams({ id: dossierId })}`;
}
