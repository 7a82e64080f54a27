import { content } from '$lib/server/content';
import type { PageServerLoad } from './$types';

const CHECKLISTS = ['nazorg-melder', 'nazorg-beschuldigde', 'nazorg-team'];

export const load: PageServerLoad = () => {
	const { checklists, vragensets } = content();
	const evaluatie = vragensets.evaluatie;
	if (!evaluatie) throw new Error('content/vragen/evaluatie.json ontbreekt: de nazorg heeft die vragenset nodig.');
	return {
		evaluatie,
		checklists: CHECKLISTS.map((id) => {
			const checklist = checklists[id];
			if (!checklist) throw new Error(`content/checklists/${id}.json ontbreekt: de nazorg heeft die lijst nodig.`);
			return checklist;
		})
	};
};
