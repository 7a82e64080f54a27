import { cleanup, fireEvent, render, screen } from '@testing-library/svelte';
import { tick } from 'svelte';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import Foutoverzicht from './Foutoverzicht.svelte';

// jsdom has no layout, so scrolling is a stub here.
beforeEach(() => {
	Element.prototype.scrollIntoView = vi.fn();
});

afterEach(() => {
	cleanup();
	document.body.innerHTML = '';
});

const fouten = [
	{ vraagId: 'label', veld: 'vraag-label', tekst: 'Vul een antwoord in bij "Naam"' },
	{ vraagId: 'soort', veld: 'vraag-soort-0', tekst: 'Kies een antwoord bij "Soort"' }
];

describe('Foutoverzicht', () => {
	it('renders nothing without errors', () => {
		render(Foutoverzicht, { fouten: [], poging: 1 });
		expect(screen.queryByRole('alert')).toBeNull();
	});

	it('takes focus after a failed attempt', async () => {
		render(Foutoverzicht, { fouten, poging: 1 });
		await tick();
		await tick();
		const vak = screen.getByRole('alert', { name: 'Er is een probleem' });
		expect(document.activeElement).toBe(vak);
	});

	it('links each error to its field', () => {
		render(Foutoverzicht, { fouten, poging: 1 });
		expect(screen.getByRole('link', { name: 'Vul een antwoord in bij "Naam"' })).toHaveAttribute('href', '#vraag-label');
		expect(screen.getByRole('link', { name: 'Kies een antwoord bij "Soort"' })).toHaveAttribute('href', '#vraag-soort-0');
	});

	it('focuses the field when its link is followed', async () => {
		const veld = document.createElement('input');
		veld.id = 'vraag-label';
		document.body.append(veld);
		render(Foutoverzicht, { fouten, poging: 1 });
		await tick();
		await tick();
		await fireEvent.click(screen.getByRole('link', { name: 'Vul een antwoord in bij "Naam"' }));
		expect(document.activeElement).toBe(veld);
		expect(Element.prototype.scrollIntoView).toHaveBeenCalled();
	});
});
