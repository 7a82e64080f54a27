// Two pages on one dossier: an answer given in one appears in the other, and answers given in
// both are all kept, because saveAnswer merges per question inside a transaction.
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openContext } from './browser';
import { dumpStores, openSettings, seedDossiers } from './opslag-hulp';
import { startServer, type StaticServer } from './server';

const ID = 'tabbladen-1';

describe('two pages on one dossier', () => {
	let server: StaticServer;
	let context: BrowserContext;
	let links: Page;
	let rechts: Page;

	beforeAll(async () => {
		server = await startServer();
		context = await openContext();
		links = await context.newPage();
		await openSettings(links, server.url);
		await seedDossiers(links, [{ id: ID, label: 'Dossier in twee tabbladen', tekst: 'begin' }]);
		rechts = await context.newPage();
		for (const page of [links, rechts]) {
			page.on('pageerror', (error) => {
				throw error;
			});
			await page.goto(`${server.url}/dossier/stap/binnenkomst/?id=${ID}`);
			await page.locator('#vraag-soort-0').waitFor();
		}
	});

	afterAll(async () => {
		await context?.close();
		await server?.close();
	});

	it('answer in one page appears in the other', async () => {
		await links.check('#vraag-soort-0');
		await rechts.waitForFunction(() => (document.querySelector('#vraag-soort-0') as HTMLInputElement).checked);
		await rechts.check('#vraag-anoniem-1');
		await links.waitForFunction(() => (document.querySelector('#vraag-anoniem-1') as HTMLInputElement).checked);
	});

	it('answers from both pages are all stored', async () => {
		await Promise.all([links.check('#vraag-melder-benadeelde-0'), rechts.check('#vraag-heeft-gedragscode-0')]);
		await links.waitForFunction(() => (document.querySelector('#vraag-heeft-gedragscode-0') as HTMLInputElement).checked);
		await rechts.waitForFunction(() => (document.querySelector('#vraag-melder-benadeelde-0') as HTMLInputElement).checked);
		const dump = await dumpStores(links);
		const record = dump.dossiers?.find((row) => (row as { id: string }).id === ID) as {
			antwoorden: Record<string, unknown>;
		};
		expect(Object.keys(record.antwoorden).sort()).toEqual(
			['anoniem', 'heeft-gedragscode', 'melder-benadeelde', 'omschrijving', 'soort'].sort()
		);
		expect(record.antwoorden.omschrijving).toBe('begin');
	});
});
