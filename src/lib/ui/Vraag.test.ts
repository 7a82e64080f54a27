import { cleanup, fireEvent, render, screen, within } from '@testing-library/svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Vraag as VraagType } from '$lib/content/types';
import type { Antwoorden } from '$lib/opslag/types';
import Vraag from './Vraag.svelte';

const bron = { fase: 1, kop: 'Test' };

function vraag(deel: Partial<VraagType> & Pick<VraagType, 'id' | 'soort'>): VraagType {
	return { tekst: `Vraag ${deel.id}`, bron, ...deel };
}

function toon(item: VraagType, antwoorden: Antwoorden = {}, extra: Record<string, unknown> = {}) {
	const onwijzig = vi.fn();
	const onongeldig = vi.fn();
	render(Vraag, { vraag: item, antwoorden, onwijzig, onongeldig, ...extra });
	return { onwijzig, onongeldig };
}

afterEach(() => cleanup());

describe('Vraag renders each soort', () => {
	it('renders tekst as a labelled text field', async () => {
		const { onwijzig } = toon(vraag({ id: 'naam', soort: 'tekst', hulp: 'Gebruik initialen.' }), { naam: 'A.B.' });
		const veld = screen.getByRole('textbox', { name: 'Vraag naam' });
		expect(veld).toHaveValue('A.B.');
		expect(veld).toHaveAccessibleDescription('Gebruik initialen.');
		await fireEvent.input(veld, { target: { value: 'C.D.' } });
		expect(onwijzig).toHaveBeenCalledWith('naam', 'C.D.', { uitstel: true });
	});

	it('renders lang as a textarea', () => {
		toon(vraag({ id: 'verhaal', soort: 'lang' }));
		expect(screen.getByRole('textbox', { name: 'Vraag verhaal' }).tagName).toBe('TEXTAREA');
	});

	it('renders datum as a date field', async () => {
		const { onwijzig } = toon(vraag({ id: 'op', soort: 'datum' }));
		const veld = screen.getByLabelText('Vraag op');
		expect(veld).toHaveAttribute('type', 'date');
		await fireEvent.input(veld, { target: { value: '2026-03-14' } });
		expect(onwijzig).toHaveBeenCalledWith('op', '2026-03-14');
	});

	it('renders getal as a numeric text field', async () => {
		const { onwijzig, onongeldig } = toon(vraag({ id: 'aantal', soort: 'getal' }));
		const veld = screen.getByRole('textbox', { name: 'Vraag aantal' });
		expect(veld).toHaveAttribute('inputmode', 'numeric');
		await fireEvent.input(veld, { target: { value: '12' } });
		expect(onwijzig).toHaveBeenLastCalledWith('aantal', 12, { uitstel: true });
		await fireEvent.input(veld, { target: { value: 'twaalf' } });
		expect(onongeldig).toHaveBeenLastCalledWith('aantal', true);
		expect(onwijzig).toHaveBeenCalledTimes(1);
	});

	it('renders janee as a fieldset with Ja and Nee', async () => {
		const { onwijzig } = toon(vraag({ id: 'anoniem', soort: 'janee' }), { anoniem: 'nee' });
		const groep = screen.getByRole('group', { name: 'Vraag anoniem' });
		expect(within(groep).getByRole('radio', { name: 'Nee' })).toBeChecked();
		await fireEvent.click(within(groep).getByRole('radio', { name: 'Ja' }));
		expect(onwijzig).toHaveBeenCalledWith('anoniem', 'ja');
		expect(within(groep).queryByRole('radio', { name: 'Weet ik niet' })).toBeNull();
	});

	it('renders keuze options with their uitleg', () => {
		toon(
			vraag({
				id: 'soort',
				soort: 'keuze',
				opties: [
					{ waarde: 'melding', label: 'Een melding', uitleg: 'Iemand spreekt zich gericht uit.' },
					{ waarde: 'signaal', label: 'Een signaal' }
				]
			})
		);
		const groep = screen.getByRole('group', { name: 'Vraag soort' });
		expect(within(groep).getByRole('radio', { name: 'Een melding' })).toHaveAccessibleDescription(
			'Iemand spreekt zich gericht uit.'
		);
		expect(within(groep).getAllByRole('radio')).toHaveLength(2);
	});

	it('renders meerkeuze as checkboxes and keeps option order', async () => {
		const opties = [
			{ waarde: 'a', label: 'Optie A' },
			{ waarde: 'b', label: 'Optie B' }
		];
		const { onwijzig } = toon(vraag({ id: 'keuzes', soort: 'meerkeuze', opties }), { keuzes: ['b'] });
		expect(screen.getByRole('checkbox', { name: 'Optie B' })).toBeChecked();
		await fireEvent.click(screen.getByRole('checkbox', { name: 'Optie A' }));
		expect(onwijzig).toHaveBeenCalledWith('keuzes', ['a', 'b']);
	});

	it('renders vink as one checkbox holding a boolean', async () => {
		const { onwijzig } = toon(vraag({ id: 'akkoord', soort: 'vink' }));
		await fireEvent.click(screen.getByRole('checkbox', { name: 'Vraag akkoord' }));
		expect(onwijzig).toHaveBeenCalledWith('akkoord', true);
	});

	it('renders groep as a heading over its numbered sub-questions', () => {
		toon(
			vraag({
				id: 'situatie-1',
				nummer: '1',
				soort: 'groep',
				tekst: 'Wat is de inhoud?',
				sub: [vraag({ id: 'situatie-1a', nummer: '1a', soort: 'lang', tekst: 'Wie is de melder?' })]
			})
		);
		expect(screen.getByRole('heading', { level: 2, name: '1. Wat is de inhoud?' })).toBeInTheDocument();
		expect(screen.getByRole('textbox', { name: '1a. Wie is de melder?' })).toBeInTheDocument();
	});

	it('marks a required question and shows its inline error', () => {
		toon(vraag({ id: 'label', soort: 'tekst', verplicht: true }), {}, { fouten: { label: 'Vul een naam in' } });
		const veld = screen.getByRole('textbox', { name: /Vraag label \(verplicht\)/ });
		expect(veld).toHaveAttribute('aria-invalid', 'true');
		expect(veld).toHaveAccessibleDescription('Fout: Vul een naam in');
	});

	it('hides a follow-up question until its condition holds', () => {
		const sub = [vraag({ id: 'beslisser-plaatsvervanger', soort: 'tekst', tekst: 'Wie neemt het over?' })];
		const ouder = vraag({ id: 'beslisser-betrokkenheid', soort: 'keuze', opties: [{ waarde: 'direct', label: 'Direct' }], sub });
		toon(ouder, { 'beslisser-betrokkenheid': 'geen' });
		expect(screen.queryByRole('textbox', { name: 'Wie neemt het over?' })).toBeNull();
		cleanup();
		toon(ouder, { 'beslisser-betrokkenheid': 'direct' });
		expect(screen.getByRole('textbox', { name: 'Wie neemt het over?' })).toBeInTheDocument();
	});
});

