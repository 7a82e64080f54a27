/// <reference types="@vite-pwa/sveltekit" />
/// <reference types="vite-plugin-pwa/info" />
/// <reference types="vite-plugin-pwa/svelte" />
/// <reference types="vite-plugin-pwa/vanillajs" />

declare global {
	namespace App {}

	/** The app version shown in the footer, set by `define` in vite.config.ts. */
	const __MELDWIJZER_VERSIE__: string;
}

export {};
