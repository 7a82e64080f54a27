import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { foutmelding, OpslagFout, type FoutCode } from './fouten';
import { useFreshDatabase } from './testhulp';
import { slotStatus, startLockWatch } from './vergrendeling.svelte';

describe('idle lock', () => {
	let stop: (() => void) | undefined;

	beforeEach(() => {
		useFreshDatabase();
		vi.useFakeTimers();
	});

	afterEach(() => {
		stop?.();
		vi.useRealTimers();
	});

	test('locks after the idle time', () => {
		slotStatus.wachttijdMinuten = 5;
		stop = startLockWatch(window);
		vi.advanceTimersByTime(4 * 60_000);
		expect(slotStatus.vergrendeld).toBe(false);
		vi.advanceTimersByTime(60_000);
		expect(slotStatus.vergrendeld).toBe(true);
	});

	test('input restarts the idle time', () => {
		slotStatus.wachttijdMinuten = 5;
		stop = startLockWatch(window);
		vi.advanceTimersByTime(4 * 60_000);
		window.dispatchEvent(new Event('pointerdown'));
		vi.advanceTimersByTime(4 * 60_000);
		expect(slotStatus.vergrendeld).toBe(false);
	});

	test('zero minutes never locks', () => {
		slotStatus.wachttijdMinuten = 0;
		stop = startLockWatch(window);
		vi.advanceTimersByTime(24 * 60 * 60_000);
		expect(slotStatus.vergrendeld).toBe(false);
	});

	test('shortcut locks at once', () => {
		stop = startLockWatch(window);
		window.dispatchEvent(new KeyboardEvent('keydown', { key: 'l', code: 'KeyL', ctrlKey: true, altKey: true }));
		expect(slotStatus.vergrendeld).toBe(true);
	});
});

describe('foutmelding', () => {
	const codes: FoutCode[] = [
		'niet-gevonden',
		'ongeldig-record',
		'verbinding-verloren',
		'opslag-vol',
		'opslag-mislukt',
		'geen-opslag',
		'geblokkeerd',
		'vergrendeld',
		'wachtwoord-onjuist',
		'wachtwoord-te-kort',
		'oefendossier',
		'geen-json',
		'geen-meldwijzer',
		'nieuwere-versie',
		'ongeldig-bestand',
		'te-groot',
		'conflict',
		'wachtwoord-nodig'
	];

	test.each(codes)('%s has Dutch text', (code) => {
		const tekst = foutmelding(new OpslagFout(code));
		expect(tekst.length).toBeGreaterThan(20);
		expect(tekst).not.toBe(code);
		expect(tekst).toMatch(/^[A-Z]/);
		expect(tekst).toMatch(/\.$/);
	});

	test('invalid file names the field', () => {
		expect(foutmelding(new OpslagFout('ongeldig-bestand', undefined, { pad: 'dossiers[2].label' }))).toContain(
			'"dossiers[2].label"'
		);
	});

	test('unknown error gets the general text', () => {
		expect(foutmelding(new Error('x'))).toBe(foutmelding(new OpslagFout('opslag-mislukt')));
	});
});
