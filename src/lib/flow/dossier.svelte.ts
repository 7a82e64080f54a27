/**
 * The dossier a flow page shows, read from the "id" in the address. It follows changes made in
 * another tab, except for the question the user is editing here, so typing is never overwritten.
 */
import { foutmelding } from '$lib/opslag/fouten';
import { watchDossier } from '$lib/opslag/dossiers';
import type { Antwoorden, Dossier } from '$lib/opslag/types';

export type DossierToestand = 'laden' | 'geen-id' | 'niet-gevonden' | 'fout' | 'open';

/** Returns the question id of the field that has focus, if any. */
function vraagInBewerking(): string | undefined {
	const actief = typeof document === 'undefined' ? null : document.activeElement;
	return actief?.closest<HTMLElement>('[data-vraag]')?.dataset.vraag;
}

export class OpenDossier {
	toestand: DossierToestand = $state('laden');
	dossier: Dossier | undefined = $state();
	antwoorden: Antwoorden = $state({});
	melding = $state('');

	/** Starts following the dossier with this id; returns the function that stops it. */
	volg(id: string | null): () => void {
		if (!id) {
			this.toestand = 'geen-id';
			return () => {};
		}
		this.toestand = 'laden';
		return watchDossier(id, (dossier, fout) => {
			if (fout) {
				this.toestand = fout.code === 'niet-gevonden' ? 'niet-gevonden' : 'fout';
				this.melding = foutmelding(fout);
				return;
			}
			if (!dossier) {
				this.toestand = 'niet-gevonden';
				return;
			}
			this.ontvang(dossier);
		});
	}

	private ontvang(dossier: Dossier): void {
		const eerste = this.toestand !== 'open' || this.dossier?.id !== dossier.id;
		this.dossier = dossier;
		if (eerste) {
			this.antwoorden = { ...dossier.antwoorden };
			this.toestand = 'open';
			return;
		}
		const bezig = vraagInBewerking();
		for (const [vraagId, waarde] of Object.entries(dossier.antwoorden)) {
			if (vraagId === bezig) continue;
			if (JSON.stringify(this.antwoorden[vraagId]) !== JSON.stringify(waarde)) this.antwoorden[vraagId] = waarde;
		}
	}
}
