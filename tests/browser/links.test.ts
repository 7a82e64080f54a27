/**
 * Walks the built site from index.html along its links, the way a reader without JavaScript would,
 * and checks that every tip page and every section anchor can be reached. Reads the folder named
 * by MELDWIJZER_BUILD, or build/.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/lib/content/load';
import type { Content } from '../../src/lib/content/types';

const BUILD = resolve(process.env.MELDWIJZER_BUILD ?? 'build');
const CONTENT_ROOT = fileURLToPath(new URL('../../content', import.meta.url));
const ORIGIN = 'http://meldwijzer.test';

/** Strings that only marked's own source contains. None may reach the browser bundle. */
const MARKED_STRINGS = ['input parameter is undefined or null', 'Please report this to https://github.com/markedjs/marked'];

interface Site {
	/** Page paths reached by links, such as "/tips/3/". */
	pages: Set<string>;
	/** Links with a fragment, as "/fasen/1/#melding". */
	anchors: Set<string>;
	/** The element ids of each reached page. */
	ids: Map<string, Set<string>>;
	/** Internal links whose page is not in the build, with the page that links there. */
	broken: string[];
}

function htmlFile(path: string): string {
	return join(BUILD, decodeURIComponent(path), 'index.html');
}

function decodeEntities(value: string): string {
	return value.replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&#39;/g, "'");
}

/** Follows every <a href> on the same origin, breadth first, starting at the home page. */
function crawl(): Site {
	const site: Site = { pages: new Set(), anchors: new Set(), ids: new Map(), broken: [] };
	const queue = ['/'];
	site.pages.add('/');
	while (queue.length > 0) {
		const path = queue.shift() as string;
		const html = readFileSync(htmlFile(path), 'utf8');
		site.ids.set(path, new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((match) => decodeEntities(match[1] ?? ''))));
		for (const match of html.matchAll(/<a\s[^>]*?href="([^"]*)"/g)) {
			const url = new URL(decodeEntities(match[1] ?? ''), ORIGIN + path);
			if (url.origin !== ORIGIN) continue;
			if (url.hash) site.anchors.add(url.pathname + decodeURIComponent(url.hash));
			if (!url.pathname.endsWith('/')) continue;
			if (!existsSync(htmlFile(url.pathname))) {
				site.broken.push(`${url.pathname} (linked from ${path})`);
				continue;
			}
			if (site.pages.has(url.pathname)) continue;
			site.pages.add(url.pathname);
			queue.push(url.pathname);
		}
	}
	return site;
}

function listFiles(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		return statSync(path).isDirectory() ? listFiles(path) : [path];
	});
}

let loaded: { site: Site; content: Content } | undefined;

/** Crawls the build once. Each test calls this, so a missing build fails every test, none is skipped. */
function load(): { site: Site; content: Content } {
	if (!existsSync(join(BUILD, 'index.html'))) {
		throw new Error(`No built site in ${BUILD}: run "npx vite build" first, or set MELDWIJZER_BUILD to the build folder.`);
	}
	loaded ??= { site: crawl(), content: loadContent(CONTENT_ROOT) };
	return loaded;
}

describe('built site', () => {

	it('has no internal links to missing pages', () => {
		const { site } = load();
		expect(site.broken).toEqual([]);
	});

	it('reaches every tip page from the home page', () => {
		const { site, content } = load();
		expect(content.tips).toHaveLength(29);
		for (const tip of content.tips) expect(site.pages, `/tips/${tip.nummer}/`).toContain(`/tips/${tip.nummer}/`);
	});

	it('reaches every section anchor from the home page', () => {
		const { site, content } = load();
		expect(content.secties.length).toBeGreaterThan(0);
		for (const sectie of content.secties) {
			const page = `/fasen/${sectie.fase}/`;
			expect(site.anchors, `${page}#${sectie.id}`).toContain(`${page}#${sectie.id}`);
			expect(site.ids.get(page)?.has(sectie.id), `id "${sectie.id}" on ${page}`).toBe(true);
		}
	});

	it('reaches every intervention and onderzoek page', () => {
		const { site, content } = load();
		for (const { id } of content.interventies) expect(site.pages).toContain(`/interventies/${id}/`);
		for (const { id } of content.onderzoeken) expect(site.pages).toContain(`/onderzoek/${id}/`);
	});

	it('resolves every anchor to an id on its page', () => {
		const { site } = load();
		const missing = [...site.anchors].filter((anchor) => {
			const [page = '', id = ''] = anchor.split('#');
			return site.ids.has(page) && !site.ids.get(page)?.has(id);
		});
		expect(missing).toEqual([]);
	});

	it('keeps marked out of the browser bundle', () => {
		load();
		const scripts = listFiles(join(BUILD, '_app')).filter((file) => file.endsWith('.js'));
		expect(scripts.length).toBeGreaterThan(0);
		for (const file of scripts) {
			const code = readFileSync(file, 'utf8');
			for (const text of MARKED_STRINGS) expect(code.includes(text), `"${text}" in ${file}`).toBe(false);
		}
	});
});
