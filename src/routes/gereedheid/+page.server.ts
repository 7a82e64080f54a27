import { content } from '$lib/server/content';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => {
	const alles = content();
	const vragenset = alles.vragensets.gereedheid;
	if (!vragenset) throw new Error('content/vragen/gereedheid.json ontbreekt: de gereedheidscheck heeft die vragenset nodig.');
	const nummers = new Set(vragenset.vragen.flatMap((vraag) => vraag.tips ?? []));
	// The evaluation's "what was missing" options double as short names for the ten items.
	const ontbrak = alles.vragensets.evaluatie?.vragen.find((vraag) => vraag.id === 'evaluatie-fase0-ontbrak');
	return {
		vragenset,
		korteNamen: Object.fromEntries((ontbrak?.opties ?? []).map((optie) => [optie.waarde, optie.label])),
		tips: alles.tips
			.filter((tip) => nummers.has(tip.nummer))
			.map(({ nummer, html, bron }) => ({ nummer, html, bron }))
	};
};
