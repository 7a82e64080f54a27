// The three users' journeys in Chromium: a small-business owner on a laptop with the keyboard
// alone, a manager on a phone without network, and a trainer asking "what if?" in a casus.
import { mkdirSync, statSync } from 'node:fs';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from './axe';
import { LAPTOP, openContext, PHONE } from './browser';
import { startServer, type StaticServer } from './server';

const UIT = 'test-results/reizen';

/** Presses Tab until the focused element matches `selector`, as a keyboard user would. */
async function tabNaar(page: Page, selector: string, maximum = 250): Promise<void> {
	for (let i = 0; i < maximum; i++) {
		if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
		await page.keyboard.press('Tab');
	}
	throw new Error(`Tab never reached ${selector} on ${page.url()}`);
}

/** Tabs to the submit button with this text and presses Enter. */
async function drukKnop(page: Page, tekst: string): Promise<void> {
	const gevonden = await page.evaluate((label) => {
		const knop = [...document.querySelectorAll('button')].find((b) => b.textContent?.trim() === label);
		if (knop) knop.dataset.reisDoel = 'ja';
		return knop !== undefined;
	}, tekst);
	if (!gevonden) throw new Error(`No button "${tekst}" on ${page.url()}`);
	await tabNaar(page, '[data-reis-doel="ja"]');
	await page.keyboard.press('Enter');
}

/**
 * Types a date into the focused date input with the keyboard. Headless Chromium orders the
 * fields by its own language, which may not be Dutch, so a wrong order is cleared and retried.
 */
async function typDatum(page: Page, dag: string, maand: string, jaar: string): Promise<void> {
	const doel = `${jaar}-${maand}-${dag}`;
	for (const volgorde of [[dag, maand, jaar], [maand, dag, jaar]]) {
		await page.keyboard.type(volgorde.join(''));
		if ((await page.evaluate(() => (document.activeElement as HTMLInputElement).value)) === doel) return;
		for (let i = 0; i < 3; i++) {
			await page.keyboard.press('Backspace');
			await page.keyboard.press('ArrowLeft');
		}
	}
	throw new Error(`The date field did not take ${doel}`);
}

/** Waits for a step and checks that focus moved to its heading and axe finds nothing. */
async function opStap(page: Page, stap: string): Promise<void> {
	await page.waitForURL((url) => url.pathname === `/dossier/stap/${stap}/`);
	await page.locator('#stap-kop').waitFor();
	await page.waitForFunction(() => document.activeElement?.id === 'stap-kop');
	expect(await axeViolations(page), `axe on ${stap}`).toEqual([]);
}

async function heeftZichtbareFocus(page: Page): Promise<boolean> {
	return page.evaluate(() => {
		const element = document.activeElement as HTMLElement | null;
		if (!element) return false;
		const style = getComputedStyle(element);
		return (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) || style.boxShadow !== 'none';
	});
}

describe('small-business owner on a laptop, keyboard only', () => {
	let server: StaticServer;
	let context: BrowserContext;
	let page: Page;

	beforeAll(async () => {
		mkdirSync(UIT, { recursive: true });
		server = await startServer();
		context = await openContext({ viewport: LAPTOP });
		page = await context.newPage();
	});

	afterAll(async () => {
		await context?.close();
		await server?.close();
	});

	it('creates a dossier from the home page', async () => {
		await page.goto(`${server.url}/`);
		await tabNaar(page, 'a[href="/dossier/nieuw/"]');
		expect(await heeftZichtbareFocus(page)).toBe(true);
		await page.keyboard.press('Enter');
		await page.waitForURL((url) => url.pathname === '/dossier/nieuw/');
		await tabNaar(page, '#vraag-label');
		await page.keyboard.type('Dossier W');
		await tabNaar(page, '#vraag-datum-ontvangen');
		await typDatum(page, '30', '11', '2026');
		await drukKnop(page, 'Dossier aanmaken');
		await opStap(page, 'binnenkomst');
	});

	it('reports a missing answer in a focused summary', async () => {
		await drukKnop(page, 'Verder');
		const samenvatting = page.getByRole('alert').filter({ hasText: 'Er is een probleem' });
		await samenvatting.waitFor();
		expect(await samenvatting.evaluate((element) => element.contains(document.activeElement))).toBe(true);
		await tabNaar(page, '.mw-foutoverzicht a, [role="alert"] a');
		await page.keyboard.press('Enter');
		await expect(page.evaluate(() => document.activeElement?.id)).resolves.toMatch(/^vraag-soort/);
	});

	it('walks every step with the keyboard', async () => {
		await tabNaar(page, '#vraag-soort-0');
		await page.keyboard.press('Space');
		await drukKnop(page, 'Verder');
		await opStap(page, 'beslistafel');
		await tabNaar(page, '#vraag-beslisser-naam');
		await page.keyboard.type('Eigenaar');
		await drukKnop(page, 'Verder');
		await opStap(page, 'eerste-gesprek');
		await tabNaar(page, '#vraag-gesprek-status-0');
		await page.keyboard.press('Space');
		await drukKnop(page, 'Verder');
		for (const stap of ['verkenning-situatie', 'verkenning-context', 'verkenning-belangen', 'beschuldigde', 'afweging']) {
			await opStap(page, stap);
			await drukKnop(page, 'Verder');
		}
		await opStap(page, 'advies');
		await page.screenshot({ path: `${UIT}/advies-laptop.png`, fullPage: true });
		await drukKnop(page, 'Verder naar het besluit');
		await opStap(page, 'besluit');
		await tabNaar(page, '#vraag-gekozen-opvolging-0');
		await page.keyboard.press('Space');
		await tabNaar(page, '#vraag-doel-omschrijving');
		await page.keyboard.type('Het gedrag stopt.');
		await tabNaar(page, '#vraag-motivatie');
		await page.keyboard.type('Een lichte eerste stap past bij wat we nu weten.');
		await tabNaar(page, '#vraag-besluit-datum');
		await typDatum(page, '01', '12', '2026');
		await drukKnop(page, 'Verder');
		await opStap(page, 'communicatie');
		await drukKnop(page, 'Verder');
		await opStap(page, 'overzicht');
		await drukKnop(page, 'Naar de samenvatting');
		await page.waitForURL((url) => url.pathname === '/dossier/samenvatting/');
		await page.getByRole('heading', { level: 1 }).waitFor();
		await page.waitForFunction(() => document.activeElement?.id === 'stap-kop');
		await expect(page.locator('main').textContent()).resolves.toContain('Dossier W');
		expect(await axeViolations(page), 'axe on the summary').toEqual([]);
	});

	it('prints the summary to A4', async () => {
		await page.emulateMedia({ media: 'print' });
		await page.pdf({ path: `${UIT}/samenvatting.pdf`, format: 'A4', printBackground: true });
		await page.emulateMedia({ media: 'screen' });
		expect(statSync(`${UIT}/samenvatting.pdf`).size).toBeGreaterThan(10_000);
	});
});

