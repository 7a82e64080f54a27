/**
 * Storage persistence and lost-data detection. Browsers may clear the storage of a site that is not
 * installed (Safari after seven days without a visit), so the app asks for persistent storage and
 * keeps the number of real dossiers in localStorage to notice when they have disappeared.
 */

const MARKER = 'meldwijzer.aantal-dossiers';

export interface OpslagInfo {
	/** true: the browser keeps the data until the user deletes it; null: the browser cannot tell. */
	blijvend: boolean | null;
	/** Bytes used by this site, as estimated by the browser, or null when unknown. */
	gebruikt: number | null;
	/** Bytes this site may use, as estimated by the browser, or null when unknown. */
	beschikbaar: number | null;
}

/** Asks the browser to keep this site's storage; returns its answer, or null when it cannot ask. */
export async function requestPersistence(): Promise<boolean | null> {
	const storage = globalThis.navigator?.storage;
	if (!storage?.persist) return null;
	try {
		if (storage.persisted && (await storage.persisted())) return true;
		return await storage.persist();
	} catch (error) {
		console.warn('navigator.storage.persist failed', error);
		return null;
	}
}

/** Reads whether storage is persistent and how much is used, from the StorageManager API. */
export async function readStorageInfo(): Promise<OpslagInfo> {
	const storage = globalThis.navigator?.storage;
	const info: OpslagInfo = { blijvend: null, gebruikt: null, beschikbaar: null };
	if (!storage) return info;
	try {
		if (storage.persisted) info.blijvend = await storage.persisted();
		if (storage.estimate) {
			const estimate = await storage.estimate();
			info.gebruikt = estimate.usage ?? null;
			info.beschikbaar = estimate.quota ?? null;
		}
	} catch (error) {
		console.warn('navigator.storage could not be read', error);
	}
	return info;
}

function storage(): Storage | undefined {
	try {
		return globalThis.localStorage ?? undefined;
	} catch {
		return undefined;
	}
}

/** Records how many real dossiers the database holds. */
export function writeDossierMarker(aantal: number): void {
	try {
		storage()?.setItem(MARKER, String(aantal));
	} catch {
		// localStorage can be full or disabled; the check then simply has no marker.
	}
}

/** Returns the number of real dossiers recorded last time, or 0 when there is no marker. */
export function readDossierMarker(): number {
	const value = Number(storage()?.getItem(MARKER) ?? 0);
	return Number.isFinite(value) && value > 0 ? value : 0;
}
