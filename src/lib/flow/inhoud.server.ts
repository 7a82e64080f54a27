/**
 * Build-time content for the flow pages: question sets, tips and the Fase 2 texts of the
 * follow-up options. Server load functions only.
 */
import type { Content, Vragenset } from '$lib/content/types';
import { content } from '$lib/server/content';
import type { Tips } from './types';

/** Returns all content; a content file that does not validate fails the build here. */
export function alleContent(): Content {
	return content();
}

/** Returns one question set, or throws naming the missing set id. */
export function vragenset(id: string): Vragenset {
	const set = content().vragensets[id];
	if (!set) throw new Error(`Question set "${id}" not found in content/vragen; add content/vragen/${id}.json`);
	return set;
}

/** Returns the tips with these numbers that exist, keyed by number. */
export function tipsVoor(nummers: Iterable<number>): Tips {
	const gevraagd = new Set(nummers);
	const tips: Tips = {};
	for (const tip of content().tips) {
		if (gevraagd.has(tip.nummer)) tips[tip.nummer] = { nummer: tip.nummer, html: tip.html, bron: tip.bron };
	}
	return tips;
}

/** Collects the tip numbers a set names, for itself and for each of its questions. */
export function tipNummers(set: Vragenset): number[] {
	const nummers = new Set<number>(set.tips);
	const bezoek = (vragen: Vragenset['vragen']) => {
		for (const vraag of vragen) {
			vraag.tips?.forEach((nummer) => nummers.add(nummer));
			bezoek(vraag.sub ?? []);
		}
	};
	bezoek(set.vragen);
	return [...nummers].sort((a, b) => a - b);
}
