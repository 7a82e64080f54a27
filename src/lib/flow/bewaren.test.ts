import { afterEach, describe, expect, it, vi } from 'vitest';
import { maakBewaarder, UITSTEL_MS } from './bewaren';

afterEach(() => vi.useRealTimers());

describe('maakBewaarder', () => {
	it('writes a choice at once', () => {
		const opslaan = vi.fn(async () => {});
		maakBewaarder('d1', opslaan).bewaar('soort', 'melding');
		expect(opslaan).toHaveBeenCalledWith('d1', 'soort', 'melding');
	});

	it('writes typed text after a pause, once', async () => {
		vi.useFakeTimers();
		const opslaan = vi.fn(async () => {});
		const bewaarder = maakBewaarder('d1', opslaan);
		bewaarder.bewaar('label', 'D', { uitstel: true });
		bewaarder.bewaar('label', 'Do', { uitstel: true });
		expect(opslaan).not.toHaveBeenCalled();
		await vi.advanceTimersByTimeAsync(UITSTEL_MS);
		expect(opslaan).toHaveBeenCalledTimes(1);
		expect(opslaan).toHaveBeenCalledWith('d1', 'label', 'Do');
	});

	it('writes queued text on flush', async () => {
		const opslaan = vi.fn(async () => {});
		const bewaarder = maakBewaarder('d1', opslaan);
		bewaarder.bewaar('label', 'Dossier A', { uitstel: true });
		expect(await bewaarder.flush()).toBe(true);
		expect(opslaan).toHaveBeenCalledWith('d1', 'label', 'Dossier A');
	});

	it('reports a failed write on flush', async () => {
		vi.spyOn(console, 'error').mockImplementation(() => {});
		const opslaan = vi.fn(async () => {
			throw new Error('quota');
		});
		const bewaarder = maakBewaarder('d1', opslaan);
		bewaarder.bewaar('label', 'Dossier A');
		expect(await bewaarder.flush()).toBe(false);
	});
});
