// Chromium can install the app: a linked, complete web app manifest with loadable icons, and an
// active service worker for the whole site.
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openContext } from './browser';
import { root, waitForServiceWorker } from './pwa';
import { startServer, type StaticServer } from './server';

interface ManifestIcon {
	src: string;
	sizes: string;
	type?: string;
	purpose?: string;
}

describe('installation', () => {
	let server: StaticServer;
	let context: BrowserContext;
	let page: Page;
	let manifest: Record<string, unknown>;
	let manifestUrl: string;

	beforeAll(async () => {
		server = await startServer(root);
		context = await openContext();
		page = await context.newPage();
		await page.goto(`${server.url}/`);
		await waitForServiceWorker(page);
		const href = await page.locator('link[rel="manifest"]').getAttribute('href');
		if (!href) throw new Error('The home page has no <link rel="manifest">.');
		manifestUrl = new URL(href, page.url()).href;
		const response = await page.request.get(manifestUrl);
		expect(response.status()).toBe(200);
		manifest = (await response.json()) as Record<string, unknown>;
	});

	afterAll(async () => {
		await context?.close();
		await server?.close();
	});

	it('links the manifest from the site root', () => {
		expect(manifestUrl).toBe(`${server.url}/manifest.webmanifest`);
	});

	it('has Dutch names and the app fields', () => {
		expect(manifest['lang']).toBe('nl');
		expect(manifest['name']).toMatch(/^Meldwijzer/);
		expect(manifest['short_name']).toBe('Meldwijzer');
		expect(String(manifest['description'])).toContain('apparaat');
		expect(manifest['id']).toBe('/');
		expect(manifest['start_url']).toBe('/');
		expect(manifest['scope']).toBe('/');
		expect(manifest['display']).toBe('standalone');
		expect(manifest['theme_color']).toMatch(/^#[0-9a-f]{6}$/i);
		expect(manifest['background_color']).toMatch(/^#[0-9a-f]{6}$/i);
	});

	it('lists icons of 192 and 512 pixels and a maskable one', () => {
		const icons = manifest['icons'] as ManifestIcon[];
		const any = icons.filter((icon) => (icon.purpose ?? 'any').split(' ').includes('any'));
		expect(any.map((icon) => icon.sizes)).toEqual(expect.arrayContaining(['192x192', '512x512']));
		const maskable = icons.filter((icon) => icon.purpose?.split(' ').includes('maskable'));
		expect(maskable.map((icon) => icon.sizes)).toContain('512x512');
	});

	it('loads every icon as an image of its stated size', async () => {
		for (const icon of manifest['icons'] as ManifestIcon[]) {
			const src = new URL(icon.src, manifestUrl).href;
			const size = await page.evaluate(async (url) => {
				const image = new Image();
				image.src = url;
				await image.decode();
				return `${image.naturalWidth}x${image.naturalHeight}`;
			}, src);
			expect(size, src).toBe(icon.sizes);
		}
	});

	it('pads the maskable icon to its safe zone', async () => {
		const maskable = (manifest['icons'] as ManifestIcon[]).find((icon) => icon.purpose === 'maskable');
		if (!maskable) throw new Error('The manifest has no maskable icon.');
		// The mark is white on the brand colour; outside the centre circle of 80% it must not show.
		const whiteOutsideSafeZone = await page.evaluate(async (url) => {
			const image = new Image();
			image.src = url;
			await image.decode();
			const canvas = document.createElement('canvas');
			canvas.width = image.naturalWidth;
			canvas.height = image.naturalHeight;
			const context2d = canvas.getContext('2d');
			if (!context2d) throw new Error('No 2D canvas context.');
			context2d.drawImage(image, 0, 0);
			const { data, width, height } = context2d.getImageData(0, 0, canvas.width, canvas.height);
			const radius = 0.4 * width;
			let count = 0;
			for (let y = 0; y < height; y++) {
				for (let x = 0; x < width; x++) {
					if (Math.hypot(x - width / 2, y - height / 2) <= radius) continue;
					const i = (y * width + x) * 4;
					if ((data[i] ?? 0) > 200 && (data[i + 1] ?? 0) > 200 && (data[i + 2] ?? 0) > 200) count++;
				}
			}
			return count;
		}, new URL(maskable.src, manifestUrl).href);
		expect(whiteOutsideSafeZone).toBe(0);
	});

	it('has an active service worker for the site root', async () => {
		const registration = await page.evaluate(async () => {
			const found = await navigator.serviceWorker.getRegistration();
			return found && { scope: found.scope, active: found.active?.state, script: found.active?.scriptURL };
		});
		expect(registration?.scope).toBe(`${server.url}/`);
		expect(registration?.active).toBe('activated');
		expect(registration?.script).toBe(`${server.url}/sw.js`);
	});

	it('meets Chromium’s installability checks', async () => {
		const session = await context.newCDPSession(page);
		const { installabilityErrors } = (await session.send('Page.getInstallabilityErrors')) as {
			installabilityErrors: Array<{ errorId: string }>;
		};
		expect(installabilityErrors.map((error) => error.errorId)).toEqual([]);
	});
});
