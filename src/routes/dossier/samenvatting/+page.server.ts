import { alleContent, tipsVoor, vragenset } from '$lib/flow/inhoud.server';
import { STAPPEN } from '$lib/flow/stappen';
import type { VervolgStappen } from '$lib/flow/types';
import type { PageServerLoad } from './$types';

/** Collects the Fase 2 steps of every follow-up option from the intervention, onderzoek and checklist content. */
function vervolgStappen(): Record<string, VervolgStappen> {
	const content = alleContent();
	const opties = [
		...content.interventies.map((item) => ({ id: item.id, titel: item.titel, stappen: [] as string[] })),
		...content.onderzoeken.map((item) => ({
			id: item.id,
			titel: item.titel,
			stappen: item.stappen.map((stap) => `Stap ${stap.nummer}: ${stap.titel}`)
		}))
	];
	return Object.fromEntries(
		opties.map((optie) => {
			const checklist = content.checklists[`uitvoering-${optie.id}`];
			return [optie.id, { ...optie, punten: checklist?.items.map((item) => item.tekst) ?? [] }];
		})
	);
}

export const load: PageServerLoad = () => ({
	sets: STAPPEN.filter((stap) => stap.soort === 'vragen').map((stap) => vragenset(stap.id)),
	tips: tipsVoor(Array.from({ length: 29 }, (_, index) => index + 1)),
	vervolg: vervolgStappen()
});
