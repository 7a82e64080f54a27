/** Helpers for the service worker tests: the build's pages, their headings, and page problems. */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Page } from 'playwright-core';

export const root = process.env.MELDWIJZER_BUILD ?? 'build';

/** Lists every prerendered page of a build folder as a site path ending in a slash. */
export function prerenderedPages(buildRoot = root, dir = buildRoot): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		if (statSync(path).isDirectory()) return name === '_app' ? [] : prerenderedPages(buildRoot, path);
		return name === 'index.html' ? [`/${relative(buildRoot, dir)}/`.replace('//', '/')] : [];
	});
}

/** Returns the text of the first h1 in a prerendered page's HTML, or undefined without one. */
export function builtHeading(path: string, buildRoot = root): string | undefined {
	const html = readFileSync(join(buildRoot, path, 'index.html'), 'utf8');
	const match = /<h1\b[^>]*>([\s\S]*?)<\/h1>/.exec(html);
	if (!match) return undefined;
	return normalizeText((match[1] ?? '').replace(/<[^>]*>/g, ''));
}

/** Collapses white space, so headings compare as the user reads them. */
export function normalizeText(text: string): string {
	return text
		.replace(/&amp;/g, '&')
		.replace(/&nbsp;|\u00a0/g, ' ')
		.replace(/\s+/g, ' ')
		.trim();
}

/** Returns the rendered text of the page's first h1, waiting until one is present. */
export async function renderedHeading(page: Page): Promise<string> {
	const heading = page.locator('h1').first();
	await heading.waitFor({ state: 'visible', timeout: 10_000 });
	return normalizeText(await heading.innerText());
}

/**
 * Waits until the service worker is active, which means precaching finished, and controls the page.
 * The service worker claims open pages on its first install, so no reload is needed.
 */
export async function waitForServiceWorker(page: Page): Promise<void> {
	await page.evaluate(async () => {
		await navigator.serviceWorker.ready;
	});
	await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, {
		timeout: 15_000
	});
}

/** Records console errors, uncaught exceptions and CSP violations of a page. */
export function watchProblems(page: Page): string[] {
	const problems: string[] = [];
	page.on('console', (message) => {
		if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
	});
	page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
	page.on('console', (message) => {
		if (message.text().startsWith('securitypolicyviolation ')) problems.push(message.text());
	});
	return problems;
}

/** Script for addInitScript: logs every CSP violation, which watchProblems then records. */
export const REPORT_CSP_VIOLATIONS = `document.addEventListener('securitypolicyviolation', (event) => {
	console.warn('securitypolicyviolation ' + event.violatedDirective + ' ' + event.blockedURI);
});`;
