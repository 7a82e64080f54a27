/** The loaded content, read once per build. Import only from +page.server.ts and +layout.server.ts. */
import { loadContent } from '$lib/content/load';
import type { Content } from '$lib/content/types';

let cached: Content | undefined;

/** Returns all content, loading and validating it on first use. */
export function content(): Content {
	cached ??= loadContent();
	return cached;
}
