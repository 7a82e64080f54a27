import { cleanup, render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import TipsFilter from '../../src/routes/tips/TipsFilter.svelte';
import FasePlaat from '../../src/lib/ui/content/FasePlaat.svelte';

const FASEN = [
	{ nummer: 0, titel: 'Wees voorbereid', kort: 'Voorbereiden', start: 'Start 0', uitkomst: 'Uitkomst 0' },
	{ nummer: 1, titel: 'Beslis', kort: 'Beslissen', start: 'Start 1', uitkomst: 'Uitkomst 1' },
	{ nummer: 2, titel: 'Voer uit', kort: 'Uitvoeren', start: 'Start 2', uitkomst: 'Uitkomst 2' },
	{ nummer: 3, titel: 'Leer', kort: 'Leren', start: 'Start 3', uitkomst: 'Uitkomst 3' }
];

const tip = (nummer: number, fase: number) => ({
	nummer,
	fase,
	html: `<p>Tekst van tip ${nummer}.</p>`,
	bron: { fase, tip: nummer, kop: 'Kop' },
	sectie: { titel: `Sectie van tip ${nummer}`, href: `/fasen/${fase}/#sectie-${nummer}` }
});

const TIPS = [tip(1, 0), tip(2, 0), tip(14, 1), tip(24, 2), tip(28, 3)];

afterEach(() => cleanup());

const groep = (nummer: number) => document.getElementById(`tips-fase-${nummer}`) as HTMLElement;

describe('TipsFilter', () => {
	afterEach(() => {
		window.location.hash = '';
	});

	it('shows every phase at first', () => {
		render(TipsFilter, { fasen: FASEN, tips: TIPS });
		for (const fase of FASEN) expect(groep(fase.nummer)).toBeVisible();
		expect(screen.getByRole('radio', { name: 'Alle fasen' })).toBeChecked();
		expect(screen.getByRole('status')).toHaveTextContent('5 van de 5 tips zichtbaar');
	});

	it('links each phase group for reading without JavaScript', () => {
		render(TipsFilter, { fasen: FASEN, tips: TIPS });
		const sprongen = screen.getByRole('navigation', { name: 'Tips per fase' });
		const links = within(sprongen).getAllByRole('link');
		expect(links.map((link) => link.getAttribute('href'))).toEqual(FASEN.map((fase) => `#tips-fase-${fase.nummer}`));
		expect(links[0]).toHaveTextContent('Fase 0: Voorbereiden (2)');
	});

	it('hides other phases when one is chosen', async () => {
		const user = userEvent.setup();
		render(TipsFilter, { fasen: FASEN, tips: TIPS });
		await user.click(screen.getByRole('radio', { name: 'Fase 1: Beslissen' }));
		expect(groep(1)).toBeVisible();
		expect(groep(0)).not.toBeVisible();
		expect(groep(2)).not.toBeVisible();
		expect(groep(3)).not.toBeVisible();
		expect(screen.getByRole('status')).toHaveTextContent('1 van de 5 tips zichtbaar');
		expect(screen.queryByRole('heading', { name: 'Tip 1' })).toBeNull();
		expect(screen.getByRole('heading', { name: 'Tip 14' })).toBeVisible();
	});

	it('shows all phases again', async () => {
		const user = userEvent.setup();
		render(TipsFilter, { fasen: FASEN, tips: TIPS });
		await user.click(screen.getByRole('radio', { name: 'Fase 3: Leren' }));
		await user.click(screen.getByRole('radio', { name: 'Alle fasen' }));
		for (const fase of FASEN) expect(groep(fase.nummer)).toBeVisible();
	});

	it('opens with the phase named in the address', () => {
		window.location.hash = '#tips-fase-2';
		render(TipsFilter, { fasen: FASEN, tips: TIPS });
		expect(screen.getByRole('radio', { name: 'Fase 2: Uitvoeren' })).toBeChecked();
		expect(groep(2)).toBeVisible();
		expect(groep(0)).not.toBeVisible();
	});

	it('links each tip to its page and section', () => {
		render(TipsFilter, { fasen: FASEN, tips: TIPS });
		expect(screen.getByRole('link', { name: 'Tip 24' })).toHaveAttribute('href', '/tips/24/');
		expect(screen.getByRole('link', { name: 'Sectie van tip 24' })).toHaveAttribute('href', '/fasen/2/#sectie-24');
	});
});

describe('FasePlaat', () => {
	it('lists the four phases in order with links', () => {
		render(FasePlaat, { fasen: FASEN });
		const lijst = screen.getByRole('list', { name: 'De vier fasen van de opvolging' });
		const items = within(lijst).getAllByRole('listitem');
		expect(items).toHaveLength(4);
		items.forEach((item, index) => {
			const link = within(item).getByRole('link');
			expect(link).toHaveAttribute('href', `/fasen/${index}/`);
			expect(link).toHaveTextContent(`Fase ${index}`);
			expect(item).toHaveTextContent(`Start ${index}`);
			expect(item).toHaveTextContent(`Uitkomst ${index}`);
		});
	});

	it('marks the current phase in words', () => {
		render(FasePlaat, { fasen: FASEN, huidige: 2, compact: true });
		const items = screen.getAllByRole('listitem');
		expect(items[2]).toHaveAttribute('aria-current', 'step');
		expect(items[2]).toHaveTextContent('(deze pagina)');
		expect(items[1]).not.toHaveAttribute('aria-current');
		expect(items[2]).not.toHaveTextContent('Start 2');
	});
});
