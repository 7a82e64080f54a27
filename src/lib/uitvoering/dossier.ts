/** Opens the dossier that a page's address names in `?id=`, for the prerendered dossier pages. */
import { getDossier } from '$lib/opslag/dossiers';
import { foutmelding } from '$lib/opslag/fouten';
import type { Dossier } from '$lib/opslag/types';

export type DossierLading =
	| { toestand: 'geen-id' }
	| { toestand: 'niet-gevonden'; id: string }
	| { toestand: 'fout'; id: string; melding: string }
	| { toestand: 'klaar'; dossier: Dossier };

/** Reads `?id=` from `search` and loads that dossier. A storage failure becomes a Dutch message. */
export async function laadDossier(search: string): Promise<DossierLading> {
	const id = new URLSearchParams(search).get('id')?.trim();
	if (!id) return { toestand: 'geen-id' };
	try {
		const dossier = await getDossier(id);
		return dossier ? { toestand: 'klaar', dossier } : { toestand: 'niet-gevonden', id };
	} catch (error) {
		return { toestand: 'fout', id, melding: foutmelding(error) };
	}
}

/** Returns the address of a dossier page, such as `/dossier/nazorg/?id=…`. The overview is `/dossier/?id=…`. */
export function dossierPad(pagina: 'overzicht' | 'samenvatting' | 'uitvoering' | 'nazorg', id: string): string {
	const pad = pagina === 'overzicht' ? '/dossier/' : `/dossier/${pagina}/`;
	return `${pad}?${new URLSearchParams({ id })}`;
}
