import { cleanup, render, screen, within } from '@testing-library/svelte';
import { afterEach, describe, expect, it } from 'vitest';
import { load } from '../../../src/routes/snel/+page.server';
import Snel from '../../../src/routes/snel/+page.svelte';

import type { Checklist } from '../../../src/lib/content/types';

const data = (load as unknown as () => { secties: Checklist[] })();

afterEach(() => cleanup());

describe('quick help page', () => {
	it('asks the question in its heading', () => {
		render(Snel, { data, params: {} } as never);
		expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Ik heb net een melding gekregen. Wat nu?');
	});

	it('covers the first actions from the handreiking', () => {
		render(Snel, { data, params: {} } as never);
		for (const kop of ['Eerst dit', 'Het eerste gesprek', 'Wat blijft vertrouwelijk?', 'Wie betrek je?']) {
			expect(screen.getByRole('heading', { level: 2, name: kop })).toBeInTheDocument();
		}
		expect(screen.getByText(/Niets doen is geen optie/)).toBeInTheDocument();
		expect(screen.getByText(/Is het ernstig\? Handel meteen/)).toBeInTheDocument();
		expect(screen.getByText(/hoger niveau/)).toBeInTheDocument();
		expect(screen.getByText(/toezichthouder/)).toBeInTheDocument();
		expect(screen.getByText(/vertrouwenspersoon\. Die deelt niets/)).toBeInTheDocument();
	});

	it('gives every item a source reference', () => {
		render(Snel, { data, params: {} } as never);
		const items = screen.getAllByRole('listitem');
		expect(items.length).toBeGreaterThan(10);
		for (const item of items) expect(within(item).getByText(/^Bron:/)).toHaveTextContent(/Fase [01]/);
		expect(screen.getAllByText(/tip 17/).length).toBeGreaterThan(0);
		expect(screen.getAllByText(/tip 18/).length).toBeGreaterThan(0);
		expect(screen.getAllByText(/tip 19/).length).toBeGreaterThan(0);
		expect(screen.getAllByText(/tip 21/).length).toBeGreaterThan(0);
	});

	it('ends with a button that starts a dossier', () => {
		render(Snel, { data, params: {} } as never);
		expect(screen.getByRole('link', { name: 'Start een dossier' })).toHaveAttribute('href', '/dossier/nieuw/');
	});

	it('stays short enough to read in about a minute', () => {
		const teksten = data.secties.flatMap((sectie) => [sectie.titel, ...sectie.items.map((item) => item.tekst)]);
		const woorden = teksten.join(' ').split(/\s+/).filter(Boolean);
		// Adults read plain text at roughly 200 to 250 words a minute.
		expect(woorden.length).toBeLessThanOrEqual(230);
	});
});
