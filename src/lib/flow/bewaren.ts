/**
 * Saves answers as they are given. Choices are written at once. Typed text waits until the user
 * pauses (UITSTEL_MS) or leaves the field, so IndexedDB is not written on every key press.
 * The save status itself lives in $lib/opslag/status.svelte, which saveAnswer keeps up to date.
 */
import type { AntwoordWaarde } from '$lib/content/types';
import { saveAnswer } from '$lib/opslag/dossiers';

export const UITSTEL_MS = 400;

export interface Bewaarder {
	/** Queues an answer. With `uitstel` the write waits for a pause in typing. */
	bewaar(vraagId: string, waarde: AntwoordWaarde, opties?: { uitstel?: boolean }): void;
	/** Writes every queued answer now, and resolves false when a write failed. */
	flush(): Promise<boolean>;
}

/** Creates a saver for one dossier. */
export function maakBewaarder(dossierId: string, opslaan = saveAnswer): Bewaarder {
	const wachtend = new Map<string, { waarde: AntwoordWaarde; timer: ReturnType<typeof setTimeout> }>();
	const bezig = new Set<Promise<boolean>>();

	function schrijf(vraagId: string, waarde: AntwoordWaarde): Promise<boolean> {
		const poging = opslaan(dossierId, vraagId, waarde).then(
			() => true,
			// saveAnswer has already set the status to "niet opgeslagen" with the user's message.
			(error: unknown) => {
				console.error(`Saving answer ${vraagId} of dossier ${dossierId} failed`, error);
				return false;
			}
		);
		bezig.add(poging);
		void poging.finally(() => bezig.delete(poging));
		return poging;
	}

	function start(vraagId: string): Promise<boolean> {
		const item = wachtend.get(vraagId);
		if (!item) return Promise.resolve(true);
		clearTimeout(item.timer);
		wachtend.delete(vraagId);
		return schrijf(vraagId, item.waarde);
	}

	return {
		bewaar(vraagId, waarde, opties = {}) {
			const eerder = wachtend.get(vraagId);
			if (eerder) clearTimeout(eerder.timer);
			if (!opties.uitstel) {
				wachtend.delete(vraagId);
				void schrijf(vraagId, waarde);
				return;
			}
			const timer = setTimeout(() => void start(vraagId), UITSTEL_MS);
			wachtend.set(vraagId, { waarde, timer });
		},
		async flush() {
			const gestart = [...wachtend.keys()].map((vraagId) => start(vraagId));
			const resultaten = await Promise.all([...gestart, ...bezig]);
			return resultaten.every(Boolean);
		}
	};
}
