/** The contract of the advice module: answers in, a ladder of options with reasons out. */
import type { Bron } from '$lib/content/types';

/** The follow-up options, in ladder order from least to most invasive within each side. */
export const OPTIES = [
	'informeel-gesprek',
	'correctief-gesprek',
	'bemiddeling',
	'mediation',
	'meldingenonderzoek',
	'groepsgesprek',
	'cultuuronderzoek',
	'structuuronderzoek'
] as const;

export type OptieId = (typeof OPTIES)[number];

export type OptieStatus = 'aanbevolen' | 'mogelijk' | 'ongeschikt';

/** One reason behind a status, naming the answers it rests on and the rule's source. */
export interface Reden {
	/** Id of the rule in the rules table. */
	regel: string;
	tekst: string;
	/** Question ids whose answers triggered the rule. */
	vragen: string[];
	bron: Bron;
	/**
	 * How the reason weighs: 'past' supports the option or action, 'voorbehoud' keeps it at
	 * 'mogelijk', 'ongeschikt' rules it out, 'uitzoeken' names an unknown answer to find out.
	 */
	soort?: 'past' | 'voorbehoud' | 'ongeschikt' | 'uitzoeken';
}

export interface OptieAdvies {
	optie: OptieId;
	/** 'persoon' for the person-directed ladder, 'team' for the team and organisation side. */
	kant: 'persoon' | 'team';
	/** Rung on its side's ladder, 1 is the lightest. */
	trede: number;
	status: OptieStatus;
	redenen: Reden[];
}

/** An obligation, route or immediate action that applies regardless of the chosen option. */
export interface Actie {
	id: string;
	soort: 'verplichting' | 'route' | 'direct';
	tekst: string;
	redenen: Reden[];
	/** 'geldt' when a reason holds, 'uitzoeken' when the action depends on answers still unknown. */
	status?: 'geldt' | 'uitzoeken';
}

export interface Advies {
	/** All eight options, the recommended ones first in ladder order, then possible, then unsuitable. */
	opties: OptieAdvies[];
	acties: Actie[];
	/** Tip numbers that apply to this dossier. */
	tips: number[];
	/** Questions still unanswered or answered 'onbekend' that would sharpen the advice. */
	open: string[];
}

/** Readiness answers from the Fase 0 check that the advice also reads. */
export interface Gereedheid {
	[vraagId: string]: 'ja' | 'nee' | 'deels' | 'onbekend' | undefined;
}
