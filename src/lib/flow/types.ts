/** Shapes the flow pages pass between their server load and their components. */
import type { AntwoordWaarde, Tip, Vraag, Vragenset } from '$lib/content/types';

/** A tip as the flow shows it beside a question; `html` is rendered from content at build time. */
export type TipInhoud = Pick<Tip, 'nummer' | 'html' | 'bron'>;

/** Tips keyed by their number. */
export type Tips = Record<number, TipInhoud>;

export type WijzigAntwoord = (vraagId: string, waarde: AntwoordWaarde, opties?: { uitstel?: boolean }) => void;

export type { Vraag, Vragenset };

/** The next steps Fase 2 gives for one follow-up option, as plain text for the printed summary. */
export interface VervolgStappen {
	id: string;
	titel: string;
	/** The five steps of an onderzoek; empty for interventions. */
	stappen: string[];
	/** The points of the option's checklist for carrying it out. */
	punten: string[];
}
