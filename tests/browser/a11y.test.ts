// axe-core over every prerendered page of the build, in Chromium, for the WCAG 2.x A and AA rules.
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from './axe';
import { openContext, PHONE } from './browser';
import { startServer, type StaticServer } from './server';

const root = process.env.MELDWIJZER_BUILD ?? 'build';

/** Lists every prerendered page as a site path ending in a slash. */
function prerenderedPages(dir = root): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		if (statSync(path).isDirectory()) return name === '_app' ? [] : prerenderedPages(path);
		return name === 'index.html' ? [`/${relative(root, dir)}/`.replace('//', '/')] : [];
	});
}

describe('accessibility of every page', () => {
	let server: StaticServer;
	let laptop: BrowserContext;
	let phone: BrowserContext;
	const pages = prerenderedPages();

	beforeAll(async () => {
		server = await startServer(root);
		laptop = await openContext();
		phone = await openContext({ viewport: PHONE, isMobile: true });
	});

	afterAll(async () => {
		await laptop?.close();
		await phone?.close();
		await server?.close();
	});

	it('finds the prerendered pages', () => {
		expect(pages).toContain('/');
		expect(pages.length).toBeGreaterThan(10);
	});

	for (const path of pages) {
		it(`has no axe violations on ${path}`, async () => {
			for (const context of [laptop, phone]) {
				const page = await context.newPage();
				await page.goto(`${server.url}${path}`, { waitUntil: 'networkidle' });
				expect(await axeViolations(page), `${path} at ${page.viewportSize()?.width}px`).toEqual([]);
				await page.close();
			}
		});

		// 320 px is the WCAG reflow width; 640 by 400 is a 1280 by 800 laptop at 200% zoom.
		it(`reflows without sideways scrolling on ${path}`, async () => {
			const page = await laptop.newPage();
			await page.goto(`${server.url}${path}`, { waitUntil: 'networkidle' });
			for (const viewport of [{ width: 320, height: 640 }, { width: 640, height: 400 }]) {
				await page.setViewportSize(viewport);
				const breedte = await page.evaluate(() => document.documentElement.scrollWidth);
				expect(breedte, `${path} at ${viewport.width}px`).toBeLessThanOrEqual(viewport.width);
			}
			await page.close();
		});
	}
});
