import { content } from '$lib/server/content';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => {
	const { casussen, handreiking } = content();
	return {
		contentVersie: handreiking.contentVersie,
		casussen: casussen.map(({ id, titel, html, interventie, herkomst, antwoorden }) => ({
			id,
			titel,
			html,
			interventie,
			herkomst,
			antwoorden
		}))
	};
};
