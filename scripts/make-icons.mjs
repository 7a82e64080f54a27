// Renders static/icons/icon.svg to the PNG sizes the web app manifest lists, with Debian's Chromium.
// The maskable icon gets padding: platforms crop it to a shape that keeps at least the centre
// circle of 80% of the width (the maskable safe zone), so the SVG is drawn at 80% on the
// icon's background colour.
import { readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';

const svg = readFileSync('static/icons/icon.svg', 'utf8');
const BACKGROUND = '#1f3a5f';
const MASKABLE_SCALE = 0.8;

const browser = await chromium.launch({
	executablePath: '/usr/bin/chromium',
	args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run']
});
for (const [file, size, scale] of [
	['icon-192.png', 192, 1],
	['icon-512.png', 512, 1],
	['icon-maskable-512.png', 512, MASKABLE_SCALE]
]) {
	const inner = Math.round(size * scale);
	const page = await browser.newPage({ viewport: { width: size, height: size } });
	await page.setContent(
		`<style>body{margin:0;width:${size}px;height:${size}px;display:grid;place-items:center;background:${BACKGROUND}}` +
			`svg{display:block;width:${inner}px;height:${inner}px}</style>${svg}`
	);
	await page.screenshot({ path: `static/icons/${file}` });
	await page.close();
}
await browser.close();
