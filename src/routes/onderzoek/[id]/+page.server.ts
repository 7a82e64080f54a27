import { error } from '@sveltejs/kit';
import { content } from '$lib/server/content';
import { koppenOnder } from '$lib/server/koppen';
import { ladder } from '$lib/server/paginas';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () => content().onderzoeken.map(({ id }) => ({ id }));

export const load: PageServerLoad = ({ params }) => {
	const alles = content();
	const onderzoek = alles.onderzoeken.find((item) => item.id === params.id);
	if (!onderzoek) error(404, `Het onderzoek "${params.id}" bestaat niet.`);

	return {
		onderzoek: {
			id: onderzoek.id,
			titel: onderzoek.titel,
			trede: onderzoek.trede,
			protocol: onderzoek.protocol,
			bron: onderzoek.bron,
			introHtml: koppenOnder(onderzoek.introHtml, 1),
			// Each step is an h3 under the h2 "De vijf stappen", so its own headings start at h4.
			stappen: onderzoek.stappen.map((stap) => ({ ...stap, html: koppenOnder(stap.html, 3) }))
		},
		ladder: ladder(alles)
	};
};
