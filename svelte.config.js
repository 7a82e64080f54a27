import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		// MELDWIJZER_BUILD and MELDWIJZER_KIT_DIR let parallel builds (tests, benchmarks) use their own folders.
		adapter: adapter({
			pages: process.env.MELDWIJZER_BUILD ?? 'build',
			assets: process.env.MELDWIJZER_BUILD ?? 'build',
			fallback: '404.html',
			strict: true
		}),
		outDir: process.env.MELDWIJZER_KIT_DIR ?? '.svelte-kit',
		// Absolute asset paths, so a page the service worker serves for another URL still finds them.
		paths: { relative: false },
		prerender: {
			handleHttpError: 'fail',
			handleMissingId: 'fail'
		},
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self'],
				'style-src': ['self', 'unsafe-inline'],
				'img-src': ['self', 'data:', 'blob:'],
				'font-src': ['self'],
				'connect-src': ['self'],
				'worker-src': ['self'],
				'manifest-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self'],
				// Prerendered pages carry the policy in a <meta http-equiv> tag, where browsers ignore
				// frame-ancestors, so SvelteKit leaves it out there. It applies only if a host sends this
				// policy as a response header.
				'frame-ancestors': ['none']
			}
		}
	}
};

export default config;
