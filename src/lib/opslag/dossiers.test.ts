import { forceCloseDatabase } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { configureDatabase, database } from './db';
import {
	addDecision,
	acknowledgeLostData,
	checkLostData,
	countDossiers,
	createDossier,
	deleteDossier,
	getDossier,
	listDossiers,
	saveAnswer,
	saveLastStep,
	setStatus,
	watchDossier,
	wipePracticeData,
	wipeRealData
} from './dossiers';
import { OpslagFout } from './fouten';
import { opslagStatus } from './status.svelte';
import { dumpDatabase, useFreshDatabase } from './testhulp';
import type { Dossier } from './types';

let naam: string;

beforeEach(() => {
	naam = useFreshDatabase();
});

afterEach(() => {
	database().close();
});

describe('dossiers', () => {
	test('create, read and list a dossier', async () => {
		const dossier = await createDossier({ label: 'Melding A', contentVersie: 1 });
		const read = await getDossier(dossier.id);
		expect(read?.label).toBe('Melding A');
		expect(read?.aangemaakt).toBeInstanceOf(Date);
		const list = await listDossiers();
		expect(list.map((regel) => regel.id)).toEqual([dossier.id]);
		expect(opslagStatus.toestand).toBe('opgeslagen');
	});

	test('practice dossiers never appear in the real list', async () => {
		const oefen = await createDossier({ label: 'Oefening', contentVersie: 1, oefening: true, casus: 'c1' });
		const echt = await createDossier({ label: 'Echt', contentVersie: 1 });
		expect(oefen.id.startsWith('oefen-')).toBe(true);
		expect((await listDossiers()).map((r) => r.id)).toEqual([echt.id]);
		expect((await listDossiers({ oefening: true })).map((r) => r.id)).toEqual([oefen.id]);
	});

	test('saveAnswer stores the value as given', async () => {
		const { id } = await createDossier({ label: 'A', contentVersie: 1 });
		const waarde = [{ afspraak: 'Gesprek  met HR\n', gedaan: false, datum: null }];
		await saveAnswer(id, 'afspraken', waarde);
		expect((await getDossier(id))?.antwoorden.afspraken).toEqual(waarde);
	});

	test('concurrent answers to different questions are all kept', async () => {
		const { id } = await createDossier({ label: 'A', contentVersie: 1 });
		await Promise.all(
			Array.from({ length: 12 }, (_, index) => saveAnswer(id, `vraag-${index}`, `antwoord ${index}`))
		);
		const antwoorden = (await getDossier(id))?.antwoorden ?? {};
		for (let index = 0; index < 12; index++) expect(antwoorden[`vraag-${index}`]).toBe(`antwoord ${index}`);
	});

	test('step, decision and status are stored', async () => {
		const { id } = await createDossier({ label: 'A', contentVersie: 1 });
		await saveLastStep(id, 'fase-2');
		const besluit = await addDecision(id, { wat: 'Gekozen: bemiddeling', rol: 'beslisser' });
		await setStatus(id, 'gesloten');
		const read = await getDossier(id);
		expect(read?.laatsteStap).toBe('fase-2');
		expect(read?.besluiten).toEqual([besluit]);
		expect(read?.besluiten[0]?.op).toBeInstanceOf(Date);
		expect(read?.status).toBe('gesloten');
	});

	test('saving to a missing dossier fails visibly', async () => {
		await expect(saveAnswer('bestaat-niet', 'v', 'x')).rejects.toMatchObject({ code: 'niet-gevonden' });
		expect(opslagStatus.toestand).toBe('niet-opgeslagen');
		expect(opslagStatus.melding).not.toBe('');
	});

	test('invalid stored record is reported and skipped', async () => {
		const goed = await createDossier({ label: 'Goed', contentVersie: 1 });
		await database().dossiers.put({ id: 'kapot', label: 42 } as unknown as Dossier);
		const list = await listDossiers();
		expect(list.map((r) => r.id)).toEqual([goed.id]);
		expect(opslagStatus.overgeslagen.map((entry) => entry.id)).toContain('kapot');
		expect(await getDossier('kapot')).toBeUndefined();
	});

	test('deleteDossier removes the record', async () => {
		const { id } = await createDossier({ label: 'Weg', contentVersie: 1 });
		await deleteDossier(id);
		expect((await dumpDatabase(naam)).dossiers).toEqual([]);
	});
});

describe('wipe', () => {
	test('wipeRealData empties dossiers and settings but keeps practice', async () => {
		await createDossier({ label: 'Echt', contentVersie: 1 });
		const oefen = await createDossier({ label: 'Oefen', contentVersie: 1, oefening: true });
		await database().instellingen.put({ sleutel: 'gereedheid', waarde: { a: 1 } });
		await wipeRealData();
		const dump = await dumpDatabase(naam);
		expect(dump.dossiers).toEqual([]);
		expect(dump.instellingen).toEqual([]);
		expect(dump.oefendossiers.map((r) => (r as Dossier).id)).toEqual([oefen.id]);
	});

	test('wipePracticeData empties only practice dossiers', async () => {
		const echt = await createDossier({ label: 'Echt', contentVersie: 1 });
		await createDossier({ label: 'Oefen', contentVersie: 1, oefening: true });
		await wipePracticeData();
		const dump = await dumpDatabase(naam);
		expect(dump.oefendossiers).toEqual([]);
		expect(dump.dossiers.map((r) => (r as Dossier).id)).toEqual([echt.id]);
	});
});

