import { content } from '$lib/server/content';
import { koppenOnder } from '$lib/server/koppen';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => {
	const { handreiking, inleiding } = content();
	const tekst = (id: 'voorwoord' | 'inleiding') => {
		const item = inleiding.find((deel) => deel.id === id);
		// Each text sits under an h2 on the page, so its own headings start at h3.
		return item && { titel: item.titel, html: koppenOnder(item.html, 2), bron: item.bron };
	};
	return { handreiking, voorwoord: tekst('voorwoord'), inleiding: tekst('inleiding') };
};
