// The quick help on a phone, read again without network once the service worker controls the page.
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LAPTOP, openContext, PHONE } from './browser';
import { RESULTATEN } from './fasen-hulp';
import { startServer, type StaticServer } from './server';

describe('quick help when offline', () => {
	let server: StaticServer;
	let context: BrowserContext;
	let page: Page;

	beforeAll(async () => {
		server = await startServer();
		context = await openContext({ viewport: PHONE, isMobile: true });
		page = await context.newPage();
		await page.goto(`${server.url}/snel/`);
		await page.waitForFunction(async () => {
			await navigator.serviceWorker.ready;
			return navigator.serviceWorker.controller !== null;
		});
		await context.setOffline(true);
		await page.reload();
	});

	afterAll(async () => {
		await context?.close();
		await server?.close();
	});

	it('loads /snel/ from the service worker', async () => {
		await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Ik heb net een melding gekregen. Wat nu?');
		expect(await page.evaluate(() => navigator.onLine)).toBe(false);
	});

	it('has no horizontal scroll at 360 px', async () => {
		const breedte = await page.evaluate(() => document.documentElement.scrollWidth);
		expect(breedte).toBeLessThanOrEqual(PHONE.width);
	});

	it('has a large start button', async () => {
		const knop = page.getByRole('link', { name: 'Start een dossier' });
		const vak = await knop.boundingBox();
		expect(vak?.height).toBeGreaterThanOrEqual(48);
		expect(vak?.width).toBeGreaterThanOrEqual(PHONE.width * 0.75);
		await page.screenshot({ path: `${RESULTATEN}/snel-360.png`, fullPage: true });
	});

	it('opens a new dossier offline', async () => {
		await page.getByRole('link', { name: 'Start een dossier' }).click();
		await page.waitForURL(/\/dossier\/nieuw\/$/);
		await expect(page.getByRole('button', { name: 'Dossier aanmaken' }).isVisible()).resolves.toBe(true);
	});
});

describe('quick help on a laptop', () => {
	it('fits a 1280 px screen', async () => {
		const server = await startServer();
		const context = await openContext({ viewport: LAPTOP });
		try {
			const page = await context.newPage();
			await page.goto(`${server.url}/snel/`);
			await page.screenshot({ path: `${RESULTATEN}/snel-1280.png`, fullPage: true });
			expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(LAPTOP.width);
		} finally {
			await context.close();
			await server.close();
		}
	});
});
