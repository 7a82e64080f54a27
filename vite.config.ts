import { readFileSync, readdirSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import { sveltekit } from '@sveltejs/kit/vite';
import { SvelteKitPWA } from '@vite-pwa/sveltekit';
import { defineConfig, type Plugin } from 'vitest/config';
import { manifest } from './src/lib/pwa/manifest.ts';
import {
	KEEP_CACHE,
	answerNavigation,
	isImmutableAsset,
	isNavigation
} from './src/lib/pwa/sw-routes.ts';

const packageJson = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };

// The version shown in the footer. MELDWIJZER_VERSIE overrides it, so a test can build a second,
// different version of the site.
const version = process.env.MELDWIJZER_VERSIE ?? packageJson.version;
// Unique per build. 404.html is written by the adapter after the service worker is generated, so
// Workbox cannot hash it, and this id serves as its precache revision instead.
const buildId = `${version}-${Date.now().toString(36)}`;
// Must match kit.outDir in svelte.config.js: the PWA plugin globs the precache from this folder.
const kitDir = process.env.MELDWIJZER_KIT_DIR ?? '.svelte-kit';

/**
 * Moves sw.js and its Workbox runtime into the client output, from where the adapter copies them
 * to the site root. @vite-pwa/sveltekit 1.1 looks for them in "<outDir>/server", but with outDir
 * set, vite-plugin-pwa writes them to "<outDir>" itself. Without outDir, @vite-pwa/sveltekit would
 * read and delete files in .svelte-kit/output, another build's folder when MELDWIJZER_KIT_DIR is set.
 */
function moveServiceWorker(): Plugin {
	let ssr = false;
	return {
		name: 'meldwijzer:move-service-worker',
		apply: 'build',
		// Plugins with enforce 'pre' run their hooks first, in array order. Listed after
		// SvelteKitPWA, this closeBundle runs after the service worker is generated and before
		// SvelteKit's adapter copies the client output.
		enforce: 'pre',
		configResolved(config) {
			ssr = Boolean(config.build.ssr);
		},
		closeBundle: {
			sequential: true,
			handler() {
				if (!ssr) return;
				const output = join(kitDir, 'output');
				for (const file of readdirSync(output)) {
					if (file === 'sw.js' || /^workbox-.*\.js$/.test(file)) {
						renameSync(join(output, file), join(output, 'client', file));
					}
				}
			}
		}
	};
}

export default defineConfig({
	define: {
		__MELDWIJZER_VERSIE__: JSON.stringify(version)
	},
	plugins: [
		sveltekit(),
		SvelteKitPWA({
			registerType: 'prompt',
			injectRegister: false,
			strategies: 'generateSW',
			manifest,
			// The plugin writes sw.js here; moveServiceWorker puts it in place.
			outDir: `${kitDir}/output`,
			// Must match the trailingSlash export of src/routes/+layout.ts, so precache URLs are "/a/".
			// includeVersionFile precaches _app/version.json, which SvelteKit fetches after a failed
			// navigation to see whether a new version was deployed.
			kit: { trailingSlash: 'always', outDir: kitDir, includeVersionFile: true },
			workbox: {
				// The precache holds every page's data and the page shell (404.html), but the full HTML
				// of only a few pages: the home page, quick help, and the pages without a data file.
				// Other pages are rendered in the browser from the shell and their precached data
				// (see answerNavigation), which keeps the first download small on a phone.
				globPatterns: [
					'client/**/*.{js,css,ico,png,svg,webp,webmanifest}',
					'prerendered/dependencies/**/__data.json',
					'prerendered/pages/index.html',
					'prerendered/pages/{snel,dossiers,instellingen,dossier/uitvoering}/index.html'
				],
				additionalManifestEntries: [{ url: '/404.html', revision: buildId }],
				// Every precached URL is revisioned or hashed, so no query parameter selects a
				// different file: "?id=…" on a dossier step and SvelteKit's
				// "__data.json?x-sveltekit-invalidated=…" must hit the precache.
				ignoreURLParametersMatching: [/.*/],
				// Navigations the precache does not match go to answerNavigation instead.
				navigateFallback: null,
				cleanupOutdatedCaches: true,
				// On the first install the new service worker takes control of the open page, so the
				// first visit already loads its chunks through the precache. Later versions wait for
				// the user's choice in the update prompt (registerType 'prompt').
				clientsClaim: true,
				runtimeCaching: [
					{ urlPattern: isNavigation, handler: answerNavigation },
					{ urlPattern: isImmutableAsset, handler: 'CacheFirst', options: { cacheName: KEEP_CACHE } }
				]
			}
		}),
		moveServiceWorker()
	],
	test: {
		include: ['src/**/*.test.ts', 'tests/unit/**/*.test.ts'],
		environment: 'jsdom',
		setupFiles: ['tests/unit/setup.ts'],
		restoreMocks: true
	},
	resolve: process.env.VITEST ? { conditions: ['browser'] } : undefined
});
