import { cleanup, render, screen, within } from '@testing-library/svelte';
import { afterEach, describe, expect, it } from 'vitest';
import Bronvermelding from '../../src/lib/ui/content/Bronvermelding.svelte';
import Ladder from '../../src/lib/ui/content/Ladder.svelte';
import TipKaart from '../../src/lib/ui/content/TipKaart.svelte';
import type { Trede } from '../../src/lib/ui/content/types';

afterEach(() => cleanup());

const BRON = { fase: 1, stap: 2, tip: 21, kop: 'Tijdelijke maatregelen' };

describe('Bronvermelding', () => {
	it('shows phase, step, tip and heading', () => {
		const { container } = render(Bronvermelding, { bron: BRON });
		expect(container.textContent?.replace(/\s+/g, ' ').trim()).toBe('Bron: Fase 1, stap 2, tip 21, “Tijdelijke maatregelen”');
	});

	it('links the reference when given an address', () => {
		render(Bronvermelding, { bron: BRON, href: '/fasen/1/', metKop: false });
		expect(screen.getByRole('link', { name: 'Fase 1, stap 2, tip 21' })).toHaveAttribute('href', '/fasen/1/');
		expect(screen.queryByText(/Tijdelijke maatregelen/)).toBeNull();
	});
});

describe('TipKaart', () => {
	const tip = { nummer: 21, html: '<p>Handel meteen.</p>', bron: BRON };

	it('links the heading to the tip page', () => {
		render(TipKaart, { tip, kopNiveau: 2 });
		const kop = screen.getByRole('heading', { level: 2, name: 'Tip 21' });
		expect(within(kop).getByRole('link')).toHaveAttribute('href', '/tips/21/');
		expect(screen.getByRole('article', { name: 'Tip 21' })).toHaveTextContent('Handel meteen.');
	});

	it('shows a plain heading without link', () => {
		render(TipKaart, { tip, link: false });
		expect(screen.getByRole('heading', { level: 3, name: 'Tip 21' })).toBeInTheDocument();
		expect(screen.queryByRole('link')).toBeNull();
	});

	it('shows its section and source on request', () => {
		render(TipKaart, { tip, metBron: true, sectie: { titel: 'Tijdelijke maatregelen', href: '/fasen/1/#tijdelijk' } });
		expect(screen.getByRole('link', { name: 'Tijdelijke maatregelen' })).toHaveAttribute('href', '/fasen/1/#tijdelijk');
		expect(screen.getByText(/Bron:/)).toHaveTextContent('Fase 1, stap 2, tip 21');
	});

	it('gives two cards distinct heading ids', () => {
		render(TipKaart, { tip });
		render(TipKaart, { tip });
		const ids = screen.getAllByRole('heading', { name: 'Tip 21' }).map((kop) => kop.id);
		expect(ids).toHaveLength(2);
		expect(ids[0]).not.toBe(ids[1]);
	});
});

describe('Ladder', () => {
	const TREDEN: Trede[] = [
		{ id: 'correctief-gesprek', titel: 'Correctief gesprek', trede: 2, kant: 'persoon', soort: 'interventie' },
		{ id: 'informeel-gesprek', titel: 'Informeel gesprek', trede: 1, kant: 'persoon', soort: 'interventie' },
		{ id: 'groepsgesprek', titel: 'Groepsgesprek', trede: 1, kant: 'team', soort: 'interventie' },
		{ id: 'cultuuronderzoek', titel: 'Cultuuronderzoek', trede: 2, kant: 'team', soort: 'onderzoek' }
	];

	it('lists each side lightest first', () => {
		render(Ladder, { treden: TREDEN });
		const personen = screen.getByRole('region', { name: 'Gericht op personen' });
		const team = screen.getByRole('region', { name: 'Gericht op het team' });
		expect(within(personen).getAllByRole('link').map((link) => link.textContent)).toEqual([
			'Informeel gesprek',
			'Correctief gesprek'
		]);
		expect(within(team).getAllByRole('link').map((link) => link.textContent)).toEqual(['Groepsgesprek', 'Cultuuronderzoek']);
	});

	it('links interventions and onderzoek to their pages', () => {
		render(Ladder, { treden: TREDEN });
		expect(screen.getByRole('link', { name: 'Groepsgesprek' })).toHaveAttribute('href', '/interventies/groepsgesprek/');
		expect(screen.getByRole('link', { name: 'Cultuuronderzoek' })).toHaveAttribute('href', '/onderzoek/cultuuronderzoek/');
	});

	it('marks the current option without a link', () => {
		render(Ladder, { treden: TREDEN, huidige: 'correctief-gesprek' });
		expect(screen.queryByRole('link', { name: /Correctief gesprek/ })).toBeNull();
		expect(screen.getByText('Correctief gesprek', { exact: false }).closest('[aria-current]')).toHaveAttribute(
			'aria-current',
			'page'
		);
	});
});
