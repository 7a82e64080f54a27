import { error } from '@sveltejs/kit';
import { tipNummers, tipsVoor, vragenset } from '$lib/flow/inhoud.server';
import { STAPPEN, vindStap } from '$lib/flow/stappen';
import type { EntryGenerator, PageServerLoad } from './$types';

/** Every step is prerendered as an empty shell; the dossier id is read in the browser. */
export const entries: EntryGenerator = () => STAPPEN.map((stap) => ({ stap: stap.id }));

/** Tips that the step notices in StapMeldingen show: 14 for a signaal or anonymous report, 21 for a serious situation. */
const MELDINGSTIPS = [14, 21];

const ALLE_SETS = STAPPEN.filter((stap) => stap.soort === 'vragen').map((stap) => stap.id);

export const load: PageServerLoad = ({ params }) => {
	const stap = vindStap(params.stap);
	if (!stap) error(404, `Onbekende stap: ${params.stap}`);
	if (stap.soort === 'vragen') {
		const set = vragenset(stap.id);
		return { stap, set, sets: [], tips: tipsVoor([...tipNummers(set), ...MELDINGSTIPS]) };
	}
	const sets = ALLE_SETS.map(vragenset);
	const tips = stap.soort === 'advies' ? tipsVoor(Array.from({ length: 29 }, (_, index) => index + 1)) : {};
	return { stap, set: undefined, sets, tips };
};
