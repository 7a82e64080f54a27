import { error } from '@sveltejs/kit';
import { content } from '$lib/server/content';
import { koppenOnder } from '$lib/server/koppen';
import { ladder } from '$lib/server/paginas';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () => content().interventies.map(({ id }) => ({ id }));

export const load: PageServerLoad = ({ params }) => {
	const alles = content();
	const interventie = alles.interventies.find((item) => item.id === params.id);
	if (!interventie) error(404, `De interventie "${params.id}" bestaat niet.`);

	const tip = alles.tips.find((item) => item.nummer === interventie.tip);
	const casus = alles.casussen.find((item) => item.id === interventie.casus);
	return {
		interventie: {
			id: interventie.id,
			titel: interventie.titel,
			trede: interventie.trede,
			deelnemers: interventie.deelnemers,
			bron: interventie.bron,
			// The page gives each part and the casus an h2, so headings inside them start at h3.
			delen: interventie.delen.map((deel) => ({ kop: deel.kop, html: koppenOnder(deel.html, 2) }))
		},
		tip: tip && { nummer: tip.nummer, html: tip.html, bron: tip.bron },
		casus: casus && { titel: casus.titel, html: koppenOnder(casus.html, 2), bron: casus.bron },
		ladder: ladder(alles)
	};
};
