/**
 * The Fase 2 checklists per follow-up option, bundled into the browser code so the dossier pages
 * and the printed summary work offline. content/load.ts validates the same files at build time.
 */
import type { Checklist } from '$lib/content/types';
import type { OptieId } from '$lib/advies/types';
import informeelGesprek from '../../../content/checklists/uitvoering-informeel-gesprek.json';
import correctiefGesprek from '../../../content/checklists/uitvoering-correctief-gesprek.json';
import groepsgesprek from '../../../content/checklists/uitvoering-groepsgesprek.json';
import bemiddeling from '../../../content/checklists/uitvoering-bemiddeling.json';
import mediation from '../../../content/checklists/uitvoering-mediation.json';
import meldingenonderzoek from '../../../content/checklists/uitvoering-meldingenonderzoek.json';
import cultuuronderzoek from '../../../content/checklists/uitvoering-cultuuronderzoek.json';
import structuuronderzoek from '../../../content/checklists/uitvoering-structuuronderzoek.json';

/** Answer id of the follow-up chosen in the dossier's decision step: an array of option ids. */
export const GEKOZEN_OPVOLGING = 'gekozen-opvolging';

export const UITVOERING_CHECKLISTS: Record<OptieId, Checklist> = {
	'informeel-gesprek': informeelGesprek as Checklist,
	'correctief-gesprek': correctiefGesprek as Checklist,
	groepsgesprek: groepsgesprek as Checklist,
	bemiddeling: bemiddeling as Checklist,
	mediation: mediation as Checklist,
	meldingenonderzoek: meldingenonderzoek as Checklist,
	cultuuronderzoek: cultuuronderzoek as Checklist,
	structuuronderzoek: structuuronderzoek as Checklist
};

export type OnderzoekId = 'meldingenonderzoek' | 'cultuuronderzoek' | 'structuuronderzoek';

export function isOnderzoek(optie: string): optie is OnderzoekId {
	return optie === 'meldingenonderzoek' || optie === 'cultuuronderzoek' || optie === 'structuuronderzoek';
}

/** Returns the step titles of one kind of onderzoek. Each item's `bron.stap` gives the step it belongs to. */
export function onderzoekStappen(optie: OnderzoekId): Record<number, string> {
	const stap4 =
		optie === 'meldingenonderzoek'
			? 'Laat het onderzoek uitvoeren en communiceer met betrokkenen'
			: 'Het onderzoek gaat van start, communiceer met betrokkenen';
	return {
		1: 'Bepaal het doel en de vraag van het onderzoek',
		2: 'Bepaal wie het onderzoek doet',
		3: 'Gebruik een onderzoeksprotocol',
		4: stap4,
		5: 'Afronding van het onderzoek en vervolgstappen'
	};
}

/** Reads the chosen follow-up options from the answers, in ladder order and without unknown ids. */
export function gekozenOpties(antwoorden: Record<string, unknown>): OptieId[] {
	const waarde = antwoorden[GEKOZEN_OPVOLGING];
	let gekozen: unknown[] = [];
	if (Array.isArray(waarde)) gekozen = waarde;
	else if (typeof waarde === 'string') gekozen = [waarde];
	return (Object.keys(UITVOERING_CHECKLISTS) as OptieId[]).filter((optie) => gekozen.includes(optie));
}

/** Item id of the choice between internal and external investigators in an onderzoek checklist. */
export function keuzeItemId(optie: OnderzoekId): string {
	return `${optie}-intern-of-extern`;
}

/**
 * Returns whether an independence item applies to the chosen kind of investigators. The HR, OR and
 * management rule is for internal investigations, and the lawyer and fixed-contract rule is for
 * external ones. Before a choice is made, both apply.
 */
export function itemGeldt(itemId: string, keuze: string | undefined): boolean {
	if (itemId.endsWith('-niet-hr-or')) return keuze !== 'extern';
	if (itemId.endsWith('-niet-huisadvocaat')) return keuze !== 'intern';
	return true;
}
