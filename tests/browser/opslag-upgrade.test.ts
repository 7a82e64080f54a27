// Schema upgrades across tabs. A tab holding an old connection blocks the upgrade, and the new tab
// shows a message to close other tabs. A tab that receives 'versionchange' closes its connection
// and shows a message to reload.
import type { BrowserContext, Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openContext } from './browser';
import { startServer, type StaticServer } from './server';

declare global {
	interface Window {
		oudeVerbinding?: IDBDatabase;
		openUitkomst?: string;
	}
}

describe('schema upgrade with two tabs', () => {
	let server: StaticServer;
	let context: BrowserContext;

	beforeEach(async () => {
		server = await startServer();
		context = await openContext();
	});

	afterEach(async () => {
		await context?.close();
		await server?.close();
	});

	/** Opens a same-origin page that loads no app code, for raw IndexedDB work. */
	async function rawPage(): Promise<Page> {
		const page = await context.newPage();
		await page.goto(`${server.url}/favicon.svg`);
		return page;
	}

	it('old tab blocking the upgrade is reported', async () => {
		const oud = await rawPage();
		// Version 10 is Dexie's number for schema version 1. This connection ignores versionchange,
		// as a tab with old code that never closes would.
		await oud.evaluate(
			() =>
				new Promise<void>((resolve, reject) => {
					const request = indexedDB.open('meldwijzer', 10);
					request.onupgradeneeded = () => {
						const db = request.result;
						db.createObjectStore('dossiers', { keyPath: 'id' }).createIndex('bijgewerkt', 'bijgewerkt');
						const oefen = db.createObjectStore('oefendossiers', { keyPath: 'id' });
						oefen.createIndex('bijgewerkt', 'bijgewerkt');
						oefen.createIndex('casus', 'casus');
						db.createObjectStore('instellingen', { keyPath: 'sleutel' });
						const now = new Date();
						request.transaction!.objectStore('dossiers').put({
							id: 'uit-versie-1',
							label: 'Dossier uit versie 1',
							aangemaakt: now,
							bijgewerkt: now,
							contentVersie: 1,
							antwoorden: {},
							laatsteStap: 'dossier',
							besluiten: [],
							status: 'open'
						});
					};
					request.onsuccess = () => {
						window.oudeVerbinding = request.result;
						resolve();
					};
					request.onerror = () => reject(request.error);
				})
		);

		const nieuw = await context.newPage();
		await nieuw.goto(`${server.url}/instellingen/`);
		const melding = nieuw.locator('[data-opslag="geblokkeerd"]');
		await melding.waitFor();
		expect(await melding.textContent()).toContain('Sluit die andere tabbladen met Meldwijzer');

		await oud.evaluate(() => window.oudeVerbinding?.close());
		await melding.waitFor({ state: 'detached' });
		await nieuw.getByText('Alle dossiers (1)').waitFor();
	});

	it('tab receiving versionchange closes and asks to reload', async () => {
		const app = await context.newPage();
		await app.goto(`${server.url}/instellingen/`);
		await app.getByText('Alle dossiers (0)').waitFor();

		const later = await rawPage();
		const uitkomst = later.evaluate(
			() =>
				new Promise<string>((resolve) => {
					const request = indexedDB.open('meldwijzer', 990);
					request.onblocked = () => (window.openUitkomst = 'blocked');
					request.onsuccess = () => {
						request.result.close();
						resolve(window.openUitkomst ?? 'success');
					};
					request.onerror = () => resolve(`error ${request.error?.name}`);
				})
		);
		const melding = app.locator('[data-opslag="herladen"]');
		await melding.waitFor();
		expect(await melding.textContent()).toContain('Laad deze pagina opnieuw');
		// The upgrade in the other tab goes ahead once this tab has closed its connection.
		expect(await uitkomst).toMatch(/^(success|blocked)$/);
		expect(await app.getByRole('button', { name: 'Pagina opnieuw laden' }).isVisible()).toBe(true);
	});
});
