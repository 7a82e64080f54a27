// Nothing leaves the device: a walk over the main pages and the flow's first steps requests only
// the app's own origin, every page carries the Content Security Policy, and nothing violates it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openContext } from './browser';
import {
	REPORT_CSP_VIOLATIONS,
	prerenderedPages,
	renderedHeading,
	root,
	waitForServiceWorker,
	watchProblems
} from './pwa';
import { startServer, type StaticServer } from './server';

const WALK = [
	'/',
	'/snel/',
	'/tips/',
	'/tips/12/',
	'/fasen/0/',
	'/fasen/1/',
	'/interventies/bemiddeling/',
	'/begrippen/',
	'/over/',
	'/dossiers/',
	'/dossier/nieuw/',
	'/instellingen/'
];

/** Returns the content of the CSP meta element, or null when the page has none. */
async function cspOf(page: Page): Promise<string | null> {
	return page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
}

/** Splits a policy into its directives, keyed by name. */
function directives(policy: string): Map<string, string[]> {
	return new Map(
		policy
			.split(';')
			.map((part) => part.trim().split(/\s+/))
			.filter((words) => words[0])
			.map(([name, ...values]) => [name as string, values])
	);
}

describe('privacy and content security policy', () => {
	let server: StaticServer;
	let context: BrowserContext;
	let origin: string;
	const foreign: string[] = [];

	beforeAll(async () => {
		server = await startServer(root);
		origin = new URL(server.url).origin;
		context = await openContext();
		await context.addInitScript(REPORT_CSP_VIOLATIONS);
		context.on('request', (request) => {
			const url = new URL(request.url());
			if (url.protocol === 'data:' || url.protocol === 'blob:') return;
			if (url.origin !== origin) foreign.push(request.url());
		});
	});

	afterAll(async () => {
		await context?.close();
		await server?.close();
	});

	it('limits scripts and connections in every built page', () => {
		for (const path of [...prerenderedPages(), '/404.html']) {
			const file = path.endsWith('.html') ? join(root, path) : join(root, path, 'index.html');
			const html = readFileSync(file, 'utf8');
			const match = /<meta http-equiv="content-security-policy" content="([^"]*)"/.exec(html);
			expect(match, `CSP meta in ${path}`).not.toBeNull();
			const policy = directives(match?.[1] ?? '');
			const scripts = policy.get('script-src') ?? [];
			expect(scripts[0], path).toBe("'self'");
			for (const source of scripts.slice(1)) expect(source, path).toMatch(/^'sha256-[A-Za-z0-9+/=]+'$/);
			expect(policy.get('connect-src'), path).toEqual(["'self'"]);
			expect(policy.get('default-src'), path).toEqual(["'self'"]);
			expect(policy.get('object-src'), path).toEqual(["'none'"]);
		}
	});

	it('walks the main pages and the first flow steps', async () => {
		const page = await context.newPage();
		const problems = watchProblems(page);
		await page.goto(`${server.url}/`);
		await waitForServiceWorker(page);

		for (const path of WALK) {
			await page.goto(`${server.url}${path}`, { waitUntil: 'networkidle' });
			await renderedHeading(page);
			const csp = await cspOf(page);
			expect(csp, path).toBeTruthy();
			expect(csp, path).not.toContain('unsafe-eval');
		}

		// The flow's first step creates a dossier; the second step saves answers as they are given.
		await page.goto(`${server.url}/dossier/nieuw/`, { waitUntil: 'networkidle' });
		await page.locator('#vraag-label').fill('Dossier A');
		await page.locator('#vraag-datum-ontvangen').fill('2026-12-01');
		await page.getByRole('button', { name: 'Dossier aanmaken' }).click();
		await page.waitForURL(/\/dossier\/stap\/binnenkomst\/\?id=/);
		await page.locator('#vraag-aantal-medewerkers').fill('120');
		await page.getByRole('link', { name: 'Dossiers' }).first().click();
		await page.waitForURL(`${server.url}/dossiers/`);
		await expect.poll(() => page.getByText('Dossier A').count()).toBeGreaterThan(0);

		await page.close();
		expect(problems).toEqual([]);
		expect(foreign).toEqual([]);
	});
});
