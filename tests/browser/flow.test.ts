// Walks one report through the whole guided flow in Chromium: a new dossier, every step, a reload
// halfway, the advice, the decision, the overview with a "Wijzig" round trip and the printed summary.
import { execFileSync } from 'node:child_process';
import { mkdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STAP_IDS } from '../../src/lib/flow/stappen';
import { axeViolations } from './axe';
import { LAPTOP, openContext, PHONE } from './browser';
import { startServer, type StaticServer } from './server';

const UIT = join('test-results', 'flow');
const LABEL = 'Dossier K-17';

/** Saves a screenshot of the full page for looking at the screen as a user. */
async function foto(page: Page, naam: string): Promise<void> {
	await page.screenshot({ path: join(UIT, `${naam}.png`), fullPage: true });
}

/** Saves a tall phone page as screenshots of 1400 pixels each, which stay readable when viewed. */
async function fotoDelen(page: Page, naam: string): Promise<void> {
	const hoogte = await page.evaluate(() => document.documentElement.scrollHeight);
	const breedte = page.viewportSize()?.width ?? 360;
	for (let y = 0, deel = 1; y < hoogte; y += 1400, deel += 1) {
		const clip = { x: 0, y, width: breedte, height: Math.min(1400, hoogte - y) };
		await page.screenshot({ path: join(UIT, `${naam}-${deel}.png`), fullPage: true, clip });
	}
}

async function verder(page: Page, volgende: string): Promise<void> {
	await page.getByRole('button', { name: /^(Verder|Opslaan en terug)/ }).click();
	await page.waitForURL((url) => url.pathname === `/dossier/stap/${volgende}/`);
	await page.locator('#stap-kop').waitFor();
}

async function typ(page: Page, vraagId: string, tekst: string): Promise<void> {
	await page.locator(`#vraag-${vraagId}`).fill(tekst);
}

