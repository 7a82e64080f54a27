/**
 * Registers the service worker and tracks whether a new version is waiting. The page reloads only
 * when its own user chooses "Herladen": other open tabs show the same prompt and keep running.
 */
import { dev } from '$app/environment';
import { registerSW } from 'virtual:pwa-register';
import { keepRunningAssets } from './keep-assets';

// Browsers also check on every navigation. The interval covers a tab that stays open for hours.
const UPDATE_CHECK_INTERVAL_MS = 60 * 60 * 1000;

/** Service worker state that the layout shows. */
export const serviceWorker = $state({ updateReady: false });

let registration: ServiceWorkerRegistration | undefined;

/** Registers sw.js. Call once, from the root layout's onMount. */
export function startServiceWorker(): void {
	// `vite dev` serves no sw.js, because the plugin's devOptions are off.
	if (dev) return;
	registerSW({
		immediate: true,
		onNeedRefresh() {
			serviceWorker.updateReady = true;
		},
		// Without this callback vite-plugin-pwa reloads every tab when the new service worker
		// takes control, also tabs whose user did not choose to reload.
		onNeedReload() {},
		onRegisteredSW(_url, registered) {
			registration = registered;
			setInterval(checkForUpdate, UPDATE_CHECK_INTERVAL_MS);
		},
		onRegisterError(error: unknown) {
			console.warn(
				'Meldwijzer: registering the service worker failed, so offline use is not available.',
				error
			);
		}
	});
}

/** Asks the browser to fetch sw.js again. A changed file starts the update. */
export async function checkForUpdate(): Promise<void> {
	if (!registration || !navigator.onLine) return;
	try {
		await registration.update();
	} catch {
		// A failed check is retried at the next interval or navigation.
	}
}

/**
 * Activates the waiting version and reloads this tab once it controls the page. When another tab
 * has already activated it, this tab only reloads.
 */
export async function applyUpdate(): Promise<void> {
	const waiting = registration?.waiting;
	if (!waiting) {
		location.reload();
		return;
	}
	try {
		await keepRunningAssets();
	} catch (error) {
		// The update goes ahead: only other tabs that still run this version lose their chunks.
		console.warn('Meldwijzer: keeping the running version’s assets failed.', error);
	}
	navigator.serviceWorker.addEventListener('controllerchange', () => location.reload(), {
		once: true
	});
	// Workbox's generated service worker calls skipWaiting() when it receives this message.
	waiting.postMessage({ type: 'SKIP_WAITING' });
}

/** Hides the prompt in this tab. It returns on the next page load while the update still waits. */
export function postponeUpdate(): void {
	serviceWorker.updateReady = false;
}
