/** Helpers for the storage browser tests: raw IndexedDB reads and writes inside a page. */
import type { Page } from 'playwright-core';

export const ZIN = 'De leidinggevende stuurde haar berichten over haar uiterlijk';

/** Opens the settings page and waits until the app has opened its database. */
export async function openSettings(page: Page, base: string): Promise<void> {
	await page.goto(`${base}/instellingen/`);
	await page.getByRole('heading', { name: 'Opslag op dit apparaat' }).waitFor();
	await page.waitForFunction(async () => (await indexedDB.databases()).some((db) => db.name === 'meldwijzer'));
}

/** Writes plain dossier records straight into the app's object stores. */
export async function seedDossiers(page: Page, dossiers: { id: string; label: string; tekst: string }[]): Promise<void> {
	await page.evaluate(async (rows) => {
		const db = await new Promise<IDBDatabase>((resolve, reject) => {
			const request = indexedDB.open('meldwijzer');
			request.onsuccess = () => resolve(request.result);
			request.onerror = () => reject(request.error);
		});
		const transaction = db.transaction(['dossiers', 'oefendossiers'], 'readwrite');
		const now = new Date();
		for (const row of rows) {
			const store = transaction.objectStore(row.id.startsWith('oefen-') ? 'oefendossiers' : 'dossiers');
			store.put({
				id: row.id,
				label: row.label,
				aangemaakt: now,
				bijgewerkt: now,
				contentVersie: 1,
				antwoorden: { omschrijving: row.tekst },
				laatsteStap: 'dossier',
				besluiten: [],
				status: 'open',
				schemaVersie: 2,
				versleuteld: false
			});
		}
		await new Promise((resolve, reject) => {
			transaction.oncomplete = resolve;
			transaction.onerror = () => reject(transaction.error);
		});
		db.close();
	}, dossiers);
}

/**
 * Reads every record of every object store of the app's database with plain IndexedDB. Binary
 * fields are returned as text decoded both as UTF-8 and Latin-1, so a search finds any plaintext.
 */
export async function dumpStores(page: Page): Promise<Record<string, unknown[]>> {
	return page.evaluate(async () => {
		const db = await new Promise<IDBDatabase>((resolve, reject) => {
			const request = indexedDB.open('meldwijzer');
			request.onsuccess = () => resolve(request.result);
			request.onerror = () => reject(request.error);
		});
		const names = [...db.objectStoreNames];
		const dump: Record<string, unknown[]> = {};
		const toPlain = (value: unknown): unknown => {
			if (value instanceof ArrayBuffer || ArrayBuffer.isView(value)) {
				const bytes = value instanceof ArrayBuffer ? new Uint8Array(value) : new Uint8Array(value.buffer);
				return new TextDecoder().decode(bytes) + String.fromCharCode(...bytes);
			}
			if (value instanceof Date) return value.toISOString();
			if (Array.isArray(value)) return value.map(toPlain);
			if (value && typeof value === 'object') {
				return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, toPlain(item)]));
			}
			return value;
		};
		if (names.length > 0) {
			const transaction = db.transaction(names, 'readonly');
			await Promise.all(
				names.map(
					(name) =>
						new Promise<void>((resolve, reject) => {
							const request = transaction.objectStore(name).getAll();
							request.onsuccess = () => {
								dump[name] = request.result.map(toPlain);
								resolve();
							};
							request.onerror = () => reject(request.error);
						})
				)
			);
		}
		db.close();
		return dump;
	});
}
