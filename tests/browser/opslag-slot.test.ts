// The passphrase lock in Chromium: turning it on from the settings page leaves no readable free
// text in IndexedDB, "lock now" hides the page, and a wrong passphrase changes nothing.
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openContext } from './browser';
import { dumpStores, openSettings, seedDossiers, ZIN } from './opslag-hulp';
import { startServer, type StaticServer } from './server';

const WACHTWOORD = 'groene tram naar het strand';

describe('passphrase lock', () => {
	let server: StaticServer;
	let context: BrowserContext;
	let page: Page;

	beforeAll(async () => {
		server = await startServer();
		context = await openContext();
		page = await context.newPage();
		page.on('pageerror', (error) => {
			throw error;
		});
		await openSettings(page, server.url);
		await seedDossiers(page, [
			{ id: 'echt-1', label: 'Melding Jansen', tekst: ZIN },
			{ id: 'oefen-1', label: 'Oefencasus Bakker', tekst: `${ZIN} (oefening)` }
		]);
		await page.reload();
		await page.getByText('Alle dossiers (1)').waitFor();
	});

	afterAll(async () => {
		await context?.close();
		await server?.close();
	});

	it('turning it on without confirming shows a focused error summary', async () => {
		await page.fill('#slot-nieuw', WACHTWOORD);
		await page.fill('#slot-herhaling', WACHTWOORD);
		await page.getByRole('button', { name: 'Wachtwoordslot aanzetten' }).click();
		const samenvatting = page.locator('[aria-labelledby="slot-fouten-kop"]');
		await samenvatting.waitFor();
		expect(await samenvatting.evaluate((element) => element === document.activeElement)).toBe(true);
		expect(await samenvatting.textContent()).toContain('vergeten wachtwoord');
	});

	it('encrypted store holds no readable free text', async () => {
		expect(await page.getByText('kan niemand het terughalen').isVisible()).toBe(true);
		await page.check('#slot-begrepen');
		await page.getByRole('button', { name: 'Wachtwoordslot aanzetten' }).click();
		await page.getByText('Het wachtwoordslot staat aan. Al je dossiers zijn nu versleuteld.').waitFor();
		const text = JSON.stringify(await dumpStores(page));
		for (const secret of [ZIN, 'Melding Jansen', 'Oefencasus Bakker', 'leidinggevende']) {
			expect(text).not.toContain(secret);
		}
		expect(text).toContain('"versleuteld":true');
	});

	it('lock now hides the page from sight and screen readers', async () => {
		await page.getByRole('button', { name: 'Vergrendel' }).first().click();
		const scherm = page.locator('[data-vergrendelscherm]');
		await scherm.waitFor();
		expect(await page.locator('#export-kop').count()).toBe(0);
		const header = page.locator('header');
		expect(await header.getAttribute('aria-hidden')).toBe('true');
		expect(await header.evaluate((element) => (element as HTMLElement).inert)).toBe(true);
		expect(await page.title()).toBe('Vergrendeld | Meldwijzer');
	});

	it('wrong passphrase fails and changes nothing', async () => {
		const before = await dumpStores(page);
		await page.fill('#ontgrendel-wachtwoord', 'niet het goede wachtwoord');
		await page.getByRole('button', { name: 'Ontgrendelen' }).click();
		const samenvatting = page.locator('[aria-labelledby="ontgrendel-fouten-kop"]');
		await samenvatting.waitFor();
		expect(await samenvatting.textContent()).toContain('Het wachtwoord klopt niet');
		expect(await page.locator('[data-vergrendelscherm]').isVisible()).toBe(true);
		expect(await dumpStores(page)).toEqual(before);
	});

	it('reload starts locked and the passphrase unlocks', async () => {
		await page.reload();
		await page.locator('[data-vergrendelscherm]').waitFor();
		await page.fill('#ontgrendel-wachtwoord', WACHTWOORD);
		await page.getByRole('button', { name: 'Ontgrendelen' }).click();
		await page.locator('[data-vergrendelscherm]').waitFor({ state: 'detached' });
		await page.getByText('Alle dossiers (1)').waitFor();
		expect(await page.locator('header').getAttribute('aria-hidden')).toBeNull();
	});

	it('Ctrl+Alt+L locks', async () => {
		await page.keyboard.press('Control+Alt+KeyL');
		await page.locator('[data-vergrendelscherm]').waitFor();
		await page.fill('#ontgrendel-wachtwoord', WACHTWOORD);
		await page.keyboard.press('Enter');
		await page.locator('[data-vergrendelscherm]').waitFor({ state: 'detached' });
	});

	it('turning it off makes the text readable again', async () => {
		await page.check('input[name="slot-actie"][value="uitzetten"]');
		await page.fill('#slot-huidig', WACHTWOORD);
		await page.getByRole('button', { name: 'Wachtwoordslot uitzetten' }).click();
		await page.getByText('Het wachtwoordslot staat uit.').first().waitFor();
		expect(JSON.stringify(await dumpStores(page))).toContain(ZIN);
	});

	it('without passphrase lock one click unlocks', async () => {
		await page.getByRole('button', { name: 'Vergrendel' }).first().click();
		await page.locator('[data-vergrendelscherm]').waitFor();
		expect(await page.locator('#export-kop').evaluate((element) => getComputedStyle(element).visibility)).toBe('hidden');
		await page.getByRole('button', { name: 'Ontgrendelen' }).click();
		await page.locator('[data-vergrendelscherm]').waitFor({ state: 'detached' });
	});
});
