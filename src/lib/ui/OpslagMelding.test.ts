import { cleanup, render, screen } from '@testing-library/svelte';
import { afterEach, describe, expect, it } from 'vitest';
import { opslagStatus } from '$lib/opslag/status.svelte';
import OpslagMelding from './OpslagMelding.svelte';

afterEach(() => {
	cleanup();
	opslagStatus.toestand = 'opgeslagen';
	opslagStatus.melding = '';
});

describe('OpslagMelding', () => {
	it('shows a saved answer without announcing it', () => {
		render(OpslagMelding);
		expect(screen.getByText('Opgeslagen op dit apparaat')).toBeInTheDocument();
		expect(screen.queryByRole('alert')).toBeNull();
	});

	it('announces a failed save with its reason', () => {
		opslagStatus.toestand = 'niet-opgeslagen';
		opslagStatus.melding = 'De opslag op dit apparaat is vol.';
		render(OpslagMelding);
		expect(screen.getByRole('alert')).toHaveTextContent('Niet opgeslagen. De opslag op dit apparaat is vol.');
	});

	it('shows a save in progress', () => {
		opslagStatus.toestand = 'bezig';
		render(OpslagMelding);
		expect(screen.getByText('Bezig met opslaan…')).toBeInTheDocument();
	});
});
