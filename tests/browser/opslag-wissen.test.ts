// Wiping from the settings page really empties the object stores, checked with raw IndexedDB.
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openContext, PHONE } from './browser';
import { dumpStores, openSettings, seedDossiers, ZIN } from './opslag-hulp';
import { startServer, type StaticServer } from './server';

describe('wiping data from the settings page', () => {
	let server: StaticServer;
	let context: BrowserContext;
	let page: Page;

	beforeAll(async () => {
		server = await startServer();
		context = await openContext({ viewport: PHONE, isMobile: true });
		page = await context.newPage();
		page.on('pageerror', (error) => {
			throw error;
		});
		await openSettings(page, server.url);
		await seedDossiers(page, [
			{ id: 'echt-1', label: 'Melding Jansen', tekst: ZIN },
			{ id: 'echt-2', label: 'Melding De Vries', tekst: ZIN },
			{ id: 'oefen-1', label: 'Oefencasus', tekst: 'oefentekst' }
		]);
		await page.reload();
		await page.getByRole('heading', { name: 'Gegevens wissen' }).waitFor();
	});

	afterAll(async () => {
		await context?.close();
		await server?.close();
	});

	it('asks first and says what will be lost', async () => {
		await page.getByRole('button', { name: 'Alle dossiers wissen' }).click();
		const vraag = page.locator('#wissen-echt-vraag');
		await vraag.waitFor();
		await page.waitForFunction(() => document.querySelector('#wissen-echt-vraag')?.textContent?.includes('2 dossiers'));
		expect(await vraag.evaluate((element) => element === document.activeElement)).toBe(true);
		await page.getByRole('button', { name: 'Nee, niet wissen' }).click();
		expect((await dumpStores(page)).dossiers).toHaveLength(2);
	});

	it('deleting one dossier removes its record', async () => {
		await page.goto(`${server.url}/dossiers/`);
		await page.locator('#verwijder-echt-2').click();
		await page.getByRole('button', { name: 'Ja, verwijder dit dossier' }).click();
		await page.locator('#verwijder-echt-2').waitFor({ state: 'detached' });
		const ids = (await dumpStores(page)).dossiers?.map((row) => (row as { id: string }).id);
		expect(ids).toEqual(['echt-1']);
		await page.goto(`${server.url}/instellingen/`);
		await page.getByRole('heading', { name: 'Gegevens wissen' }).waitFor();
	});

	it('wipe of real data leaves the raw stores empty', async () => {
		await page.getByRole('button', { name: 'Alle dossiers wissen' }).click();
		await page.getByRole('button', { name: 'Ja, wis alle dossiers' }).click();
		await page.getByText('Alle dossiers en de antwoorden van de gereedheidscheck zijn gewist.', { exact: false }).waitFor();
		const dump = await dumpStores(page);
		expect(dump.dossiers).toEqual([]);
		expect(dump.instellingen).toEqual([]);
		expect(dump.oefendossiers).toHaveLength(1);
		expect(JSON.stringify(dump)).not.toContain(ZIN);
	});

	it('wipe of practice data leaves its store empty', async () => {
		await page.getByRole('button', { name: 'Alle oefendossiers wissen' }).click();
		await page.getByRole('button', { name: 'Ja, wis alle oefendossiers' }).click();
		await page.getByText('Alle oefendossiers zijn gewist.').waitFor();
		const dump = await dumpStores(page);
		expect(dump.oefendossiers).toEqual([]);
		expect(dump.dossiers).toEqual([]);
	});

	it('settings page fits a 360 px screen', async () => {
		const breedte = await page.evaluate(() => document.documentElement.scrollWidth);
		expect(breedte).toBeLessThanOrEqual(360);
	});
});