describe('guided flow from new dossier to printed summary', () => {
	let server: StaticServer;
	let context: BrowserContext;
	let page: Page;
	let dossierUrl = '';

	beforeAll(async () => {
		mkdirSync(UIT, { recursive: true });
		server = await startServer();
		context = await openContext({ viewport: LAPTOP });
		page = await context.newPage();
		page.on('pageerror', (error) => {
			throw error;
		});
	});

	afterAll(async () => {
		await context?.close();
		await server?.close();
	});

	it('rejects an empty new dossier with a focused error summary', async () => {
		await page.goto(`${server.url}/dossier/nieuw/`);
		await page.locator('#vraag-label').waitFor();
		await page.getByRole('button', { name: 'Dossier aanmaken' }).click();
		const overzicht = page.getByRole('alert').filter({ hasText: 'Er is een probleem' });
		await overzicht.waitFor();
		expect(await overzicht.evaluate((element) => element === document.activeElement)).toBe(true);
		expect(await page.title()).toMatch(/^Fout: /);
		await overzicht.getByRole('link').first().click();
		expect(await page.evaluate(() => document.activeElement?.id)).toBe('vraag-label');
		await foto(page, '01-nieuw-fout');
	});

	it('creates the dossier and walks the first steps', async () => {
		await typ(page, 'label', LABEL);
		await typ(page, 'datum-ontvangen', '2026-11-30');
		await page.check('#vraag-ontvangen-door-0');
		await page.check('#vraag-ontvangen-via-0');
		await page.getByRole('button', { name: 'Dossier aanmaken' }).click();
		await page.waitForURL((url) => url.pathname === '/dossier/stap/binnenkomst/');
		dossierUrl = new URL(page.url()).searchParams.get('id') ?? '';
		expect(dossierUrl).not.toBe('');
		await page.locator('#stap-kop').waitFor();
		expect(await page.evaluate(() => document.activeElement?.id)).toBe('stap-kop');
		expect(await page.title()).toContain('Stap 2 van 13');

		await page.check('#vraag-soort-0');
		await page.check('#vraag-anoniem-1');
		await page.check('#vraag-melder-benadeelde-0');
		await page.check('#vraag-beschuldigde-positie-0');
		await page.check('#vraag-betreft-leiding-0');
		await page.check('#vraag-heeft-klachtenregeling-1');
		await typ(page, 'aantal-medewerkers', '18');
		await foto(page, '02-binnenkomst');
		await verder(page, 'beslistafel');

		await typ(page, 'beslisser-naam', 'Directeur J.');
		await page.check('#vraag-beslisser-vertrouwenspersoon-1');
		await page.check('#vraag-beslisser-betrokkenheid-0');
		await typ(page, 'onafhankelijke-naam', 'directeur j');
		await page.locator('#vraag-onafhankelijke-naam').blur();
		await page.locator('[data-controle^="dubbele-rol"]').waitFor();
		await typ(page, 'onafhankelijke-naam', 'Externe vertrouwenspersoon');
		await page.check('#vraag-deskundige-betrokkenheid-2');
		await page.locator('[data-controle="plaatsvervanger-deskundige"]').waitFor();
		await foto(page, '03-beslistafel');
		await typ(page, 'deskundige-naam', 'Arbodeskundige');
		await typ(page, 'deskundige-plaatsvervanger', 'Jurist van de branche');
		await verder(page, 'eerste-gesprek');

		await page.check('#vraag-gesprek-status-0');
		await page.check('#vraag-gesprek-checklist-0');
		await page.check('#vraag-gesprek-checklist-4');
		await page.check('#vraag-melder-wens-2');
		await page.check('#vraag-vertrouwelijkheid-besproken-0');
		await typ(page, 'vertrouwelijkheid-afspraken', 'Alleen de beslistafel weet ervan.');
		await verder(page, 'verkenning-situatie');

		await typ(page, 'situatie-1c', 'Herhaalde opmerkingen over uiterlijk <b>en</b> berichten.');
		await page.check('#vraag-situatie-2a-1');
		await page.check('#vraag-situatie-3-weet-ik-niet');
		await page.check('#vraag-situatie-4c-1');
		await foto(page, '05-verkenning-situatie');
	});

	it('finds every answer back after a reload', async () => {
		await page.waitForTimeout(600);
		await page.reload();
		await page.locator('#vraag-situatie-1c').waitFor();
		expect(await page.inputValue('#vraag-situatie-1c')).toBe('Herhaalde opmerkingen over uiterlijk <b>en</b> berichten.');
		expect(await page.isChecked('#vraag-situatie-2a-1')).toBe(true);
		expect(await page.isChecked('#vraag-situatie-3-weet-ik-niet')).toBe(true);
		expect(await page.isChecked('#vraag-situatie-4c-1')).toBe(true);
		await page.goto(`${server.url}/dossier/stap/beslistafel/?id=${dossierUrl}`);
		await page.locator('#vraag-beslisser-naam').waitFor();
		expect(await page.inputValue('#vraag-beslisser-naam')).toBe('Directeur J.');
		expect(await page.inputValue('#vraag-deskundige-plaatsvervanger')).toBe('Jurist van de branche');
		await page.goto(`${server.url}/dossier/stap/verkenning-situatie/?id=${dossierUrl}`);
		await page.locator('#stap-kop').waitFor();
	});

	it('walks the rest of Fase 1 to the advice', async () => {
		await verder(page, 'verkenning-context');
		await page.check('#vraag-context-1a-1');
		await page.check('#vraag-context-1b-0');
		await verder(page, 'verkenning-belangen');
		await typ(page, 'belangen-1', 'Dat het stopt en dat ze gewoon kan werken.');
		await verder(page, 'beschuldigde');
		await page.locator('[data-melding="maatregelen-voorstellen"]').waitFor();
		await page.check('#vraag-beschuldigde-geinformeerd-0');
		await page.check('#vraag-tijdelijke-maatregelen-3');
		await foto(page, '08-beschuldigde');
		await verder(page, 'afweging');
		await page.check('#vraag-ernst-1');
		await page.check('#vraag-feiten-1');
		await page.check('#vraag-herhaling-0');
		await page.check('#vraag-eerdere-stappen-0');
		await page.check('#vraag-gedrag-gestopt-1');
		await page.check('#vraag-werkrelatie-verstoord-1');
		await page.check('#vraag-onveilige-cultuur-1');
		await page.check('#vraag-beleid-ontbreekt-1');
		await page.check('#vraag-melder-comfortabel-1');
		await page.check('#vraag-leidinggevende-neutraal-0');
		await verder(page, 'advies');
		const treden = page.locator('.trede');
		expect(await treden.count()).toBe(8);
		await foto(page, '10-advies');
	});

	it('requires a motivation when the choice departs from the advice', async () => {
		const aanbevolen = await page.locator('.trede[data-status="aanbevolen"]').first().getAttribute('data-optie');
		const anders = await page.locator('.trede[data-status="ongeschikt"]').first().getAttribute('data-optie');
		expect(aanbevolen).toBeTruthy();
		expect(anders).toBeTruthy();
		await page.getByRole('button', { name: 'Verder naar het besluit' }).click();
		await page.waitForURL((url) => url.pathname === '/dossier/stap/besluit/');
		await page.locator('#stap-kop').waitFor();
		await page.check(`input[name="vraag-gekozen-opvolging"][value="${anders}"]`);
		await typ(page, 'doel-omschrijving', 'Het gedrag stopt en het team kan verder.');
		await typ(page, 'besluit-datum', '2026-12-01');
		await page.getByRole('button', { name: 'Verder' }).click();
		const overzicht = page.getByRole('alert').filter({ hasText: 'Er is een probleem' });
		await overzicht.waitFor();
		expect(await overzicht.textContent()).toContain('wijkt af van het advies');
		await foto(page, '11-besluit-fout');
		await page.uncheck(`input[name="vraag-gekozen-opvolging"][value="${anders}"]`);
		await page.check(`input[name="vraag-gekozen-opvolging"][value="${aanbevolen}"]`);
		await verder(page, 'communicatie');
		await typ(page, 'afspraken-melder', 'Elke week een kort gesprek.');
		await verder(page, 'overzicht');
	});

	it('returns to the overview after a Wijzig link', async () => {
		await foto(page, '13-overzicht');
		const rij = page.locator('[data-vraag-overzicht="belangen-1"]');
		await rij.getByRole('link', { name: /Wijzig/ }).click();
		await page.waitForURL((url) => url.pathname === '/dossier/stap/verkenning-belangen/');
		await page.locator('#vraag-belangen-1').waitFor();
		expect(await page.evaluate(() => document.activeElement?.id)).toBe('vraag-belangen-1');
		await typ(page, 'belangen-1', 'Dat het gedrag stopt.');
		await verder(page, 'overzicht');
		expect(await page.locator('[data-vraag-overzicht="belangen-1"] .antwoord').textContent()).toBe('Dat het gedrag stopt.');
	});

	it('shows the task list with every step finished', async () => {
		await page.goto(`${server.url}/dossier/?id=${dossierUrl}`);
		await page.locator('.taken').waitFor();
		const statussen = await page.locator('.taak .status').allTextContents();
		expect(statussen.length).toBe(13);
		expect(statussen.filter((status) => status === 'Klaar').length).toBeGreaterThanOrEqual(12);
		await foto(page, '00-takenlijst');
	});

	it('reopens the dossier at the last step', async () => {
		await page.goto(`${server.url}/dossiers/`);
		const verderLink = page.getByRole('link', { name: `Verder met ${LABEL}` });
		await verderLink.waitFor();
		const adres = new URL((await verderLink.getAttribute('href')) ?? '', server.url);
		expect(adres.pathname).toBe('/dossier/stap/overzicht/');
		expect(adres.searchParams.get('id')).toBe(dossierUrl);
	});

	it('has no axe violations with answers filled in', async () => {
		const adressen = [
			...STAP_IDS.map((stap) => `/dossier/stap/${stap}/?id=${dossierUrl}`),
			`/dossier/?id=${dossierUrl}`,
			`/dossier/samenvatting/?id=${dossierUrl}`,
			'/dossiers/'
		];
		for (const adres of adressen) {
			await page.goto(`${server.url}${adres}`);
			await page.locator('h1').first().waitFor();
			await page.locator('[role="status"]', { hasText: 'wordt geopend' }).waitFor({ state: 'detached' });
			expect(await axeViolations(page), adres).toEqual([]);
		}
	});

	it('prints the summary to an A4 PDF with the label', async () => {
		await page.goto(`${server.url}/dossier/samenvatting/?id=${dossierUrl}`);
		await page.getByRole('button', { name: 'Afdrukken' }).waitFor();
		expect(await page.locator('.samenvatting').textContent()).toContain('<b>en</b>');
		expect(await page.locator('.samenvatting b').count()).toBe(0);
		await foto(page, '14-samenvatting');
		const pdf = join(UIT, 'samenvatting.pdf');
		await page.emulateMedia({ media: 'print' });
		writeFileSync(pdf, await page.pdf({ format: 'A4', printBackground: true }));
		await page.emulateMedia({ media: 'screen' });
		expect(statSync(pdf).size).toBeGreaterThan(20_000);
		const tekst = execFileSync('pdftotext', [pdf, '-']).toString();
		expect(tekst).toContain(LABEL);
		expect(tekst).toContain('Vertrouwelijk');
		// The page margin boxes number every page and mark it confidential.
		expect(tekst).toContain('Pagina 1 van');
		expect(tekst.split('Vertrouwelijk').length - 1).toBeGreaterThan(3);
	});

	it('shows the steps on a phone', async () => {
		const telefoon = await openContext({ viewport: PHONE, isMobile: true });
		try {
			const scherm = await telefoon.newPage();
			// A fresh profile has no dossiers, so this also checks the "not found" message.
			await scherm.goto(`${server.url}/dossier/stap/advies/?id=${dossierUrl}`);
			await scherm.getByRole('heading', { name: 'Dossier niet gevonden' }).waitFor();
			await scherm.goto(`${server.url}/dossier/stap/advies/`);
			await scherm.getByRole('heading', { name: 'Geen dossier gekozen' }).waitFor();
			await scherm.goto(`${server.url}/dossier/nieuw/`);
			await scherm.locator('#vraag-label').fill('Telefoon');
			await scherm.locator('#vraag-datum-ontvangen').fill('2026-12-01');
			await scherm.getByRole('button', { name: 'Dossier aanmaken' }).click();
			await scherm.waitForURL((url) => url.pathname === '/dossier/stap/binnenkomst/');
			await scherm.locator('#stap-kop').waitFor();
			await scherm.check('#vraag-soort-1');
			await fotoDelen(scherm, 'telefoon-02-binnenkomst');
			await scherm.getByRole('button', { name: 'Verder' }).click();
			await scherm.waitForURL((url) => url.pathname === '/dossier/stap/beslistafel/');
			const id = new URL(scherm.url()).searchParams.get('id');
			// A signaal has no melder to talk to, so the first conversation step explains what to do instead.
			await scherm.goto(`${server.url}/dossier/stap/eerste-gesprek/?id=${id}`);
			await scherm.locator('[data-melding="geen-gesprek"]').waitFor();
			expect(await scherm.locator('#vraag-gesprek-status-0').count()).toBe(0);
			await fotoDelen(scherm, 'telefoon-04-eerste-gesprek');
			await scherm.goto(`${server.url}/dossier/stap/advies/?id=${id}`);
			await scherm.locator('.trede').first().waitFor();
			await fotoDelen(scherm, 'telefoon-10-advies');
			await scherm.goto(`${server.url}/dossier/stap/beslistafel/?id=${id}`);
			await scherm.locator('#vraag-beslisser-naam').waitFor();
			await fotoDelen(scherm, 'telefoon-03-beslistafel');
			await scherm.goto(`${server.url}/dossier/samenvatting/?id=${id}`);
			await scherm.getByRole('button', { name: 'Afdrukken' }).waitFor();
			await fotoDelen(scherm, 'telefoon-14-samenvatting');

			await scherm.goto(`${server.url}/dossiers/`);
			await scherm.getByRole('button', { name: 'Verwijderen Telefoon' }).click();
			const bevestiging = scherm.getByRole('group', { name: 'Dossier "Telefoon" verwijderen?' });
			expect(await bevestiging.textContent()).toContain('Alle antwoorden, het advies en het besluitenlog');
			await fotoDelen(scherm, 'telefoon-15-verwijderen');
			await bevestiging.getByRole('button', { name: 'Ja, verwijder dit dossier' }).click();
			await scherm.getByText('Het dossier "Telefoon" is verwijderd.').waitFor();
			expect(await scherm.locator('[data-dossier]').count()).toBe(0);
		} finally {
			await telefoon.close();
		}
	});
});