describe('lost data', () => {
	test('checkLostData reports an emptied database', async () => {
		await createDossier({ label: 'A', contentVersie: 1 });
		await createDossier({ label: 'B', contentVersie: 1 });
		expect(await checkLostData()).toEqual({ verloren: false, eerder: 2 });
		await database().dossiers.clear();
		expect(await checkLostData()).toEqual({ verloren: true, eerder: 2 });
		await acknowledgeLostData();
		expect((await checkLostData()).verloren).toBe(false);
	});

	test('wipe by the user is not reported as lost', async () => {
		await createDossier({ label: 'A', contentVersie: 1 });
		await wipeRealData();
		expect((await checkLostData()).verloren).toBe(false);
	});

	test('first real dossier requests persistent storage', async () => {
		const persist = vi.fn().mockResolvedValue(true);
		vi.stubGlobal('navigator', { ...navigator, storage: { persist, persisted: async () => false } });
		await createDossier({ label: 'Oefen', contentVersie: 1, oefening: true });
		expect(persist).not.toHaveBeenCalled();
		await createDossier({ label: 'A', contentVersie: 1 });
		await vi.waitFor(() => expect(persist).toHaveBeenCalledTimes(1));
		await createDossier({ label: 'B', contentVersie: 1 });
		expect(persist).toHaveBeenCalledTimes(1);
		vi.unstubAllGlobals();
	});
});

describe('save failures', () => {
	test('connection closed by the browser is reopened', async () => {
		const { id } = await createDossier({ label: 'A', contentVersie: 1 });
		vi.spyOn(console, 'warn').mockImplementation(() => {});
		forceCloseDatabase(database().backendDB() as unknown as Parameters<typeof forceCloseDatabase>[0]);
		await saveAnswer(id, 'v1', 'na herstel');
		expect((await getDossier(id))?.antwoorden.v1).toBe('na herstel');
		expect(opslagStatus.toestand).toBe('opgeslagen');
	});

	test('connection that stays lost reports niet-opgeslagen', async () => {
		const { id } = await createDossier({ label: 'A', contentVersie: 1 });
		vi.spyOn(console, 'warn').mockImplementation(() => {});
		const prototype = Object.getPrototypeOf(database().backendDB()) as IDBDatabase;
		// Dexie binds IDBDatabase.transaction when it opens, so close first to pick up the mock.
		database().close({ disableAutoOpen: false });
		vi.spyOn(prototype, 'transaction').mockImplementation(() => {
			throw new DOMException('The database connection is closing.', 'InvalidStateError');
		});
		await expect(saveAnswer(id, 'v1', 'x')).rejects.toMatchObject({ code: 'verbinding-verloren' });
		vi.restoreAllMocks();
		expect(opslagStatus.toestand).toBe('niet-opgeslagen');
		expect(opslagStatus.code).toBe('verbinding-verloren');
	});

	test('quota error keeps the last saved version', async () => {
		const { id } = await createDossier({ label: 'A', contentVersie: 1 });
		await saveAnswer(id, 'v1', 'eerste');
		const store = database().backendDB().transaction('dossiers').objectStore('dossiers');
		vi.spyOn(Object.getPrototypeOf(store) as IDBObjectStore, 'put').mockImplementation(() => {
			throw new DOMException('quota', 'QuotaExceededError');
		});
		await expect(saveAnswer(id, 'v1', 'tweede')).rejects.toMatchObject({ code: 'opslag-vol' });
		vi.restoreAllMocks();
		expect(opslagStatus.toestand).toBe('niet-opgeslagen');
		expect(opslagStatus.melding).toContain('Exporteer');
		expect((await getDossier(id))?.antwoorden.v1).toBe('eerste');
	});

	test('unopenable IndexedDB falls back to memory', async () => {
		const broken = {
			open() {
				throw new DOMException('private mode', 'InvalidStateError');
			}
		} as unknown as IDBFactory;
		vi.spyOn(console, 'error').mockImplementation(() => {});
		configureDatabase({ naam: `broken-${crypto.randomUUID()}`, indexedDB: broken, IDBKeyRange });
		const { id } = await createDossier({ label: 'In geheugen', contentVersie: 1 });
		await saveAnswer(id, 'v', 'ja');
		expect(opslagStatus.modus).toBe('geheugen');
		expect(opslagStatus.melding).toContain('privévenster');
		expect((await getDossier(id))?.antwoorden.v).toBe('ja');
		expect(await countDossiers()).toBe(1);
	});
});

describe('watchDossier', () => {
	test('reports the dossier and later changes', async () => {
		const { id } = await createDossier({ label: 'A', contentVersie: 1 });
		const seen: (string | undefined)[] = [];
		const stop = watchDossier(id, (dossier) => seen.push(dossier?.antwoorden.v as string | undefined));
		await vi.waitFor(() => expect(seen.length).toBeGreaterThan(0));
		await saveAnswer(id, 'v', 'nieuw');
		await vi.waitFor(() => expect(seen.at(-1)).toBe('nieuw'));
		stop();
		expect(seen[0]).toBeUndefined();
	});

	test('unknown id reports undefined', async () => {
		const callback = vi.fn();
		const stop = watchDossier('bestaat-niet', callback);
		await vi.waitFor(() => expect(callback).toHaveBeenCalledWith(undefined));
		stop();
	});

	test('OpslagFout carries a stable code', () => {
		expect(new OpslagFout('opslag-vol').code).toBe('opslag-vol');
	});
});
