// Byte budgets of the production build. They run after the build, with the browser tests.
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BUDGETS, firstPageJsGzip, firstPageScripts, precacheSize } from '../../scripts/budget.js';

const root = process.env.MELDWIJZER_BUILD ?? 'build';

describe('byte budgets', () => {
	it('build folder exists', () => {
		expect(existsSync(`${root}/index.html`), `no build in ${root}/: run npx vite build first`).toBe(true);
	});

	it('first page loads scripts', () => {
		expect(firstPageScripts(root).length).toBeGreaterThan(0);
	});

	it('first page JavaScript within 60 KB gzip', () => {
		expect(firstPageJsGzip(root)).toBeLessThanOrEqual(BUDGETS.firstPageJsGzip);
	});

	// The precache is measured as the bytes a phone downloads to fill it from a host that sends
	// gzip, as static hosts do. docs/benchmarks.md also records the uncompressed size.
	it('precache within 500 KB gzip', () => {
		const { entries, gzipBytes } = precacheSize(root);
		expect(entries).toBeGreaterThan(10);
		expect(gzipBytes).toBeLessThanOrEqual(BUDGETS.precache);
	});
});
