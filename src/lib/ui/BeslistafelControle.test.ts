import { cleanup, render, screen } from '@testing-library/svelte';
import { afterEach, describe, expect, it } from 'vitest';
import BeslistafelControle from './BeslistafelControle.svelte';

afterEach(() => cleanup());

describe('BeslistafelControle', () => {
	it('confirms a table that meets the rules', () => {
		render(BeslistafelControle, {
			antwoorden: {
				'beslisser-naam': 'Directeur',
				'onafhankelijke-naam': 'Externe VP',
				'deskundige-naam': 'Jurist'
			}
		});
		expect(screen.getByText(/voldoet aan de regels/)).toBeInTheDocument();
	});

	it('shows a problem with a link to the choice', () => {
		render(BeslistafelControle, { antwoorden: { 'beslisser-naam': 'A', 'beslisser-vertrouwenspersoon': 'ja' } });
		const melding = screen.getByText(/De interne vertrouwenspersoon kan niet aan de beslistafel zitten/).closest('li');
		expect(melding).toHaveTextContent(/^Let op:/);
		expect(melding?.querySelector('a')).toHaveAttribute('href', '#vraag-beslisser-vertrouwenspersoon-0');
	});

	it('shows one person in two roles', () => {
		render(BeslistafelControle, { antwoorden: { 'beslisser-naam': 'P.J.', 'deskundige-naam': 'pj' } });
		expect(screen.getByText(/staat bij twee rollen: beslisser en deskundige/)).toBeInTheDocument();
	});

	it('advises adding roles to a beslisser alone', () => {
		render(BeslistafelControle, { antwoorden: { 'beslisser-naam': 'Eigenaar' } });
		const melding = screen.getByText(/Een beslisser alleen mag/).closest('li');
		expect(melding).toHaveTextContent(/^Advies:/);
		expect(melding?.querySelector('a')).toHaveAttribute('href', '#vraag-onafhankelijke-naam');
	});
});
