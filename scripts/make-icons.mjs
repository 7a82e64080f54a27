// Renders static/icons/icon.svg to the PNG sizes the web app manifest lists, with Debian's Chromium.
import { readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';

const svg = readFileSync('static/icons/icon.svg', 'utf8');
const browser = await chromium.launch({
	executablePath: '/usr/bin/chromium',
	args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run']
});
for (const [file, size] of [
	['icon-192.png', 192],
	['icon-512.png', 512],
	['icon-maskable-512.png', 512]
]) {
	const page = await browser.newPage({ viewport: { width: size, height: size } });
	await page.setContent(`<style>body{margin:0}svg{display:block;width:${size}px;height:${size}px}</style>${svg}`);
	await page.screenshot({ path: `static/icons/${file}` });
	await page.close();
}
await browser.close();
