/** Helpers for the storage unit tests: a fresh database per test and a raw dump of its stores. */
import { configureDatabase } from './db';
import { dropKey } from './sleutel';
import { opslagStatus } from './status.svelte';
import { slotStatus } from './vergrendeling.svelte';

/** Points the storage modules at a new, empty database and resets all in-memory state. */
export function useFreshDatabase(): string {
	const naam = `test-${crypto.randomUUID()}`;
	configureDatabase({ naam });
	dropKey();
	Object.assign(slotStatus, { wachtwoordAan: false, vergrendeld: false, wachttijdMinuten: 0, geladen: false });
	Object.assign(opslagStatus, { toestand: 'opgeslagen', melding: '', code: null, overgeslagen: [] });
	localStorage.clear();
	return naam;
}

export type Dump = Record<'dossiers' | 'oefendossiers' | 'instellingen', unknown[]> & Record<string, unknown[]>;

/**
 * Reads every record of every object store with plain IndexedDB, bypassing Dexie and validation.
 * The three Meldwijzer stores are always present in the result, empty when the database is new.
 */
export function dumpDatabase(naam: string): Promise<Dump> {
	return new Promise((resolve, reject) => {
		const request = indexedDB.open(naam);
		request.onerror = () => reject(request.error);
		request.onsuccess = () => {
			const db = request.result;
			const names = [...db.objectStoreNames];
			const dump: Dump = { dossiers: [], oefendossiers: [], instellingen: [] };
			if (names.length === 0) {
				db.close();
				resolve(dump);
				return;
			}
			const transaction = db.transaction(names, 'readonly');
			for (const name of names) {
				const getAll = transaction.objectStore(name).getAll();
				getAll.onsuccess = () => {
					dump[name] = getAll.result;
				};
			}
			transaction.oncomplete = () => {
				db.close();
				resolve(dump);
			};
			transaction.onerror = () => reject(transaction.error);
		};
	});
}

/** Returns every string found anywhere in a value, with ArrayBuffers decoded as UTF-8 and Latin-1. */
export function readableText(value: unknown): string {
	if (typeof value === 'string') return value;
	if (value instanceof ArrayBuffer || ArrayBuffer.isView(value)) {
		const bytes = value instanceof ArrayBuffer ? new Uint8Array(value) : new Uint8Array(value.buffer);
		return new TextDecoder().decode(bytes) + String.fromCharCode(...bytes);
	}
	if (value && typeof value === 'object') return Object.values(value).map(readableText).join('\n');
	return '';
}
