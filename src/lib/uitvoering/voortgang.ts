/**
 * Progress on a checklist, stored in the dossier as one answer per checklist: the answer id is the
 * checklist id and the value is a list of flat records, one per touched item.
 */
import type { AntwoordWaarde, Checklist } from '$lib/content/types';

export interface ItemVoortgang {
	/** The checklist item id. */
	item: string;
	klaar: boolean;
	notitie: string;
	/** A date the user set for the item, as YYYY-MM-DD, or '' when none. */
	datum: string;
	/** For the investigators item of an onderzoek: 'intern', 'extern' or ''. */
	keuze: string;
}

export function legeVoortgang(item: string): ItemVoortgang {
	return { item, klaar: false, notitie: '', datum: '', keuze: '' };
}

function tekstVeld(waarde: unknown): string {
	return typeof waarde === 'string' ? waarde : '';
}

/** Reads a checklist's progress from its answer, skipping records that do not name an item. */
export function leesVoortgang(waarde: AntwoordWaarde | undefined): Map<string, ItemVoortgang> {
	const voortgang = new Map<string, ItemVoortgang>();
	if (!Array.isArray(waarde)) return voortgang;
	for (const regel of waarde) {
		if (typeof regel !== 'object' || regel === null || typeof regel.item !== 'string') continue;
		voortgang.set(regel.item, {
			item: regel.item,
			klaar: regel.klaar === true,
			notitie: tekstVeld(regel.notitie),
			datum: tekstVeld(regel.datum),
			keuze: tekstVeld(regel.keuze)
		});
	}
	return voortgang;
}

/** Returns the answer value for a checklist with one item's progress replaced. */
export function metItem(waarde: AntwoordWaarde | undefined, update: ItemVoortgang): AntwoordWaarde {
	const voortgang = leesVoortgang(waarde);
	voortgang.set(update.item, { ...update });
	return [...voortgang.values()].map((regel) => ({ ...regel }));
}

/** Counts the items ticked, among those that `telt` accepts (all items by default). */
export function telKlaar(
	checklist: Checklist,
	waarde: AntwoordWaarde | undefined,
	telt: (itemId: string) => boolean = () => true
): { klaar: number; totaal: number } {
	const voortgang = leesVoortgang(waarde);
	const items = checklist.items.filter((item) => telt(item.id));
	return {
		klaar: items.filter((item) => voortgang.get(item.id)?.klaar).length,
		totaal: items.length
	};
}
