import { cleanup, render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDossier, getDossier } from '../../../src/lib/opslag/dossiers';
import { useFreshDatabase } from '../../../src/lib/opslag/testhulp';
import UitvoeringSamenvatting from '../../../src/lib/uitvoering/UitvoeringSamenvatting.svelte';
import { UITVOERING_CHECKLISTS } from '../../../src/lib/uitvoering/checklists';
import { leesVoortgang } from '../../../src/lib/uitvoering/voortgang';
import Uitvoering from '../../../src/routes/dossier/uitvoering/+page.svelte';

beforeEach(() => {
	useFreshDatabase();
});
afterEach(() => {
	cleanup();
	history.replaceState(null, '', '/');
});

async function openPagina(opvolging: string[]) {
	const dossier = await createDossier({ label: 'Dossier A', contentVersie: 1, antwoorden: { 'gekozen-opvolging': opvolging } });
	history.replaceState(null, '', `/dossier/uitvoering/?id=${dossier.id}`);
	render(Uitvoering, { data: {}, params: {} } as never);
	await screen.findByText('Dossier A');
	return dossier.id;
}

describe('uitvoering page', () => {
	it('shows the checklist of the chosen intervention', async () => {
		await openPagina(['informeel-gesprek']);
		expect(screen.getByRole('heading', { level: 2, name: 'Informeel gesprek' })).toBeInTheDocument();
		expect(screen.queryByRole('heading', { name: 'Mediation' })).not.toBeInTheDocument();
		expect(screen.getByText('0 van 8 punten afgerond')).toBeInTheDocument();
	});

	it('saves a ticked item in the dossier', async () => {
		const user = userEvent.setup();
		const id = await openPagina(['informeel-gesprek']);
		await user.click(screen.getByRole('checkbox', { name: /alleen de leidinggevende en de beschuldigde/ }));
		await user.click(screen.getByRole('checkbox', { name: /erkenning en het gewenste resultaat/ }));
		expect(screen.getByText('2 van 8 punten afgerond')).toBeInTheDocument();
		await waitFor(async () => {
			const voortgang = leesVoortgang((await getDossier(id))?.antwoorden['uitvoering-informeel-gesprek']);
			expect(voortgang.get('informeel-gesprek-deelnemers')?.klaar).toBe(true);
			expect(voortgang.get('informeel-gesprek-check-melder')?.klaar).toBe(true);
		});
	});

	it('saves a note and a date with an item', async () => {
		const user = userEvent.setup();
		const id = await openPagina(['correctief-gesprek']);
		const item = screen.getByRole('checkbox', { name: /officiële waarschuwing/ }).closest('li')!;
		await user.click(within(item).getByText('Notitie en datum'));
		await user.type(within(item).getByLabelText('Notitie'), 'Brief verstuurd');
		await user.tab();
		const datum = within(item).getByLabelText('Datum');
		await user.type(datum, '2027-01-15');
		datum.dispatchEvent(new Event('change', { bubbles: true }));
		await waitFor(async () => {
			const stand = leesVoortgang((await getDossier(id))?.antwoorden['uitvoering-correctief-gesprek']).get(
				'correctief-gesprek-waarschuwing'
			);
			expect(stand?.notitie).toBe('Brief verstuurd');
			expect(stand?.datum).toBe('2027-01-15');
		});
	});

	it('shows the onderzoek steps and follows the investigators choice', async () => {
		const user = userEvent.setup();
		const id = await openPagina(['meldingenonderzoek']);
		for (let stap = 1; stap <= 5; stap++) expect(screen.getByRole('heading', { level: 3, name: new RegExp(`^Stap ${stap}:`) })).toBeInTheDocument();
		expect(screen.getByRole('checkbox', { name: /Inzagerecht: alleen de melder en de beschuldigde/ })).toBeInTheDocument();
		expect(screen.getByRole('checkbox', { name: /Hoor en wederhoor:/ })).toBeInTheDocument();
		expect(screen.getByRole('checkbox', { name: /geen maanden/ })).toBeInTheDocument();
		expect(screen.getByRole('checkbox', { name: /De vertrouwenspersoon doet het onderzoek niet/ })).toBeInTheDocument();
		expect(screen.getByRole('checkbox', { name: /niet bij HR, management\(ondersteuning\) of de ondernemingsraad/ })).toBeInTheDocument();
		expect(screen.getByRole('checkbox', { name: /niet de vaste advocaat/ })).toBeInTheDocument();

		await user.click(screen.getByRole('radio', { name: 'Externe onderzoekers' }));
		expect(screen.queryByRole('checkbox', { name: /niet bij HR, management\(ondersteuning\)/ })).not.toBeInTheDocument();
		expect(screen.getByRole('checkbox', { name: /niet de vaste advocaat/ })).toBeInTheDocument();
		await waitFor(async () => {
			const stand = leesVoortgang((await getDossier(id))?.antwoorden['uitvoering-meldingenonderzoek']).get(
				'meldingenonderzoek-intern-of-extern'
			);
			expect(stand?.keuze).toBe('extern');
			expect(stand?.klaar).toBe(true);
		});
	});

	it('explains when no follow-up is chosen', async () => {
		await openPagina([]);
		expect(screen.getByText(/nog geen opvolging gekozen/)).toBeInTheDocument();
	});

	it('reports a missing dossier', async () => {
		history.replaceState(null, '', '/dossier/uitvoering/?id=bestaat-niet');
		render(Uitvoering, { data: {}, params: {} } as never);
		expect(await screen.findByRole('alert')).toHaveTextContent('niet op dit apparaat');
	});
});

describe('UitvoeringSamenvatting', () => {
	it('lists done items and counts the rest', () => {
		const checklist = UITVOERING_CHECKLISTS.bemiddeling;
		render(UitvoeringSamenvatting, {
			antwoorden: {
				'gekozen-opvolging': ['bemiddeling'],
				[checklist.id]: [{ item: 'bemiddeling-instemming', klaar: true, notitie: 'Beiden akkoord', datum: '2027-01-15', keuze: '' }]
			}
		});
		expect(screen.getByRole('heading', { name: `Bemiddeling: 1 van ${checklist.items.length} punten afgerond` })).toBeInTheDocument();
		expect(screen.getByText(/Notitie: Beiden akkoord/)).toBeInTheDocument();
		expect(screen.getByText(/15 januari 2027/)).toBeInTheDocument();
		expect(screen.getByText(`Nog open: ${checklist.items.length - 1} punten.`)).toBeInTheDocument();
	});
});
