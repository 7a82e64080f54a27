import { vragenset } from '$lib/flow/inhoud.server';
import { STAPPEN } from '$lib/flow/stappen';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => ({
	sets: STAPPEN.filter((stap) => stap.soort === 'vragen').map((stap) => vragenset(stap.id))
});
