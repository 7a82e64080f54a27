import type { Bron } from '$lib/content/types';

/** Formats where an item comes from in the handreiking, such as "Fase 1, stap 2, tip 21". */
export function bronLabel(bron: Bron): string {
	const delen = [`Fase ${bron.fase}`];
	if (bron.stap !== undefined) delen.push(`stap ${bron.stap}`);
	if (bron.tip !== undefined) delen.push(`tip ${bron.tip}`);
	return delen.join(', ');
}
