// Practice cases in Chromium: marked as practice everywhere, never in real lists or exports.
import { readFileSync } from 'node:fs';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openContext } from './browser';
import { startServer, type StaticServer } from './server';

describe('practice cases', () => {
	let server: StaticServer;
	let context: BrowserContext;
	let page: Page;
	let oefenId = '';

	beforeAll(async () => {
		server = await startServer();
		context = await openContext();
		page = await context.newPage();
		await page.goto(`${server.url}/dossier/nieuw/`);
		await page.locator('#vraag-label').fill('Echt dossier K');
		await page.locator('#vraag-datum-ontvangen').fill('2026-11-30');
		await page.getByRole('button', { name: 'Dossier aanmaken' }).click();
		await page.waitForURL((url) => url.pathname === '/dossier/stap/binnenkomst/');
	});

	afterAll(async () => {
		await context?.close();
		await server?.close();
	});

	async function startCasus(naam: RegExp) {
		await page.goto(`${server.url}/oefenen/`);
		await page
			.getByRole('listitem')
			.filter({ has: page.getByRole('heading', { name: naam }) })
			.getByRole('button', { name: /Start de stappen|Verder met de stappen/ })
			.click();
		await page.waitForURL(/id=oefen-/);
		oefenId = new URL(page.url()).searchParams.get('id') ?? '';
	}

	it('opens a casus as a practice dossier', async () => {
		await startCasus(/Amina/);
		expect(oefenId).toMatch(/^oefen-/);
		await expect(page.locator('[data-oefenbanner]').textContent()).resolves.toMatch(/Oefening/);
	});

	it('shows the practice banner on a step', async () => {
		await page.goto(`${server.url}/dossier/stap/binnenkomst/?id=${oefenId}`);
		await page.locator('h1').first().waitFor();
		await expect(page.locator('[data-oefenbanner]').count()).resolves.toBe(1);
	});

	it('prints the practice watermark', async () => {
		await page.emulateMedia({ media: 'print' });
		await expect(page.locator('.watermerk').isVisible()).resolves.toBe(true);
		await page.emulateMedia({ media: 'screen' });
		await expect(page.locator('.watermerk').isVisible()).resolves.toBe(false);
	});

	it('shows no banner on a real page', async () => {
		await page.goto(`${server.url}/tips/`);
		await page.locator('h1').first().waitFor();
		await expect(page.locator('[data-oefenbanner]').count()).resolves.toBe(0);
	});

	it('keeps practice out of the dossier list', async () => {
		await page.goto(`${server.url}/dossiers/`);
		await page.getByRole('heading', { level: 1 }).waitFor();
		await page.waitForTimeout(300);
		const tekst = (await page.locator('main').textContent()) ?? '';
		expect(tekst).not.toMatch(/Oefening:/);
		await expect(page.locator(`[data-dossier="${oefenId}"]`).count()).resolves.toBe(0);
	});

	it('keeps practice out of an export of all dossiers', async () => {
		await page.goto(`${server.url}/instellingen/`);
		await page.locator('#export-keuze-alle').check();
		const download = page.waitForEvent('download');
		await page.getByRole('button', { name: 'Exporteren' }).click();
		const bestand = await (await download).path();
		const inhoud = readFileSync(bestand, 'utf8');
		expect(inhoud).toContain('meldwijzer-export');
		expect(inhoud).not.toContain('oefen-');
		expect(inhoud).not.toContain('Oefening:');
	});

	it('resets a casus to its own answers', async () => {
		await page.goto(`${server.url}/dossier/stap/binnenkomst/?id=${oefenId}`);
		await page.locator('h1').first().waitFor();
		await page.goto(`${server.url}/oefenen/`);
		const casus = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: /Amina/ }) });
		await casus.getByRole('button', { name: 'Opnieuw beginnen' }).click();
		await casus.getByRole('button', { name: 'Verder met de stappen' }).click();
		await page.waitForURL(/id=oefen-/);
		const nieuw = new URL(page.url()).searchParams.get('id');
		expect(nieuw).toMatch(/^oefen-/);
		expect(nieuw).not.toBe(oefenId);
	});
});
