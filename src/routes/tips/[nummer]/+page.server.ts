import { error } from '@sveltejs/kit';
import { content } from '$lib/server/content';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () => content().tips.map((tip) => ({ nummer: String(tip.nummer) }));

export const load: PageServerLoad = ({ params }) => {
	const alles = content();
	const index = alles.tips.findIndex((item) => String(item.nummer) === params.nummer);
	const tip = alles.tips[index];
	if (!tip) error(404, `Tip ${params.nummer} bestaat niet. De handreiking heeft tip 1 tot en met 29.`);

	const sectie = alles.secties.find((item) => item.id === tip.sectie);
	const fase = alles.fasen.find((item) => item.nummer === tip.fase);
	return {
		tip: { nummer: tip.nummer, html: tip.html, bron: tip.bron },
		fase: fase && { nummer: fase.nummer, titel: fase.titel },
		sectie: sectie && { id: sectie.id, titel: sectie.titel, fase: sectie.fase, stap: sectie.stap },
		vorige: alles.tips[index - 1]?.nummer,
		volgende: alles.tips[index + 1]?.nummer,
		totaal: alles.tips.length
	};
};
