// A chosen intervention's checklist, completed in Fase 2, appears in the printed summary.
import { statSync } from 'node:fs';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LAPTOP, openContext, PHONE } from './browser';
import { kiesOpvolging, maakDossier, RESULTATEN } from './fasen-hulp';
import { startServer, type StaticServer } from './server';

describe('carrying out a chosen intervention', () => {
	let server: StaticServer;
	let context: BrowserContext;
	let page: Page;
	let id: string;

	beforeAll(async () => {
		server = await startServer();
		context = await openContext({ viewport: LAPTOP });
		page = await context.newPage();
		id = await maakDossier(page, server.url, 'Dossier U');
		await kiesOpvolging(page, server.url, id, 'Informeel gesprek');
	});

	afterAll(async () => {
		await context?.close();
		await server?.close();
	});

	it('completes the informeel gesprek checklist', async () => {
		await page.goto(`${server.url}/dossier/uitvoering/?id=${id}`);
		await page.getByRole('heading', { level: 2, name: 'Informeel gesprek' }).waitFor();
		const vakjes = page.getByRole('checkbox');
		const aantal = await vakjes.count();
		expect(aantal).toBe(8);
		for (let i = 0; i < aantal; i++) await vakjes.nth(i).check();
		await page.getByText(`${aantal} van ${aantal} punten afgerond`).waitFor();
		await page.getByText('Opgeslagen op dit apparaat').first().waitFor();
		await page.screenshot({ path: `${RESULTATEN}/uitvoering-1280.png`, fullPage: true });
	});

	it('shows the progress in the printed summary', async () => {
		await page.goto(`${server.url}/dossier/samenvatting/?id=${id}`);
		const kop = page.getByRole('heading', { name: 'Informeel gesprek: 8 van 8 punten afgerond' });
		await kop.waitFor();
		await page.emulateMedia({ media: 'print' });
		expect(await kop.isVisible()).toBe(true);
		expect(await page.getByText(/erkenning en het gewenste resultaat/).first().isVisible()).toBe(true);
		const pad = `${RESULTATEN}/samenvatting-uitvoering.pdf`;
		await page.pdf({ path: pad, format: 'A4', printBackground: true });
		expect(statSync(pad).size).toBeGreaterThan(10_000);
		await page.emulateMedia({ media: 'screen' });
	});

	it('keeps the ticks after a reload', async () => {
		await page.goto(`${server.url}/dossier/uitvoering/?id=${id}`);
		await page.getByText('8 van 8 punten afgerond').waitFor();
		expect(await page.getByRole('checkbox', { checked: true }).count()).toBe(8);
	});

	it('fits a phone screen', async () => {
		const telefoon = await openContext({ viewport: PHONE, isMobile: true });
		try {
			const scherm = await telefoon.newPage();
			const eigen = await maakDossier(scherm, server.url, 'Dossier T');
			await kiesOpvolging(scherm, server.url, eigen, 'Meldingenonderzoek');
			await scherm.goto(`${server.url}/dossier/uitvoering/?id=${eigen}`);
			await scherm.getByRole('heading', { level: 3, name: /^Stap 5:/ }).waitFor();
			await scherm.screenshot({ path: `${RESULTATEN}/uitvoering-360.png`, fullPage: true });
			expect(await scherm.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
		} finally {
			await telefoon.close();
		}
	});
});
