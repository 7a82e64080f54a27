// The check-your-answers round trip: "Wijzig" opens a step that returns to the overview.
import { cleanup, fireEvent, render, screen } from '@testing-library/svelte';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Vragenset } from '$lib/content/types';
import { createDossier } from '$lib/opslag/dossiers';
import binnenkomst from '../../../content/vragen/binnenkomst.json';
import verkenningBelangen from '../../../content/vragen/verkenning-belangen.json';
import OverzichtStap from '../../routes/dossier/stap/[stap]/OverzichtStap.svelte';
import VragenStap from '../../routes/dossier/stap/[stap]/VragenStap.svelte';
import { OpenDossier } from './dossier.svelte';
import { vindStap } from './stappen';

const goto = vi.hoisted(() => vi.fn(async () => {}));
vi.mock('$app/navigation', () => ({ goto }));

const sets = [binnenkomst, verkenningBelangen] as unknown as Vragenset[];

async function openDossier(antwoorden: Record<string, string>): Promise<OpenDossier> {
	const dossier = await createDossier({ label: 'Test', contentVersie: 1, antwoorden });
	const open = new OpenDossier();
	open.dossier = dossier;
	open.antwoorden = { ...dossier.antwoorden };
	open.toestand = 'open';
	return open;
}

beforeEach(() => goto.mockClear());
afterEach(() => cleanup());

describe('check your answers', () => {
	it('links each answer to its step with a return to the overview', async () => {
		const open = await openDossier({ 'belangen-1': 'Dat het stopt.' });
		render(OverzichtStap, { stap: vindStap('overzicht')!, sets, open, dossierId: open.dossier!.id });
		expect(screen.getByText('Dat het stopt.')).toBeInTheDocument();
		const link = screen.getByRole('link', { name: 'Wijzig Wat is het belang van de melder?' });
		const url = new URL(link.getAttribute('href')!, 'http://localhost');
		expect(url.pathname).toBe('/dossier/stap/verkenning-belangen/');
		expect(url.searchParams.get('id')).toBe(open.dossier!.id);
		expect(url.searchParams.get('terug')).toBe('overzicht');
		expect(url.hash).toBe('#vraag-belangen-1');
	});

	it('shows unanswered questions as not filled in', async () => {
		const open = await openDossier({});
		render(OverzichtStap, { stap: vindStap('overzicht')!, sets, open, dossierId: open.dossier!.id });
		expect(screen.getAllByText('Niet ingevuld').length).toBeGreaterThan(5);
	});

	it('returns a changed step to the overview', async () => {
		const open = await openDossier({ soort: 'melding' });
		const dossierId = open.dossier!.id;
		render(VragenStap, {
			stap: vindStap('verkenning-belangen')!,
			set: sets[1]!,
			tips: {},
			open,
			dossierId,
			terug: 'overzicht'
		});
		expect(screen.getByRole('link', { name: 'Terug' })).toHaveAttribute('href', `/dossier/stap/overzicht/?id=${dossierId}`);
		await fireEvent.click(screen.getByRole('button', { name: 'Opslaan en terug naar het overzicht' }));
		await vi.waitFor(() => expect(goto).toHaveBeenCalledWith(`/dossier/stap/overzicht/?id=${dossierId}`));
	});

	it('moves on to the next step without a return address', async () => {
		const open = await openDossier({});
		const dossierId = open.dossier!.id;
		render(VragenStap, { stap: vindStap('binnenkomst')!, set: sets[0]!, tips: {}, open, dossierId, terug: null });
		await fireEvent.click(screen.getByRole('button', { name: 'Verder' }));
		expect(goto).not.toHaveBeenCalled();
		expect(screen.getByRole('link', { name: 'Kies of het om een melding, een signaal of een formele klacht gaat' })).toBeInTheDocument();
		await fireEvent.click(screen.getByRole('radio', { name: 'Een melding' }));
		await fireEvent.click(screen.getByRole('button', { name: 'Verder' }));
		await vi.waitFor(() => expect(goto).toHaveBeenCalledWith(`/dossier/stap/beslistafel/?id=${dossierId}`));
	});
});
