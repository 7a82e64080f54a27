// Export and import through the settings page, the in-memory fallback when IndexedDB cannot be
// opened, and the message when the browser has cleared the dossiers.
import { readFileSync } from 'node:fs';
import type { BrowserContext, Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openContext } from './browser';
import { dumpStores, openSettings, seedDossiers, ZIN } from './opslag-hulp';
import { startServer, type StaticServer } from './server';

describe('settings page storage', () => {
	let server: StaticServer;
	let context: BrowserContext;
	let page: Page;

	beforeEach(async () => {
		server = await startServer();
		context = await openContext();
		page = await context.newPage();
		page.on('pageerror', (error) => {
			throw error;
		});
	});

	afterEach(async () => {
		await context?.close();
		await server?.close();
	});

	it('export and import round trip with a conflict choice', async () => {
		await openSettings(page, server.url);
		const tekst = `${ZIN} 👩🏽‍💼 مرحبا e\u0301`;
		await seedDossiers(page, [
			{ id: 'echt-1', label: 'Melding Jansen', tekst },
			{ id: 'oefen-1', label: 'Oefencasus', tekst: 'oefentekst' }
		]);
		await page.reload();
		await page.getByText('Alle dossiers (1)').waitFor();
		const download = page.waitForEvent('download');
		await page.getByRole('button', { name: 'Exporteren' }).click();
		const bestand = await (await download).path();
		const inhoud = readFileSync(bestand, 'utf8');
		const data = JSON.parse(inhoud);
		expect(data.formaat).toBe('meldwijzer-export');
		expect(data.dossiers).toHaveLength(1);
		expect(data.dossiers[0].antwoorden.omschrijving).toBe(tekst);
		expect(inhoud).not.toContain('oefentekst');

		await page.setInputFiles('#import-bestand', { name: 'export.json', mimeType: 'application/json', buffer: Buffer.from(inhoud) });
		await page.getByRole('button', { name: 'Importeren' }).click();
		await page.locator('#import-conflict-vervangen').waitFor();
		await page.check('input[name="import-conflict"][value="beide"]');
		await page.getByRole('button', { name: 'Importeren' }).click();
		await page.getByText('Import gelukt: 1 toegevoegd.').waitFor();
		const dossiers = (await dumpStores(page)).dossiers as { antwoorden: { omschrijving: string } }[];
		expect(dossiers).toHaveLength(2);
		for (const dossier of dossiers) expect(dossier.antwoorden.omschrijving).toBe(tekst);
	});

	it('broken file is reported and changes nothing', async () => {
		await openSettings(page, server.url);
		await seedDossiers(page, [{ id: 'echt-1', label: 'Melding Jansen', tekst: ZIN }]);
		const before = await dumpStores(page);
		const kapot = JSON.stringify({ formaat: 'meldwijzer-export', versie: 1, gemaakt: '2026-01-01T00:00:00Z', dossiers: [{ id: 'x' }] });
		await page.setInputFiles('#import-bestand', { name: 'kapot.json', mimeType: 'application/json', buffer: Buffer.from(kapot) });
		await page.getByRole('button', { name: 'Importeren' }).click();
		const samenvatting = page.locator('[aria-labelledby="import-fouten-kop"]');
		await samenvatting.waitFor();
		expect(await samenvatting.textContent()).toContain('dossiers[0].label');
		expect(await samenvatting.evaluate((element) => element === document.activeElement)).toBe(true);
		expect(await dumpStores(page)).toEqual(before);
	});

	it('lost dossiers are reported instead of a blank start', async () => {
		await openSettings(page, server.url);
		await page.evaluate(() => localStorage.setItem('meldwijzer.aantal-dossiers', '3'));
		await page.reload();
		const melding = page.getByText('Je dossiers zijn niet meer op dit apparaat.');
		await melding.waitFor();
		expect(await page.getByText('Eerder stonden hier 3').isVisible()).toBe(true);
		await page.goto(`${server.url}/dossiers/`);
		await page.getByText('Je dossiers staan niet meer op dit apparaat.').waitFor();
		expect(await page.getByRole('link', { name: 'Instellingen' }).last().getAttribute('href')).toBe('/instellingen/');
	});

	it('without IndexedDB the flow still works in memory', async () => {
		await context.addInitScript(() => {
			IDBFactory.prototype.open = () => {
				throw new DOMException('IndexedDB is disabled in this window', 'InvalidStateError');
			};
		});
		await page.goto(`${server.url}/dossier/nieuw/`);
		await page.locator('#vraag-label').waitFor();
		await page.fill('#vraag-label', 'Dossier in het geheugen');
		await page.fill('#vraag-datum-ontvangen', '2026-11-30');
		await page.check('#vraag-ontvangen-door-0');
		await page.check('#vraag-ontvangen-via-0');
		await page.getByRole('button', { name: 'Dossier aanmaken' }).click();
		await page.waitForURL((url) => url.pathname === '/dossier/stap/binnenkomst/');
		await page.locator('#vraag-soort-0').waitFor();
		const melding = page.locator('[data-opslag="geheugen"]');
		await melding.waitFor();
		expect(await melding.textContent()).toContain('Er wordt niets bewaard op dit apparaat.');
		await page.check('#vraag-soort-0');
		expect(await page.locator('#stap-kop').isVisible()).toBe(true);
	});
});