describe('manager on a phone without network', () => {
	let server: StaticServer;
	let context: BrowserContext;
	let page: Page;

	beforeAll(async () => {
		server = await startServer();
		context = await openContext({ viewport: PHONE, isMobile: true });
		page = await context.newPage();
		await page.goto(`${server.url}/`);
		await page.evaluate(async () => {
			const registration = await navigator.serviceWorker.ready;
			if (!navigator.serviceWorker.controller) {
				await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }));
			}
			return registration.active?.state;
		});
		await context.setOffline(true);
	});

	afterAll(async () => {
		await context?.close();
		await server?.close();
	});

	it('opens quick help with one tap from home', async () => {
		const fresh = await context.newPage();
		await page.close();
		page = fresh;
		await page.goto(`${server.url}/`);
		await page.getByRole('link', { name: /Ik heb net een melding gekregen/ }).tap();
		await page.waitForURL((url) => url.pathname === '/snel/');
		await page.getByRole('heading', { level: 1 }).waitFor();
		const breedte = await page.evaluate(() => document.documentElement.scrollWidth);
		expect(breedte).toBeLessThanOrEqual(PHONE.width);
		await page.screenshot({ path: `${UIT}/snel-telefoon.png`, fullPage: true });
	});

	it('starts a dossier offline', async () => {
		await page.getByRole('link', { name: /Start een dossier/ }).tap();
		await page.waitForURL((url) => url.pathname === '/dossier/nieuw/');
		await page.locator('#vraag-label').fill('Gang B');
		await page.locator('#vraag-datum-ontvangen').fill('2026-12-04');
		await page.getByRole('button', { name: 'Dossier aanmaken' }).tap();
		await page.waitForURL((url) => url.pathname === '/dossier/stap/binnenkomst/');
		await page.locator('#stap-kop').waitFor();
		await page.screenshot({ path: `${UIT}/binnenkomst-telefoon.png`, fullPage: true });
	});

	it('finds the dossier back in the list offline', async () => {
		await page.goto(`${server.url}/dossiers/`);
		await page.locator('[data-dossier]').filter({ hasText: 'Gang B' }).waitFor();
		await expect(page.locator('[data-dossier]').count()).resolves.toBe(1);
	});
});

describe('trainer asking what if in a casus', () => {
	let server: StaticServer;
	let context: BrowserContext;
	let page: Page;

	beforeAll(async () => {
		server = await startServer();
		context = await openContext({ viewport: { width: 1920, height: 1080 } });
		page = await context.newPage();
	});

	afterAll(async () => {
		await context?.close();
		await server?.close();
	});

	async function naarDia(kop: RegExp): Promise<void> {
		for (let i = 0; i < 80; i++) {
			if (kop.test((await page.locator('h1').textContent()) ?? '')) return;
			await page.keyboard.press('PageDown');
		}
		throw new Error(`No slide with heading ${kop}`);
	}

	it('changes an answer and sees the advice change', async () => {
		await page.goto(`${server.url}/oefenen/`);
		await page
			.getByRole('listitem')
			.filter({ has: page.getByRole('heading', { name: /Teun en Rachel|bemiddeling/i }) })
			.getByRole('button', { name: 'Presentatie' })
			.click();
		await page.waitForURL(/\/presentatie\/\?id=oefen-/);
		await naarDia(/Het advies op de escalatieladder/);
		await expect(page.locator('.ladder li').first().textContent()).resolves.toMatch(/Aanbevolen\s*Bemiddeling/);
		await page.keyboard.press('Home');
		await naarDia(/Stemmen de melder en de beschuldigde allebei in/);
		await page.getByRole('button', { name: 'Nee', exact: true }).click();
		await naarDia(/Het advies op de escalatieladder/);
		const bemiddeling = page.locator('.ladder li').filter({ hasText: 'Bemiddeling' });
		await expect(bemiddeling.textContent()).resolves.toMatch(/Niet geschikt/);
		await page.screenshot({ path: `${UIT}/wat-als-1920.png` });
	});
});
