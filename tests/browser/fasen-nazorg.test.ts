// Aftercare agreements leave the app only as an .ics file made in the browser.
import { readFileSync } from 'node:fs';
import ICAL from 'ical.js';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LAPTOP, openContext, PHONE } from './browser';
import { maakDossier, RESULTATEN } from './fasen-hulp';
import { startServer, type StaticServer } from './server';

async function voegToe(page: Page, omschrijving: string, datum: string) {
	const formulier = page.locator('form.nieuw');
	await formulier.getByLabel('Wat is afgesproken?').fill(omschrijving);
	await formulier.getByLabel('Datum om na te gaan').fill(datum);
	await formulier.getByRole('button', { name: 'Afspraak toevoegen' }).click();
	await page.getByText(omschrijving, { exact: true }).waitFor();
}

describe('aftercare agreements as a calendar file', () => {
	let server: StaticServer;
	let context: BrowserContext;
	let page: Page;
	let id: string;

	beforeAll(async () => {
		server = await startServer();
		context = await openContext({ viewport: LAPTOP });
		page = await context.newPage();
		id = await maakDossier(page, server.url, 'Dossier N');
		await page.goto(`${server.url}/dossier/nazorg/?id=${id}`);
		await page.getByRole('heading', { name: 'Houd een vinger aan de pols' }).waitFor();
	});

	afterAll(async () => {
		await context?.close();
		await server?.close();
	});

	it('downloads an .ics file that ical.js reads back', async () => {
		await voegToe(page, 'Vragen hoe het gaat, ook met het team', '2027-03-15');
		await voegToe(page, 'Evaluatie; tussentijds', '2027-01-20');
		expect(await page.getByText(/Het agendabestand verlaat Meldwijzer/).isVisible()).toBe(true);

		const [download] = await Promise.all([
			page.waitForEvent('download'),
			page.getByRole('button', { name: 'Agendabestand (.ics) maken' }).click()
		]);
		expect(download.suggestedFilename()).toBe('meldwijzer-afspraken.ics');
		expect(download.url()).toMatch(/^blob:/);
		const tekst = readFileSync((await download.path())!, 'utf8');
		expect(tekst).toContain('\r\n');

		const events = new ICAL.Component(ICAL.parse(tekst))
			.getAllSubcomponents('vevent')
			.map((vevent) => new ICAL.Event(vevent));
		expect(events.map((event) => event.summary)).toEqual(['Evaluatie; tussentijds', 'Vragen hoe het gaat, ook met het team']);
		expect(events.map((event) => event.startDate.toString())).toEqual(['2027-01-20', '2027-03-15']);
		expect(events.every((event) => event.startDate.isDate)).toBe(true);
		expect(tekst).not.toContain('Dossier N');
	});

	it('keeps the agreements in the dossier', async () => {
		await page.reload();
		await page.getByText('Evaluatie; tussentijds', { exact: true }).waitFor();
		expect(await page.getByText('20 januari 2027').isVisible()).toBe(true);
		await page.screenshot({ path: `${RESULTATEN}/nazorg-1280.png`, fullPage: true });
	});

	it('fits a phone screen', async () => {
		const telefoon = await openContext({ viewport: PHONE, isMobile: true });
		try {
			const scherm = await telefoon.newPage();
			await scherm.goto(`${server.url}/dossier/nazorg/?id=onbekend`);
			await scherm.getByRole('alert').waitFor();
			expect(await scherm.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
		} finally {
			await telefoon.close();
		}
	});
});
