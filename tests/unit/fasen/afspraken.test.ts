import { cleanup, render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import ICAL from 'ical.js';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import AfsprakenEditor from '../../../src/lib/nazorg/AfsprakenEditor.svelte';
import { controleer, leesAfspraken, naarWaarde, type Afspraak } from '../../../src/lib/nazorg/afspraken';
import { createDossier, getDossier } from '../../../src/lib/opslag/dossiers';
import { useFreshDatabase } from '../../../src/lib/opslag/testhulp';
import Nazorg from '../../../src/routes/dossier/nazorg/+page.svelte';
import { load } from '../../../src/routes/dossier/nazorg/+page.server';

afterEach(() => cleanup());

/** Renders the editor with a parent that keeps the list, as the page does. */
function renderEditor(begin: Afspraak[] = []) {
	let lijst = begin;
	const opslaan = vi.fn(async (nieuw: Afspraak[]) => {
		lijst = nieuw;
		await view.rerender({ afspraken: lijst, opslaan });
	});
	const view = render(AfsprakenEditor, { afspraken: lijst, opslaan });
	return { opslaan, huidig: () => lijst };
}

describe('AfsprakenEditor', () => {
	it('adds an agreement with a date', async () => {
		const user = userEvent.setup();
		const { huidig } = renderEditor();
		await user.type(screen.getByLabelText('Wat is afgesproken?'), 'Vragen hoe het gaat');
		await user.type(screen.getByLabelText('Datum om na te gaan'), '2027-01-15');
		await user.click(screen.getByRole('button', { name: 'Afspraak toevoegen' }));
		await waitFor(() => expect(huidig()).toHaveLength(1));
		expect(huidig()[0]).toMatchObject({ omschrijving: 'Vragen hoe het gaat', datum: '2027-01-15' });
		expect(screen.getByText('15 januari 2027')).toBeInTheDocument();
		expect(screen.getByLabelText('Wat is afgesproken?')).toHaveValue('');
	});

	it('rejects an agreement without text or date', async () => {
		const user = userEvent.setup();
		const { opslaan } = renderEditor();
		await user.click(screen.getByRole('button', { name: 'Afspraak toevoegen' }));
		expect(screen.getByText('Vul in wat er is afgesproken.')).toBeInTheDocument();
		expect(screen.getByText('Vul een datum in.')).toBeInTheDocument();
		expect(screen.getByLabelText('Wat is afgesproken?')).toHaveAttribute('aria-invalid', 'true');
		expect(screen.getByLabelText('Wat is afgesproken?')).toHaveFocus();
		expect(opslaan).not.toHaveBeenCalled();
	});

	it('edits an agreement and keeps the list sorted', async () => {
		const user = userEvent.setup();
		const { huidig } = renderEditor([
			{ id: 'a', omschrijving: 'Eerste', datum: '2027-01-10' },
			{ id: 'b', omschrijving: 'Tweede', datum: '2027-02-10' }
		]);
		await user.click(screen.getByRole('button', { name: 'Wijzigen: Eerste' }));
		const veld = screen.getByLabelText('Wat is afgesproken?', { selector: '[id$="bewerk-omschrijving"]' });
		await user.clear(veld);
		await user.type(veld, 'Eerste, verzet');
		const datum = screen.getByLabelText('Datum om na te gaan', { selector: '[id$="bewerk-datum"]' });
		await user.clear(datum);
		await user.type(datum, '2027-03-01');
		await user.click(screen.getByRole('button', { name: 'Wijziging bewaren' }));
		await waitFor(() => expect(huidig().map((a) => a.id)).toEqual(['b', 'a']));
		expect(huidig()[1]).toEqual({ id: 'a', omschrijving: 'Eerste, verzet', datum: '2027-03-01' });
	});

	it('removes an agreement', async () => {
		const user = userEvent.setup();
		const { huidig } = renderEditor([
			{ id: 'a', omschrijving: 'Eerste', datum: '2027-01-10' },
			{ id: 'b', omschrijving: 'Tweede', datum: '2027-02-10' }
		]);
		await user.click(screen.getByRole('button', { name: 'Verwijderen: Eerste' }));
		await waitFor(() => expect(huidig().map((a) => a.id)).toEqual(['b']));
		expect(screen.queryByText('Eerste')).not.toBeInTheDocument();
	});

	it('exports a calendar file through a Blob URL', async () => {
		const user = userEvent.setup();
		let blob: Blob | undefined;
		const maak = vi.fn((inhoud: Blob) => {
			blob = inhoud;
			return 'blob:meldwijzer-test';
		});
		Object.assign(URL, { createObjectURL: maak, revokeObjectURL: vi.fn() });
		const klik = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
		renderEditor([{ id: 'a', omschrijving: 'Nagaan; met team, later', datum: '2027-01-10' }]);
		expect(screen.getByText(/Het agendabestand verlaat Meldwijzer/)).toBeInTheDocument();
		await user.click(screen.getByRole('button', { name: 'Agendabestand (.ics) maken' }));
		expect(klik).toHaveBeenCalledOnce();
		expect(blob?.type).toBe('text/calendar;charset=utf-8');
		const event = new ICAL.Event(new ICAL.Component(ICAL.parse(await blob!.text())).getFirstSubcomponent('vevent')!);
		expect(event.summary).toBe('Nagaan; met team, later');
		expect(event.startDate.toString()).toBe('2027-01-10');
	});
});

describe('afspraken helpers', () => {
	it('rejects an impossible date', () => {
		expect(controleer('Iets', '2027-02-30').datum).toMatch(/geldige datum/);
		expect(controleer('Iets', '2027-02-28')).toEqual({});
	});

	it('reads back what it stores', () => {
		const lijst = [
			{ id: 'b', omschrijving: 'Later', datum: '2027-05-01' },
			{ id: 'a', omschrijving: 'Eerder', datum: '2027-01-01' }
		];
		expect(leesAfspraken(naarWaarde(lijst)).map((a) => a.id)).toEqual(['a', 'b']);
		expect(leesAfspraken('geen lijst')).toEqual([]);
	});
});

describe('nazorg page', () => {
	const data = (load as unknown as () => object)();

	beforeEach(() => {
		useFreshDatabase();
	});
	afterEach(() => history.replaceState(null, '', '/'));

	async function open() {
		const dossier = await createDossier({ label: 'Dossier B', contentVersie: 1 });
		history.replaceState(null, '', `/dossier/nazorg/?id=${dossier.id}`);
		render(Nazorg, { data, params: {} } as never);
		await screen.findByText('Dossier B');
		return dossier.id;
	}

	it('shows the three aftercare checklists and the Fase 0 link', async () => {
		await open();
		for (const titel of ['Nazorg voor de melder', 'Nazorg voor de beschuldigde', 'Nazorg voor het team en de organisatie']) {
			expect(screen.getByRole('heading', { level: 2, name: titel })).toBeInTheDocument();
		}
		expect(screen.getByRole('link', { name: 'Naar de gereedheidscheck (fase 0)' })).toHaveAttribute('href', '/gereedheid/');
	});

	it('stores agreements in the dossier', async () => {
		const user = userEvent.setup();
		const id = await open();
		await user.type(screen.getByLabelText('Wat is afgesproken?'), 'Check bij de melder');
		await user.type(screen.getByLabelText('Datum om na te gaan'), '2027-04-01');
		await user.click(screen.getByRole('button', { name: 'Afspraak toevoegen' }));
		await waitFor(async () =>
			expect(leesAfspraken((await getDossier(id))?.antwoorden['nazorg-afspraken'])).toMatchObject([
				{ omschrijving: 'Check bij de melder', datum: '2027-04-01' }
			])
		);
	});

	it('closes after confirmation and reopens', async () => {
		const user = userEvent.setup();
		const id = await open();
		await user.click(screen.getByRole('button', { name: 'Dossier sluiten' }));
		const vraag = screen.getByRole('alertdialog');
		expect((await getDossier(id))?.status).toBe('open');
		await user.click(within(vraag).getByRole('button', { name: 'Ja, dossier sluiten' }));
		await waitFor(async () => expect((await getDossier(id))?.status).toBe('gesloten'));
		await user.click(screen.getByRole('button', { name: 'Dossier heropenen' }));
		await waitFor(async () => expect((await getDossier(id))?.status).toBe('open'));
	});
});
