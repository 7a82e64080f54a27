import { content } from '$lib/server/content';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => ({
	begrippen: content().begrippen.map(({ id, term, html, bron }) => ({ id, term, html, bron }))
});
