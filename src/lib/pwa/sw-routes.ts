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
 * Responds to a navigation that the precache route did not answer, which is every page whose HTML
 * is not precached. "/a" redirects to "/a/" when that page exists, as the static host does. A page
 * whose data file is precached gets the precached page shell (404.html, which boots the SvelteKit
 * router) with status 200, so the page renders in the browser from the same build as the precached
 * scripts, online and offline. Anything else goes to the network, and when the network fails it
 * gets the shell with status 404, whose router shows the not-found page: never the home page.
 */
export async function answerNavigation({
	request,
	url
}: {
	request: Request;
	url: URL;
}): Promise<Response> {
	// Precache keys carry a __WB_REVISION__ parameter, hence ignoreSearch.
	const isPage = async (path: string) =>
		Boolean(
			(await caches.match(path, { ignoreSearch: true })) ??
				(await caches.match(`${path}__data.json`, { ignoreSearch: true }))
		);
	const shell = async (status: number) => {
		const page = await caches.match('/404.html', { ignoreSearch: true });
		if (!page) return undefined;
		return new Response(page.body, {
			status,
			statusText: status === 200 ? 'OK' : 'Not Found',
			headers: page.headers
		});
	};
	if (!url.pathname.endsWith('/')) {
		if (await isPage(`${url.pathname}/`)) {
			return Response.redirect(new URL(`${url.pathname}/${url.search}`, url.origin).href, 301);
		}
	} else if (await caches.match(`${url.pathname}__data.json`, { ignoreSearch: true })) {
		const page = await shell(200);
		if (page) return page;
	}
	try {
		return await fetch(request);
	} catch {
		return (await shell(404)) ?? Response.error();
	}
}