describe('Vraag offers Weet ik niet', () => {
	it('stores onbekend for a closed question', async () => {
		const { onwijzig } = toon(vraag({ id: 'strafbaar', soort: 'janee', weetIkNiet: true }));
		await fireEvent.click(screen.getByRole('radio', { name: 'Weet ik niet' }));
		expect(onwijzig).toHaveBeenCalledWith('strafbaar', 'onbekend');
	});

	it('shows a stored onbekend as checked', () => {
		toon(vraag({ id: 'strafbaar', soort: 'janee', weetIkNiet: true }), { strafbaar: 'onbekend' });
		expect(screen.getByRole('radio', { name: 'Weet ik niet' })).toBeChecked();
		expect(screen.getByRole('radio', { name: 'Ja' })).not.toBeChecked();
	});

	it('makes Weet ik niet exclusive in a multiple choice', async () => {
		const opties = [{ waarde: 'leren', label: 'Leren' }];
		const { onwijzig } = toon(vraag({ id: 'doel', soort: 'meerkeuze', weetIkNiet: true, opties }), { doel: ['leren'] });
		await fireEvent.click(screen.getByRole('checkbox', { name: 'Weet ik niet' }));
		expect(onwijzig).toHaveBeenCalledWith('doel', 'onbekend');
	});

	it('clears Weet ik niet when an option is chosen', async () => {
		const opties = [{ waarde: 'leren', label: 'Leren' }];
		const { onwijzig } = toon(vraag({ id: 'doel', soort: 'meerkeuze', weetIkNiet: true, opties }), { doel: 'onbekend' });
		expect(screen.getByRole('checkbox', { name: 'Weet ik niet' })).toBeChecked();
		await fireEvent.click(screen.getByRole('checkbox', { name: 'Leren' }));
		expect(onwijzig).toHaveBeenCalledWith('doel', ['leren']);
	});

	it('makes the option geen exclusive', async () => {
		const opties = [
			{ waarde: 'vrijstelling', label: 'Vrijstelling' },
			{ waarde: 'geen', label: 'Geen maatregelen' }
		];
		const { onwijzig } = toon(vraag({ id: 'maatregelen', soort: 'meerkeuze', opties }), { maatregelen: ['vrijstelling'] });
		await fireEvent.click(screen.getByRole('checkbox', { name: 'Geen maatregelen' }));
		expect(onwijzig).toHaveBeenCalledWith('maatregelen', ['geen']);
	});

	it('leaves Weet ik niet out where the content does not allow it', () => {
		toon(vraag({ id: 'label', soort: 'keuze', opties: [{ waarde: 'a', label: 'A' }] }));
		expect(screen.queryByText('Weet ik niet')).toBeNull();
	});
});
