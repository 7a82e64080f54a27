import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { database } from './db';
import { createDossier, getDossier, listDossiers, saveAnswer } from './dossiers';
import { OpslagFout } from './fouten';
import { currentKey } from './sleutel';
import { dumpDatabase, readableText, useFreshDatabase } from './testhulp';
import { createExport } from './uitwisseling';
import {
	changePassphrase,
	disableLock,
	enableLock,
	isLockShortcut,
	loadLockState,
	lockNow,
	slotStatus,
	unlock
} from './vergrendeling.svelte';
import { PBKDF2_ITERATIES } from './versleuteling';

const ZIN = 'Mijn leidinggevende raakte mij aan tijdens de vergadering';
const WACHTWOORD = 'paarse olifant op de fiets';

let naam: string;

beforeEach(() => {
	naam = useFreshDatabase();
});

afterEach(() => {
	database().close();
});

async function seed() {
	const echt = await createDossier({ label: 'Melding Jansen', contentVersie: 1 });
	await saveAnswer(echt.id, 'omschrijving', ZIN);
	const oefen = await createDossier({ label: 'Oefencasus Bakker', contentVersie: 1, oefening: true });
	await saveAnswer(oefen.id, 'omschrijving', `${ZIN} (oefening)`);
	return { echt, oefen };
}

describe('passphrase lock', () => {
	test('raw stores hold no readable free text', async () => {
		const { echt } = await seed();
		await enableLock(WACHTWOORD);
		await saveAnswer(echt.id, 'nieuw', 'Getuige Pietersen zag het gebeuren');
		const dump = await dumpDatabase(naam);
		const text = readableText(dump);
		for (const secret of [ZIN, 'Melding Jansen', 'Oefencasus Bakker', 'Pietersen', 'leidinggevende']) {
			expect(text).not.toContain(secret);
		}
		const lock = dump.instellingen.find((row) => (row as { sleutel: string }).sleutel === 'vergrendeling');
		expect((lock as { waarde: { iteraties: number } }).waarde.iteraties).toBeGreaterThanOrEqual(PBKDF2_ITERATIES);
		expect(((lock as { waarde: { zout: Uint8Array } }).waarde.zout).length).toBe(16);
		expect((await getDossier(echt.id))?.antwoorden.nieuw).toBe('Getuige Pietersen zag het gebeuren');
	}, 30_000);

	test('each write uses a fresh IV', async () => {
		const { echt } = await seed();
		await enableLock(WACHTWOORD);
		const first = (await database().dossiers.get(echt.id)) as { iv: Uint8Array };
		await saveAnswer(echt.id, 'v', 'x');
		const second = (await database().dossiers.get(echt.id)) as { iv: Uint8Array };
		expect(first.iv.length).toBe(12);
		expect([...second.iv]).not.toEqual([...first.iv]);
	}, 30_000);

	test('lock drops the key and blocks reads', async () => {
		const { echt } = await seed();
		await enableLock(WACHTWOORD);
		lockNow();
		await vi.waitFor(() => expect(currentKey()).toBeNull());
		expect(slotStatus.vergrendeld).toBe(true);
		await expect(listDossiers()).rejects.toMatchObject({ code: 'vergrendeld' });
		await expect(saveAnswer(echt.id, 'v', 'x')).rejects.toMatchObject({ code: 'vergrendeld' });
		await unlock(WACHTWOORD);
		expect((await listDossiers()).map((r) => r.label)).toEqual(['Melding Jansen']);
	}, 30_000);

	test('wrong passphrase fails and changes nothing', async () => {
		await seed();
		await enableLock(WACHTWOORD);
		lockNow();
		await vi.waitFor(() => expect(currentKey()).toBeNull());
		const before = await dumpDatabase(naam);
		await expect(unlock('verkeerd wachtwoord')).rejects.toMatchObject({ code: 'wachtwoord-onjuist' });
		expect(slotStatus.vergrendeld).toBe(true);
		await expect(disableLock('verkeerd wachtwoord')).rejects.toMatchObject({ code: 'wachtwoord-onjuist' });
		await expect(changePassphrase('verkeerd wachtwoord', 'nog een wachtwoord')).rejects.toBeInstanceOf(OpslagFout);
		expect(await dumpDatabase(naam)).toEqual(before);
	}, 60_000);

	test('disable decrypts every dossier', async () => {
		const { echt, oefen } = await seed();
		await enableLock(WACHTWOORD);
		await disableLock(WACHTWOORD);
		const dump = await dumpDatabase(naam);
		expect(readableText(dump)).toContain(ZIN);
		expect(dump.instellingen.some((row) => (row as { sleutel: string }).sleutel === 'vergrendeling')).toBe(false);
		expect(currentKey()).toBeNull();
		expect((await getDossier(echt.id))?.antwoorden.omschrijving).toBe(ZIN);
		expect((await getDossier(oefen.id))?.label).toBe('Oefencasus Bakker');
	}, 30_000);

	test('change passphrase re-encrypts under the new one', async () => {
		const { echt } = await seed();
		await enableLock(WACHTWOORD);
		await changePassphrase(WACHTWOORD, 'een heel ander wachtwoord');
		lockNow();
		await vi.waitFor(() => expect(currentKey()).toBeNull());
		await expect(unlock(WACHTWOORD)).rejects.toMatchObject({ code: 'wachtwoord-onjuist' });
		await unlock('een heel ander wachtwoord');
		expect((await getDossier(echt.id))?.antwoorden.omschrijving).toBe(ZIN);
	}, 60_000);

	test('app starts locked when the lock is on', async () => {
		await seed();
		await enableLock(WACHTWOORD);
		lockNow();
		await vi.waitFor(() => expect(currentKey()).toBeNull());
		slotStatus.vergrendeld = false;
		await loadLockState();
		expect(slotStatus.wachtwoordAan).toBe(true);
		expect(slotStatus.vergrendeld).toBe(true);
	}, 30_000);

	test('short passphrase is rejected', async () => {
		await expect(enableLock('kort')).rejects.toMatchObject({ code: 'wachtwoord-te-kort' });
	});

	test('exports of an encrypted store are readable with the key', async () => {
		await seed();
		await enableLock(WACHTWOORD);
		const { tekst } = await createExport();
		expect(tekst).toContain(ZIN);
		expect(tekst).not.toContain('oefening');
	}, 30_000);

	test('lock without passphrase unlocks in one step', async () => {
		lockNow();
		expect(slotStatus.vergrendeld).toBe(true);
		await unlock();
		expect(slotStatus.vergrendeld).toBe(false);
	});
});

