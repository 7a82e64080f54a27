// The root layout around every page: skip link, main menu, connection indicator and print view.
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openContext } from './browser';
import { root, waitForServiceWorker } from './pwa';
import { startServer, type StaticServer } from './server';

describe('root layout', () => {
	let server: StaticServer;
	let context: BrowserContext;
	let page: Page;

	beforeAll(async () => {
		server = await startServer(root);
		context = await openContext();
		page = await context.newPage();
		await page.goto(`${server.url}/tips/`);
		await waitForServiceWorker(page);
	});

	afterAll(async () => {
		await context?.close();
		await server?.close();
	});

	it('focuses the skip link first', async () => {
		await page.keyboard.press('Tab');
		const focused = await page.evaluate(() => document.activeElement?.textContent?.trim());
		expect(focused).toBe('Naar de inhoud');
		await page.keyboard.press('Enter');
		expect(await page.evaluate(() => document.activeElement?.id)).toBe('inhoud');
	});

	it('marks the current menu item', async () => {
		const current = page.getByRole('navigation', { name: 'Hoofdmenu' }).locator('[aria-current="page"]');
		expect(await current.count()).toBe(1);
		expect((await current.innerText()).trim()).toBe('Tips');
	});

	it('shows the connection as text', async () => {
		const status = page.locator('header [role="status"]');
		await expect.poll(() => status.innerText()).toBe('Online');
		await context.setOffline(true);
		await expect.poll(() => status.innerText()).toBe('Offline');
		await context.setOffline(false);
		await expect.poll(() => status.innerText()).toBe('Online');
	});

	it('prints only the page content', async () => {
		await page.emulateMedia({ media: 'print' });
		for (const selector of ['header', 'footer', '.overslaan']) {
			expect(await page.locator(selector).first().isVisible(), selector).toBe(false);
		}
		expect(await page.locator('main h1').isVisible()).toBe(true);
		await page.emulateMedia({ media: 'screen' });
		expect(await page.locator('header').isVisible()).toBe(true);
	});

	it('uses no web fonts', async () => {
		const fonts = await page.evaluate(() => [...document.fonts].map((font) => font.family));
		expect(fonts).toEqual([]);
	});
});
