import { alleContent, tipNummers, tipsVoor, vragenset } from '$lib/flow/inhoud.server';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => {
	const set = vragenset('dossier');
	return { set, contentVersie: alleContent().handreiking.contentVersie, tips: tipsVoor(tipNummers(set)) };
};
