import { content } from '$lib/server/content';
import type { PageServerLoad } from './$types';

/** The quick-help sections, in reading order. */
const SECTIES = ['snel-eerst', 'snel-gesprek', 'snel-vertrouwelijk', 'snel-betrekken'];

export const load: PageServerLoad = () => {
	const { checklists } = content();
	return {
		secties: SECTIES.map((id) => {
			const checklist = checklists[id];
			if (!checklist) throw new Error(`content/checklists/${id}.json ontbreekt: de snelle hulp heeft die lijst nodig.`);
			return checklist;
		})
	};
};
