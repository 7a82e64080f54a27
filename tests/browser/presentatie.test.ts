// The trainer's presenter view, driven by the keys a presentation clicker sends.
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openContext } from './browser';
import { startServer, type StaticServer } from './server';

describe('presenter view', () => {
	let server: StaticServer;
	let context: BrowserContext;
	let page: Page;

	beforeAll(async () => {
		server = await startServer();
		context = await openContext({ viewport: { width: 1920, height: 1080 } });
		page = await context.newPage();
		await page.goto(`${server.url}/oefenen/`);
		const knop = page
			.getByRole('listitem')
			.filter({ has: page.getByRole('heading', { name: /Teun en Rachel|bemiddeling/i }) })
			.getByRole('button', { name: 'Presentatie' });
		await knop.focus();
		await page.keyboard.press('Enter');
		await page.waitForURL(/\/presentatie\/\?id=oefen-/);
		await page.getByText(/^Dia 1 van \d+$/).waitFor();
	});

	afterAll(async () => {
		await context?.close();
		await server?.close();
	});

	async function teller(): Promise<[number, number]> {
		const tekst = (await page.getByText(/^Dia \d+ van \d+$/).textContent()) ?? '';
		const [, nu, totaal] = /Dia (\d+) van (\d+)/.exec(tekst) ?? [];
		return [Number(nu), Number(totaal)];
	}

	it('opens on the casus slide', async () => {
		expect(await teller()).toEqual([1, expect.any(Number)]);
		await expect(page.locator('h1').textContent()).resolves.toMatch(/\S/);
		await page.screenshot({ path: 'test-results/presentatie-casus-1920.png' });
	});

	it('moves on with Page Down, arrows and space', async () => {
		await page.keyboard.press('PageDown');
		expect((await teller())[0]).toBe(2);
		await page.keyboard.press('ArrowRight');
		expect((await teller())[0]).toBe(3);
		await page.keyboard.press(' ');
		expect((await teller())[0]).toBe(4);
		await page.screenshot({ path: 'test-results/presentatie-vraag-1920.png' });
	});

	it('moves back with Page Up, arrows and Shift+space', async () => {
		await page.keyboard.press('PageUp');
		expect((await teller())[0]).toBe(3);
		await page.keyboard.press('ArrowLeft');
		expect((await teller())[0]).toBe(2);
		await page.keyboard.press('Shift+ ');
		expect((await teller())[0]).toBe(1);
	});

	it('moves focus to each new heading', async () => {
		await page.keyboard.press('PageDown');
		const focused = await page.evaluate(() => document.activeElement?.tagName);
		expect(focused).toBe('H1');
	});

	it('ends on the options with their why', async () => {
		await page.keyboard.press('End');
		const [nu, totaal] = await teller();
		expect(nu).toBe(totaal);
		await expect(page.locator('h1').textContent()).resolves.toMatch(/Structuuronderzoek/);
	});

	it('shows bemiddeling recommended on the ladder', async () => {
		for (let i = 0; i < 8; i++) await page.keyboard.press('ArrowLeft');
		await expect(page.locator('h1').textContent()).resolves.toBe('Het advies op de escalatieladder');
		const eerste = page.locator('.ladder li').first();
		await expect(eerste.textContent()).resolves.toMatch(/Aanbevolen\s*Bemiddeling/);
		await page.screenshot({ path: 'test-results/presentatie-advies-1920.png' });
		await page.keyboard.press('ArrowRight');
		await expect(page.locator('h1').textContent()).resolves.toMatch(/^Informeel gesprek/);
		await expect(page.locator('.redenen li').first().textContent()).resolves.toMatch(/Regel \S+ · Bron: Fase/);
		await page.screenshot({ path: 'test-results/presentatie-waarom-1920.png' });
	});

	it('goes back to the start with Home', async () => {
		await page.keyboard.press('Home');
		expect((await teller())[0]).toBe(1);
	});
});
