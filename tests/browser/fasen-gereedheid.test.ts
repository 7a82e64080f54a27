// Gaps in the Fase 0 readiness check change the advice a dossier shows.
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LAPTOP, openContext, PHONE } from './browser';
import { maakDossier, RESULTATEN } from './fasen-hulp';
import { startServer, type StaticServer } from './server';

const RIE_REDEN = 'Volgens de check van Fase 0 is een RI&E met plan van aanpak niet of maar deels op orde.';

async function beantwoord(page: Page, vraag: RegExp, antwoord: string) {
	await page.getByRole('group', { name: vraag }).getByRole('radio', { name: antwoord, exact: true }).check();
}

describe('readiness check and the advice', () => {
	let server: StaticServer;
	let context: BrowserContext;
	let page: Page;

	beforeAll(async () => {
		server = await startServer();
		context = await openContext({ viewport: LAPTOP });
		page = await context.newPage();
	});

	afterAll(async () => {
		await context?.close();
		await server?.close();
	});

	it('changes the dossier advice after a RI&E gap', async () => {
		const id = await maakDossier(page, server.url, 'Dossier G');
		await page.goto(`${server.url}/dossier/samenvatting/?id=${id}`);
		await page.getByRole('heading', { name: 'Advies van Meldwijzer' }).waitFor();
		expect(await page.getByText(RIE_REDEN).count()).toBe(0);

		await page.goto(`${server.url}/gereedheid/`);
		await page.getByRole('radio').first().waitFor({ state: 'attached' });
		await page.waitForFunction(() => !document.querySelector('input[type=radio]:disabled'));
		await beantwoord(page, /RI&E/, 'Nee');
		await beantwoord(page, /vertrouwenspersoon die veel weet/, 'Ja');
		await beantwoord(page, /beslistafel/, 'Deels');
		await page.getByText('3 van 10 beantwoord', { exact: false }).waitFor();

		const acties = page.locator('.actielijst > li');
		expect(await acties.first().getAttribute('data-id')).toBe('gereed-rie');
		await page.screenshot({ path: `${RESULTATEN}/gereedheid-1280.png`, fullPage: true });
		await page.emulateMedia({ media: 'print' });
		await page.pdf({ path: `${RESULTATEN}/gereedheid.pdf`, format: 'A4' });
		expect(await page.getByRole('group', { name: /RI&E/ }).isVisible()).toBe(false);
		await page.emulateMedia({ media: 'screen' });

		await page.goto(`${server.url}/dossier/samenvatting/?id=${id}`);
		await page.getByText(RIE_REDEN).first().waitFor();
		expect(await page.getByText(RIE_REDEN).count()).toBeGreaterThan(0);
	});

	it('keeps the answers after a reload', async () => {
		await page.goto(`${server.url}/gereedheid/`);
		const rie = page.getByRole('group', { name: /RI&E/ }).getByRole('radio', { name: 'Nee', exact: true });
		await page.waitForFunction(() => !document.querySelector('input[type=radio]:disabled'));
		expect(await rie.isChecked()).toBe(true);
	});

	it('fits a phone screen', async () => {
		const telefoon = await openContext({ viewport: PHONE, isMobile: true });
		try {
			const scherm = await telefoon.newPage();
			await scherm.goto(`${server.url}/gereedheid/`);
			await scherm.screenshot({ path: `${RESULTATEN}/gereedheid-360.png`, fullPage: true });
			expect(await scherm.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
		} finally {
			await telefoon.close();
		}
	});
});
