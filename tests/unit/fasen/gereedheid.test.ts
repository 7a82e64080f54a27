import { cleanup, render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Gereedheid } from '../../../src/lib/advies/types';
import { adviseer } from '../../../src/lib/advies/advies';
import { loadContent } from '../../../src/lib/content/load';
import { getSetting, saveSetting } from '../../../src/lib/opslag/dossiers';
import { useFreshDatabase } from '../../../src/lib/opslag/testhulp';
import GereedheidCheck from '../../../src/routes/gereedheid/GereedheidCheck.svelte';
import { GEREEDHEID_IDS, maakActielijst } from '../../../src/routes/gereedheid/actielijst';

const content = loadContent('content');
const vragenset = content.vragensets.gereedheid!;
const korteNamen = Object.fromEntries(
	content.vragensets.evaluatie!.vragen.find((vraag) => vraag.id === 'evaluatie-fase0-ontbrak')!.opties!.map((optie) => [optie.waarde, optie.label])
);
const tips = content.tips.map(({ nummer, html, bron }) => ({ nummer, html, bron }));

function alles(waarde: 'ja' | 'nee'): Gereedheid {
	return Object.fromEntries(GEREEDHEID_IDS.map((id) => [id, waarde]));
}

beforeEach(() => {
	useFreshDatabase();
});
afterEach(() => cleanup());

describe('gereedheid question set', () => {
	it('asks exactly the ten ids the advice reads', () => {
		expect(vragenset.vragen.map((vraag) => vraag.id).sort()).toEqual([...GEREEDHEID_IDS].sort());
	});

	it('has a short name for every item', () => {
		for (const id of GEREEDHEID_IDS) expect(korteNamen[id]).toBeTruthy();
	});
});

describe('maakActielijst', () => {
	it('puts nee before onbekend before deels', () => {
		const lijst = maakActielijst({
			...alles('ja'),
			'gereed-rie': 'deels',
			'gereed-medezeggenschap': 'nee',
			'gereed-gedragscode': 'onbekend',
			'gereed-vertrouwenspersoon': 'nee'
		});
		expect(lijst.map((punt) => punt.id)).toEqual([
			'gereed-vertrouwenspersoon',
			'gereed-medezeggenschap',
			'gereed-gedragscode',
			'gereed-rie'
		]);
	});

	it('puts the legal duties first within a group', () => {
		const lijst = maakActielijst(alles('nee'));
		expect(lijst[0]?.id).toBe('gereed-rie');
		expect(lijst[1]?.id).toBe('gereed-voorlichting');
		expect(lijst).toHaveLength(10);
	});

	it('counts an unanswered item as onbekend', () => {
		const { 'gereed-beslistafel': _weg, ...rest } = alles('ja');
		const lijst = maakActielijst(rest);
		expect(lijst).toEqual([{ id: 'gereed-beslistafel', waarde: 'onbekend', beantwoord: false }]);
	});
});

describe('GereedheidCheck', () => {
	it('gives every item a fieldset with four choices', async () => {
		render(GereedheidCheck, { vragenset, tips, korteNamen });
		// The first test opens the storage module, which can take a few seconds in jsdom.
		await waitFor(() => expect(screen.getAllByRole('radio')[0]).toBeEnabled(), { timeout: 8000 });
		const groepen = screen.getAllByRole('group');
		expect(groepen).toHaveLength(10);
		for (const groep of groepen) {
			expect(within(groep).getAllByRole('radio').map((radio) => (radio as HTMLInputElement).value)).toEqual([
				'ja',
				'deels',
				'nee',
				'onbekend'
			]);
		}
		expect(within(groepen[0]!).getByRole('radio', { name: 'Weet ik niet' })).toBeInTheDocument();
	});

	it('saves answers in the Gereedheid shape', async () => {
		const user = userEvent.setup();
		render(GereedheidCheck, { vragenset, tips, korteNamen });
		const rie = screen.getByRole('group', { name: /RI&E/ });
		await waitFor(() => expect(within(rie).getByRole('radio', { name: 'Nee' })).toBeEnabled(), { timeout: 8000 });
		await user.click(within(rie).getByRole('radio', { name: 'Nee' }));
		const vp = screen.getByRole('group', { name: /vertrouwenspersoon/ });
		await user.click(within(vp).getByRole('radio', { name: 'Weet ik niet' }));
		await waitFor(async () =>
			expect(await getSetting('gereedheid')).toEqual({ 'gereed-rie': 'nee', 'gereed-vertrouwenspersoon': 'onbekend' })
		);
	});

	it('shows the to-do list in order with tips and law', async () => {
		await saveSetting('gereedheid', {
			...alles('ja'),
			'gereed-klachtenregeling': 'nee',
			'gereed-voorlichting': 'deels',
			'gereed-beslistafel': 'nee'
		});
		render(GereedheidCheck, { vragenset, tips, korteNamen });
		await waitFor(() => expect(document.querySelectorAll('.actielijst > li')).toHaveLength(3));
		const punten = [...document.querySelectorAll<HTMLElement>('.actielijst > li')];
		expect(punten.map((punt) => punt.dataset.id)).toEqual([
			'gereed-beslistafel',
			'gereed-klachtenregeling',
			'gereed-voorlichting'
		]);
		expect(within(punten[0]!).getByRole('heading', { name: 'Tip 12' })).toBeInTheDocument();
		expect(within(punten[2]!).getByRole('link', { name: /Arbeidsomstandighedenbesluit, artikel 2\.15/ })).toBeInTheDocument();
		expect(within(punten[2]!).getByText('Deels geregeld')).toBeInTheDocument();
	});
});

describe('readiness in the advice', () => {
	it('recommends a structuuronderzoek for a RI&E gap', async () => {
		await saveSetting('gereedheid', { ...alles('ja'), 'gereed-rie': 'nee' });
		const gereedheid = (await getSetting<Gereedheid>('gereedheid'))!;
		const met = adviseer({}, gereedheid).opties.find((optie) => optie.optie === 'structuuronderzoek');
		const zonder = adviseer({}, alles('ja')).opties.find((optie) => optie.optie === 'structuuronderzoek');
		expect(met?.status).toBe('aanbevolen');
		expect(met?.redenen.map((reden) => reden.regel)).toContain('structuur-gereed-rie');
		expect(zonder?.redenen.map((reden) => reden.regel)).not.toContain('structuur-gereed-rie');
	});

	it('adds an action when the vertrouwenspersoon is missing', () => {
		expect(adviseer({}, { ...alles('ja'), 'gereed-vertrouwenspersoon': 'nee' }).acties.map((actie) => actie.id)).toContain(
			'vertrouwenspersoon-regelen'
		);
		expect(adviseer({}, alles('ja')).acties.map((actie) => actie.id)).not.toContain('vertrouwenspersoon-regelen');
	});
});
