/** Launches Debian's Chromium through playwright-core with the flags this sandbox needs. */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const ARGS = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--no-first-run'
];

export const LAPTOP = { width: 1280, height: 800 };
export const PHONE = { width: 360, height: 740 };

/** Opens a browser context with a fresh profile directory, so each test starts with empty storage. */
export async function openContext(
	options: { viewport?: { width: number; height: number }; isMobile?: boolean } = {}
): Promise<BrowserContext> {
	const profile = mkdtempSync(join(tmpdir(), 'meldwijzer-chromium-'));
	return chromium.launchPersistentContext(profile, {
		executablePath: CHROMIUM,
		headless: true,
		args: ARGS,
		viewport: options.viewport ?? LAPTOP,
		isMobile: options.isMobile ?? false,
		hasTouch: options.isMobile ?? false,
		locale: 'nl-NL',
		timezoneId: 'Europe/Amsterdam'
	});
}
