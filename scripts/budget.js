/**
 * Byte sizes of a build folder: the JavaScript the first page loads (gzip) and the service
 * worker's precache. Shared by the byte-budget test and the benchmark.
 */
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** Byte budgets the test suite enforces: both are gzip sizes, the bytes sent over the network. */
export const BUDGETS = {
	firstPageJsGzip: 60 * 1024,
	precache: 500 * 1024
};

/** @param {string} file */
function gzipSize(file) {
	return gzipSync(readFileSync(file)).length;
}

/**
 * Lists the scripts index.html loads up front: module scripts, modulepreload links and the
 * entry imports SvelteKit writes inline.
 * @param {string} root build folder
 * @returns {string[]} paths relative to the site root
 */
export function firstPageScripts(root) {
	const html = readFileSync(join(root, 'index.html'), 'utf8');
	const paths = new Set();
	for (const match of html.matchAll(/<link\b[^>]*>/g)) {
		const href = /href="([^"]+)"/.exec(match[0]);
		if (href && /rel="modulepreload"/.test(match[0])) paths.add(href[1]);
	}
	for (const match of html.matchAll(/<script[^>]+src="([^"]+)"/g)) paths.add(match[1]);
	for (const match of html.matchAll(/import\("([^"]+\.js)"\)/g)) paths.add(match[1]);
	return [...paths].map((path) => path.replace(/^\.?\//, '').replace(/^(\.\.\/)+/, ''));
}

/**
 * Sums the gzip size of the first page's scripts.
 * @param {string} root
 */
export function firstPageJsGzip(root) {
	return firstPageScripts(root).reduce((sum, path) => sum + gzipSize(join(root, path)), 0);
}

/**
 * Reads the precache list from sw.js and sums the files' sizes, raw and gzip.
 * @param {string} root
 * @returns {{ entries: number, bytes: number, gzipBytes: number }}
 */
export function precacheSize(root) {
	const sw = readFileSync(join(root, 'sw.js'), 'utf8');
	const urls = [...sw.matchAll(/url:\s*"([^"]+)"/g)].map((match) => match[1] ?? '');
	let bytes = 0;
	let gzipBytes = 0;
	for (const url of urls) {
		const path = url.replace(/^\//, '');
		const file = join(root, path === '' || path.endsWith('/') ? `${path}index.html` : path);
		bytes += statSync(file).size;
		gzipBytes += gzipSize(file);
	}
	return { entries: urls.length, bytes, gzipBytes };
}
