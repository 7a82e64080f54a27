import { readFileSync } from 'node:fs';
import { tipNummers, tipsVoor, vragenset } from '$lib/flow/inhoud.server';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => {
	const set = vragenset('dossier');
	const { contentVersie } = JSON.parse(readFileSync('content/handreiking.json', 'utf8')) as { contentVersie: number };
	return { set, contentVersie, tips: tipsVoor(tipNummers(set)) };
};
