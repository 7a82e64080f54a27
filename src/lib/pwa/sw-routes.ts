/**
 * Service worker routes that Workbox's generateSW cannot express as options. workbox-build
 * copies each function into sw.js with `Function.prototype.toString`, so a function here may use
 * only its arguments and service worker globals: no imports and no module-level values.
 */

/** Cache that keeps the running version's hashed assets after an update, filled by keep-assets.ts. */
export const KEEP_CACHE = 'meldwijzer-vorige-versie';

/** Matches page loads (navigations) that the precache route did not handle. */
export function isNavigation({ request }: { request: Request }): boolean {
	return request.mode === 'navigate';
}

/** Matches hashed build assets that the precache route did not handle. */
export function isImmutableAsset({ url }: { url: URL }): boolean {
	return url.pathname.startsWith('/_app/immutable/');
}

/**
 * Responds to a navigation that is not in the precache. "/a" redirects to "/a/" when that page is
 * precached, as the static host does. Anything else goes to the network, and when the network
 * fails it responds with the precached 404.html and status 404, so an unknown address never shows the
 * home page.
 */
export async function answerNavigation({
	request,
	url
}: {
	request: Request;
	url: URL;
}): Promise<Response> {
	if (!url.pathname.endsWith('/')) {
		const withSlash = new URL(`${url.pathname}/${url.search}`, url.origin);
		// Precache keys carry a __WB_REVISION__ parameter, hence ignoreSearch.
		const page = await caches.match(withSlash.pathname, { ignoreSearch: true });
		if (page) return Response.redirect(withSlash.href, 301);
	}
	try {
		return await fetch(request);
	} catch {
		const notFound = await caches.match('/404.html', { ignoreSearch: true });
		if (!notFound) return Response.error();
		return new Response(notFound.body, {
			status: 404,
			statusText: 'Not Found',
			headers: notFound.headers
		});
	}
}
