import { content } from '$lib/server/content';
import { sectiePad } from '$lib/ui/content/paden';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => {
	const alles = content();
	const secties = new Map(alles.secties.map((sectie) => [sectie.id, sectie]));
	return {
		fasen: alles.fasen.map(({ nummer, titel, kort }) => ({ nummer, titel, kort })),
		tips: alles.tips.map((tip) => {
			const sectie = secties.get(tip.sectie);
			return {
				nummer: tip.nummer,
				fase: tip.fase,
				html: tip.html,
				bron: tip.bron,
				sectie: sectie && { titel: sectie.titel, href: sectiePad(sectie.fase, sectie.id) }
			};
		})
	};
};