describe('lock shortcut', () => {
	const key = (init: KeyboardEventInit) => new KeyboardEvent('keydown', init);

	test('Ctrl+Alt+L locks', () => {
		expect(isLockShortcut(key({ key: 'l', code: 'KeyL', ctrlKey: true, altKey: true }))).toBe(true);
	});

	test('AltGr character does not lock', () => {
		expect(isLockShortcut(key({ key: 'ł', code: 'KeyL', ctrlKey: true, altKey: true }))).toBe(false);
	});

	test('plain L does not lock', () => {
		expect(isLockShortcut(key({ key: 'l', code: 'KeyL' }))).toBe(false);
	});
});

describe('passphrase changed in another tab', () => {
	test('stale key shows the lock screen', async () => {
		const { echt } = await seed();
		await enableLock(WACHTWOORD);
		// Another tab stores a new lock, as changePassphrase there would.
		const stored = await database().instellingen.get('vergrendeling');
		const waarde = { ...(stored?.waarde as object), sleutelId: 'uit-ander-tabblad' };
		await database().instellingen.put({ sleutel: 'vergrendeling', waarde });
		await expect(saveAnswer(echt.id, 'v', 'x')).rejects.toMatchObject({ code: 'vergrendeld' });
		expect(currentKey()).toBeNull();
		expect(slotStatus.vergrendeld).toBe(true);
	}, 30_000);
});
