/**
 * Selections of the content that the content pages send to the browser. Each page gets only the
 * fields it shows, so the prerendered data stays small.
 */
import type { Content, Fase, Sectie, Tip } from '$lib/content/types';
import type { Trede } from '$lib/ui/content/types';

export type FaseKort = Pick<Fase, 'nummer' | 'titel' | 'kort' | 'start' | 'uitkomst'>;

export function faseKort({ nummer, titel, kort, start, uitkomst }: Fase): FaseKort {
	return { nummer, titel, kort, start, uitkomst };
}

/** Every intervention and kind of onderzoek as rungs of the escalation ladder. */
export function ladder(content: Content): Trede[] {
	return [
		...content.interventies.map(({ id, titel, trede, kant }) => ({ id, titel, trede, kant, soort: 'interventie' as const })),
		...content.onderzoeken.map(({ id, titel, trede, kant }) => ({ id, titel, trede, kant, soort: 'onderzoek' as const }))
	].sort((a, b) => a.trede - b.trede);
}

/** The tips shown beside a section: the ones it lists and the ones that name it as their section. */
export function tipsBijSectie(content: Content, sectie: Sectie): Tip[] {
	return content.tips.filter((tip) => sectie.tips.includes(tip.nummer) || tip.sectie === sectie.id);
}
