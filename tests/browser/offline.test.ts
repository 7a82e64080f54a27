// After one visit the site works without a network: cold starts of every page, deep links with and
// without a trailing slash, a query string, and the not-found page for unknown addresses.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openContext, PHONE } from './browser';
import {
	builtHeading,
	prerenderedPages,
	renderedHeading,
	root,
	waitForServiceWorker,
	watchProblems
} from './pwa';
import { startServer, type StaticServer } from './server';

/** Lists every file of a build folder as a path relative to it. */
function builtFiles(dir = root): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		return statSync(path).isDirectory() ? builtFiles(path) : [relative(root, path)];
	});
}

describe('precache list', () => {
	it('contains every built file or the data to render it', () => {
		const sw = readFileSync(join(root, 'sw.js'), 'utf8');
		const precached = new Set([...sw.matchAll(/url:\s*"([^"]+)"/g)].map((match) => match[1]));
		// The service worker and its runtime are fetched by the browser's update check instead.
		const files = builtFiles().filter((file) => file !== 'sw.js' && !/^workbox-.*\.js$/.test(file));
		// A page is offline when its HTML is precached, or its data file is, because the service
		// worker then renders it from the precached page shell.
		const missing = files.filter((file) => {
			if (file === 'index.html') return !precached.has('/');
			if (file.endsWith('/index.html')) {
				const page = file.slice(0, -'index.html'.length);
				return !precached.has(page) && !precached.has(`${page}__data.json`);
			}
			return !precached.has(file) && !precached.has(`/${file}`);
		});
		expect(files.length).toBeGreaterThan(10);
		expect(precached.has('/404.html'), 'the page shell 404.html').toBe(true);
		expect(missing).toEqual([]);
	});
});

describe('when offline after one visit', () => {
	let server: StaticServer;
	let context: BrowserContext;
	// Failed requests, reset by each walk test. Offline, the service worker's network attempt for
	// an unknown address fails by design, so only the walks over real pages check this list.
	let failed: string[] = [];

	beforeAll(async () => {
		server = await startServer(root);
		context = await openContext({ viewport: PHONE, isMobile: true });
		context.on('requestfailed', (request) => {
			failed.push(`${request.url()}: ${request.failure()?.errorText ?? 'failed'}`);
		});
		const page = await context.newPage();
		await page.goto(`${server.url}/`);
		await waitForServiceWorker(page);
		await page.close();
		await context.setOffline(true);
	});

	afterAll(async () => {
		await context?.close();
		await server?.close();
	});

	/** Opens `path` in a new tab, as a cold start from the home screen or a link would. */
	async function coldOpen(path: string): Promise<{ page: Page; status: number | undefined }> {
		const page = await context.newPage();
		const response = await page.goto(`${server.url}${path}`);
		return { page, status: response?.status() };
	}

	it('blocks the network in the test', async () => {
		const page = await context.newPage();
		await page.goto('about:blank');
		const reachable = await page.evaluate(async (url) => {
			try {
				await fetch(`${url}/favicon.svg?network`, { cache: 'no-store' });
				return true;
			} catch {
				return false;
			}
		}, server.url);
		await page.close();
		expect(reachable).toBe(false);
	});

	const deepLinks: Array<[string, string]> = [
		['/', '/'],
		['/tips/12/', '/tips/12/'],
		['/tips/12', '/tips/12/'],
		['/interventies/bemiddeling/', '/interventies/bemiddeling/'],
		['/interventies/bemiddeling', '/interventies/bemiddeling/']
	];

	for (const [path, builtPath] of deepLinks) {
		it(`opens ${path} with its own heading`, async () => {
			const expected = builtHeading(builtPath);
			expect(expected, `h1 in the build's ${builtPath}`).toBeTruthy();
			const { page } = await coldOpen(path);
			expect(await renderedHeading(page)).toBe(expected);
			expect(new URL(page.url()).pathname).toBe(builtPath);
			await page.close();
		});
	}

	it('opens a dossier step with a query string', async () => {
		const { page } = await coldOpen('/dossier/stap/binnenkomst/?id=abc');
		// No dossier "abc" exists on this device, so the step shell reports that.
		expect(await renderedHeading(page)).toBe('Dossier niet gevonden');
		expect(page.url()).toBe(`${server.url}/dossier/stap/binnenkomst/?id=abc`);
		await page.close();
	});

	it('opens a dossier step without a trailing slash', async () => {
		const { page } = await coldOpen('/dossier/stap/binnenkomst?id=abc');
		expect(await renderedHeading(page)).toBe('Dossier niet gevonden');
		expect(page.url()).toBe(`${server.url}/dossier/stap/binnenkomst/?id=abc`);
		await page.close();
	});

	for (const path of ['/bestaat-niet/', '/bestaat-niet', '/tips/12/bestaat-niet/']) {
		it(`shows the not-found page for ${path}`, async () => {
			const { page, status } = await coldOpen(path);
			expect(status).toBe(404);
			expect(await renderedHeading(page)).toBe('Pagina niet gevonden');
			expect(await page.locator('a[href="/"]').count()).toBeGreaterThan(0);
			await page.close();
		});
	}

	// A cold start took about 0.5 s a page in one run on the development machine, so the limit
	// grows with the page count.
	const pages = prerenderedPages();
	const walkTimeout = 60_000 + pages.length * 2_000;
	it('opens every prerendered page without a failing request', { timeout: walkTimeout }, async () => {
		failed = [];
		const problems: string[] = [];
		expect(pages.length).toBeGreaterThan(10);
		for (const path of pages) {
			const page = await context.newPage();
			const pageProblems = watchProblems(page);
			const response = await page.goto(`${server.url}${path}`);
			expect(response?.status(), path).toBe(200);
			const expected = builtHeading(path);
			if (expected) expect(await renderedHeading(page), path).toBe(expected);
			await page.close();
			problems.push(...pageProblems.map((problem) => `${path}: ${problem}`));
		}
		expect(failed).toEqual([]);
		expect(problems).toEqual([]);
	});

	it('navigates the main menu without a failing request', async () => {
		failed = [];
		const { page } = await coldOpen('/');
		for (const label of ['Snel hulp', 'Dossiers', 'Tips', 'Instellingen', 'Home']) {
			const menu = page.getByRole('navigation', { name: 'Hoofdmenu' });
			await menu.getByRole('link', { name: label }).click();
			await page.waitForFunction(
				(name) => document.querySelector('nav a[aria-current="page"]')?.textContent?.trim() === name,
				label
			);
			await renderedHeading(page);
		}
		await page.getByRole('link', { name: 'Tips' }).first().click();
		await page.waitForURL(`${server.url}/tips/`);
		await page.locator('main a[href="/tips/12/"]').first().click();
		await page.waitForURL(`${server.url}/tips/12/`);
		expect(await renderedHeading(page)).toBe(builtHeading('/tips/12/'));
		await page.close();
		expect(failed).toEqual([]);
	});
});
