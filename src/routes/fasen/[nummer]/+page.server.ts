import { error } from '@sveltejs/kit';
import { content } from '$lib/server/content';
import { koppenOnder } from '$lib/server/koppen';
import { faseKort, ladder, tipsBijSectie } from '$lib/server/paginas';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () => content().fasen.map((fase) => ({ nummer: String(fase.nummer) }));

export const load: PageServerLoad = ({ params }) => {
	const alles = content();
	const fase = alles.fasen.find((item) => String(item.nummer) === params.nummer);
	if (!fase) error(404, `Fase ${params.nummer} bestaat niet. Kies fase 0, 1, 2 of 3.`);

	const secties = alles.secties
		.filter((sectie) => sectie.fase === fase.nummer)
		.map((sectie) => ({
			id: sectie.id,
			titel: sectie.titel,
			stap: sectie.stap,
			wetten: sectie.wetten,
			bron: sectie.bron,
			// Each section is an h2 on the page, so the headings inside its text start at h3.
			html: koppenOnder(sectie.html, 2),
			tips: tipsBijSectie(alles, sectie).map(({ nummer, html, bron }) => ({ nummer, html, bron }))
		}));

	return {
		fasen: alles.fasen.map(faseKort),
		fase: { ...faseKort(fase), html: koppenOnder(fase.html, 1), bron: fase.bron },
		secties,
		// Fase 2 carries out the chosen follow-up, so its page links every option on the ladder.
		ladder: fase.nummer === 2 ? ladder(alles) : []
	};
};
