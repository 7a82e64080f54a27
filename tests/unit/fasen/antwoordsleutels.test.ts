import { describe, expect, it } from 'vitest';
import { loadContent } from '../../../src/lib/content/load';
import type { Vraag } from '../../../src/lib/content/types';
import { AFSPRAKEN_ANTWOORD } from '../../../src/lib/nazorg/afspraken';
import { UITVOERING_CHECKLISTS } from '../../../src/lib/uitvoering/checklists';

const content = loadContent('content');

function vraagIds(vragen: Vraag[]): string[] {
	return vragen.flatMap((vraag) => [vraag.id, ...vraagIds(vraag.sub ?? [])]);
}

describe('answer keys of the phase pages', () => {
	// Checklist progress and agreements share the dossier's answers with the question sets.
	const vragen = new Set(Object.values(content.vragensets).flatMap((set) => vraagIds(set.vragen)));

	it('never reuse a question id', () => {
		const sleutels = [AFSPRAKEN_ANTWOORD, ...Object.keys(content.checklists)];
		for (const sleutel of sleutels) expect(vragen.has(sleutel), sleutel).toBe(false);
	});

	it('bundle the same checklists the loader validates', () => {
		for (const checklist of Object.values(UITVOERING_CHECKLISTS)) {
			expect(content.checklists[checklist.id]).toEqual(checklist);
		}
	});
});
