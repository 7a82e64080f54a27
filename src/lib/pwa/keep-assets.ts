import { KEEP_CACHE } from './sw-routes';

// Workbox 7 names its precache "workbox-precache-v2-<scope>".
const PRECACHE_NAME_PART = '-precache-';

/**
 * Copies the hashed build assets in the precache to KEEP_CACHE. The new service worker deletes the
 * old version's files from its precache when it activates, while other open tabs still run the old
 * version and load its route chunks lazily. The service worker's CacheFirst route for
 * /_app/immutable/ serves those requests from this copy. Each call replaces the previous copy, so
 * the copy holds at most the two versions that exist at the time of an update.
 */
export async function keepRunningAssets(): Promise<void> {
	const precacheNames = (await caches.keys()).filter((name) => name.includes(PRECACHE_NAME_PART));
	await caches.delete(KEEP_CACHE);
	const keep = await caches.open(KEEP_CACHE);
	for (const name of precacheNames) {
		const precache = await caches.open(name);
		for (const request of await precache.keys()) {
			if (!new URL(request.url).pathname.startsWith('/_app/immutable/')) continue;
			const response = await precache.match(request);
			if (response) await keep.put(request, response);
		}
	}
}
