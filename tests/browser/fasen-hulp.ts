/** Steps the Fase 0, 2 and 3 browser tests share: making a dossier and choosing its follow-up. */
import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';

export const RESULTATEN = 'test-results/fasen';
mkdirSync(RESULTATEN, { recursive: true });

/** Creates a dossier through /dossier/nieuw/ and returns its id from the address it opens next. */
export async function maakDossier(page: Page, basis: string, label: string): Promise<string> {
	await page.goto(`${basis}/dossier/nieuw/`);
	await page.getByLabel('Geef het dossier een korte naam').fill(label);
	await page.getByLabel('Wanneer kwam de melding binnen?').fill('2026-11-30');
	await page.getByRole('button', { name: 'Dossier aanmaken' }).click();
	await page.waitForURL(/\/dossier\/stap\/binnenkomst\/\?id=/);
	const id = new URL(page.url()).searchParams.get('id');
	if (!id) throw new Error(`No dossier id in ${page.url()}`);
	return id;
}

/** Ticks one follow-up option in the dossier's decision step. Its label ends with the advice status. */
export async function kiesOpvolging(page: Page, basis: string, id: string, optie: string): Promise<void> {
	await page.goto(`${basis}/dossier/stap/besluit/?id=${id}`);
	const vakje = page.getByRole('checkbox', { name: new RegExp(`^${optie}( \\(|$)`) });
	await vakje.check();
	// The step saves on change, so the test waits for the storage status before it leaves the page.
	await page.getByText('Opgeslagen op dit apparaat').first().waitFor();
}
