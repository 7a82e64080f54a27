// A new version reaches the user only when they choose to reload. The prompt appears in every open
// tab and only the tab whose user clicks reloads. Answers survive, and the other tab keeps working
// on the old version until its own user reloads.
import { execFileSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openContext } from './browser';
import { renderedHeading, root, waitForServiceWorker, watchProblems } from './pwa';
import { startServer, type StaticServer } from './server';

const VERSION_B = 'update-test-b';
const rootB = `${root}-update-b`;
const PROMPT = 'Er is een nieuwe versie. Nu herladen?';

/** Lists the files below a build's _app/immutable folder as site paths. */
function immutableAssets(buildRoot: string, dir = join(buildRoot, '_app', 'immutable')): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		if (statSync(path).isDirectory()) return immutableAssets(buildRoot, path);
		return [`/${relative(buildRoot, path)}`];
	});
}

/** Returns the version text in the footer, such as "Versie 0.1.0". */
async function versionOf(page: Page): Promise<string> {
	return (await page.locator('footer .versie').innerText()).trim();
}

/** Checks whether the page still runs the document it had when markTab was called. */
async function isSameDocument(page: Page): Promise<boolean> {
	return page.evaluate(() => (window as unknown as { tabMarker?: boolean }).tabMarker === true);
}

async function markTab(page: Page): Promise<void> {
	await page.evaluate(() => {
		(window as unknown as { tabMarker?: boolean }).tabMarker = true;
	});
}

describe('update to a new version', () => {
	let server: StaticServer;
	let context: BrowserContext;
	let flowTab: Page;
	let otherTab: Page;
	let flowProblems: string[];
	let otherProblems: string[];
	let versionA: string;
	let dossierUrl: string;

	beforeAll(async () => {
		// Version B is the same source with another version string, which changes the layout chunk,
		// the app entry and so sw.js.
		execFileSync('npx', ['vite', 'build', '--logLevel', 'error'], {
			env: {
				...process.env,
				MELDWIJZER_BUILD: rootB,
				MELDWIJZER_KIT_DIR: `.svelte-kit-${basename(root)}-update-b`,
				MELDWIJZER_VERSIE: VERSION_B
			},
			stdio: 'pipe'
		});
		server = await startServer(root);
		context = await openContext();
	});

	afterAll(async () => {
		await context?.close();
		await server?.close();
	});

	it('saves an answer in version A', async () => {
		flowTab = await context.newPage();
		flowProblems = watchProblems(flowTab);
		await flowTab.goto(`${server.url}/dossier/nieuw/`);
		await waitForServiceWorker(flowTab);
		await flowTab.locator('#vraag-label').fill('Dossier update');
		await flowTab.locator('#vraag-datum-ontvangen').fill('2026-12-01');
		await flowTab.getByRole('button', { name: 'Dossier aanmaken' }).click();
		await flowTab.waitForURL(/\/dossier\/stap\/binnenkomst\/\?id=/);
		dossierUrl = flowTab.url();
		await flowTab.locator('#vraag-aantal-medewerkers').fill('120');
		// The flow saves on input; a reload proves it is stored before the update starts.
		await flowTab.waitForTimeout(500);
		await flowTab.reload();
		await expect.poll(() => flowTab.locator('#vraag-aantal-medewerkers').inputValue()).toBe('120');
		versionA = await versionOf(flowTab);
		expect(versionA).not.toContain(VERSION_B);

		otherTab = await context.newPage();
		otherProblems = watchProblems(otherTab);
		await otherTab.goto(`${server.url}/tips/`);
		await renderedHeading(otherTab);
		await markTab(otherTab);
	});

	it('shows the prompt in both tabs when version B is deployed', async () => {
		server.setRoot(rootB);
		await flowTab.evaluate(async () => {
			await (await navigator.serviceWorker.getRegistration())?.update();
		});
		await flowTab.getByText(PROMPT).waitFor({ timeout: 20_000 });
		await otherTab.getByText(PROMPT).waitFor({ timeout: 20_000 });
		expect(await versionOf(flowTab)).toBe(versionA);
		expect(await isSameDocument(otherTab)).toBe(true);
	});

	it('hides the prompt on Later without reloading', async () => {
		await markTab(flowTab);
		await flowTab.getByRole('button', { name: 'Later' }).click();
		await expect.poll(() => flowTab.getByText(PROMPT).count()).toBe(0);
		expect(await isSameDocument(flowTab)).toBe(true);
		// The next page load offers the waiting version again.
		await flowTab.reload();
		await flowTab.getByText(PROMPT).waitFor({ timeout: 20_000 });
		expect(await versionOf(flowTab)).toBe(versionA);
	});

	it('reloads the clicking tab into version B with the answer kept', async () => {
		await Promise.all([
			flowTab.waitForEvent('load', { timeout: 20_000 }),
			flowTab.getByRole('button', { name: 'Herladen' }).click()
		]);
		expect(flowTab.url()).toBe(dossierUrl);
		await expect.poll(() => versionOf(flowTab)).toBe(`Versie ${VERSION_B}`);
		await expect.poll(() => flowTab.locator('#vraag-aantal-medewerkers').inputValue()).toBe('120');
		expect(await flowTab.getByText(PROMPT).count()).toBe(0);
	});

	it('leaves the other tab running version A', async () => {
		// Give a wrongly triggered reload time to happen.
		await otherTab.waitForTimeout(1000);
		expect(await isSameDocument(otherTab)).toBe(true);
		expect(await versionOf(otherTab)).toBe(versionA);
		expect(await otherTab.getByText(PROMPT).isVisible()).toBe(true);
	});

	it('serves version A files that version B removed', async () => {
		const assetsB = new Set(immutableAssets(rootB));
		const onlyInA = immutableAssets(root).filter((path) => !assetsB.has(path));
		expect(onlyInA.length).toBeGreaterThan(0);
		// Without the HTTP cache, only the service worker's copy can still answer for these files.
		const session = await context.newCDPSession(otherTab);
		await session.send('Network.clearBrowserCache');
		const statuses = await otherTab.evaluate(
			(paths) => Promise.all(paths.map(async (path) => `${path} ${(await fetch(path)).status}`)),
			onlyInA
		);
		expect(statuses).toEqual(onlyInA.map((path) => `${path} 200`));
	});

	it('navigates in the other tab without reloading it', async () => {
		const menu = otherTab.getByRole('navigation', { name: 'Hoofdmenu' });
		await menu.getByRole('link', { name: 'Instellingen' }).click();
		await otherTab.waitForURL(`${server.url}/instellingen/`);
		await renderedHeading(otherTab);
		await menu.getByRole('link', { name: 'Home' }).click();
		await otherTab.waitForURL(`${server.url}/`);
		await renderedHeading(otherTab);
		expect(await isSameDocument(otherTab)).toBe(true);
		expect(await versionOf(otherTab)).toBe(versionA);
	});

	it('reloads the other tab when its user clicks', async () => {
		await Promise.all([
			otherTab.waitForEvent('load', { timeout: 20_000 }),
			otherTab.getByRole('button', { name: 'Herladen' }).click()
		]);
		await expect.poll(() => versionOf(otherTab)).toBe(`Versie ${VERSION_B}`);
		expect(flowProblems).toEqual([]);
		expect(otherProblems).toEqual([]);
	});
});
