import { content } from '$lib/server/content';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => {
	const { vragensets, casussen, handreiking } = content();
	return {
		vragensets,
		contentVersie: handreiking.contentVersie,
		casussen: casussen.map(({ id, titel, html, interventie, herkomst }) => ({ id, titel, html, interventie, herkomst }))
	};
};
