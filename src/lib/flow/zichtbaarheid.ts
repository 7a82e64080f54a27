/**
 * Follow-up questions that only apply after a given answer, as a table: the question id, the
 * question it depends on, and the answers that show it. A hidden question keeps its stored
 * answer, but validation, the overview and the summary skip it.
 */
import type { AntwoordWaarde } from '$lib/content/types';
import type { Antwoorden } from '$lib/opslag/types';

interface Voorwaarde {
	vraag: string;
	/** The question is shown when the answer is, or for a multiple choice contains, one of these. */
	toonBij: string[];
	/** For multiple choice: shown when the answer contains any value other than these. */
	toonBijAndersDan?: string[];
}

const BETROKKEN = ['indirect', 'direct'];

export const VOORWAARDEN: Record<string, Voorwaarde> = {
	'beslisser-plaatsvervanger': { vraag: 'beslisser-betrokkenheid', toonBij: BETROKKEN },
	'onafhankelijke-plaatsvervanger': { vraag: 'onafhankelijke-betrokkenheid', toonBij: BETROKKEN },
	'deskundige-plaatsvervanger': { vraag: 'deskundige-betrokkenheid', toonBij: BETROKKEN },
	'gesprek-checklist': { vraag: 'gesprek-status', toonBij: ['gevoerd'] },
	'vertrouwelijkheid-afspraken': { vraag: 'vertrouwelijkheid-besproken', toonBij: ['ja'] },
	'informeer-checklist': { vraag: 'beschuldigde-geinformeerd', toonBij: ['ja', 'gepland'] },
	'maatregelen-motivatie': { vraag: 'tijdelijke-maatregelen', toonBij: [], toonBijAndersDan: ['geen'] }
};

function voldoet(waarde: AntwoordWaarde | undefined, voorwaarde: Voorwaarde): boolean {
	if (Array.isArray(waarde)) {
		const keuzes = waarde.filter((item): item is string => typeof item === 'string');
		if (keuzes.some((keuze) => voorwaarde.toonBij.includes(keuze))) return true;
		const anders = voorwaarde.toonBijAndersDan;
		return anders !== undefined && keuzes.some((keuze) => !anders.includes(keuze));
	}
	return typeof waarde === 'string' && voorwaarde.toonBij.includes(waarde);
}

/** Returns whether a question applies, given the answers so far. */
export function isZichtbaar(vraagId: string, antwoorden: Antwoorden): boolean {
	const voorwaarde = VOORWAARDEN[vraagId];
	return voorwaarde === undefined || voldoet(antwoorden[voorwaarde.vraag], voorwaarde);
}
