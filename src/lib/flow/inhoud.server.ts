/**
 * Build-time content for the flow pages: question sets, tips and the Fase 2 texts of the
 * follow-up options. Server load functions only.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { dev } from '$app/environment';
import type { Content, Vragenset } from '$lib/content/types';
import { Vragenset as VragensetSchema } from '$lib/content/schema';
import { content } from '$lib/server/content';
import type { Tips } from './types';

let fout: unknown;

/**
 * Returns all content, or undefined while content/ does not load yet.
 * TODO: the fallback exists while the tip, intervention and onderzoek files are still being
 * written; once content() loads on main, let its error fail the build instead.
 */
export function alleContent(): Content | undefined {
	if (fout) return undefined;
	try {
		return content();
	} catch (error) {
		fout = error;
		console.warn(`Content did not load; the flow pages fall back to content/vragen only: ${String(error)}`);
		if (!dev) console.warn('Tips and Fase 2 texts are missing from this build.');
		return undefined;
	}
}

/** Returns one question set, from the loaded content or else straight from its JSON file. */
export function vragenset(id: string): Vragenset {
	const set = alleContent()?.vragensets[id];
	if (set) return set;
	const bestand = join('content', 'vragen', `${id}.json`);
	return VragensetSchema.parse(JSON.parse(readFileSync(bestand, 'utf8')));
}

/** Returns the tips with these numbers that exist, keyed by number. */
export function tipsVoor(nummers: Iterable<number>): Tips {
	const gevraagd = new Set(nummers);
	const tips: Tips = {};
	for (const tip of alleContent()?.tips ?? []) {
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
