import Dexie from 'dexie';
import { afterEach, expect, test } from 'vitest';
import { configureDatabase, database, SCHEMA_VERSIE } from './db';
import { getDossier, listDossiers, saveAnswer } from './dossiers';
import { dumpDatabase, useFreshDatabase } from './testhulp';

afterEach(() => {
	database().close();
});

/** Writes a database exactly as the version-1 code did, with an early record lacking fields. */
async function writeVersion1(naam: string) {
	const old = new Dexie(naam);
	old.version(1).stores({ dossiers: 'id, bijgewerkt', oefendossiers: 'id, bijgewerkt, casus', instellingen: 'sleutel' });
	const datum = new Date('2026-03-01T09:30:00.000Z');
	await old.table('dossiers').bulkAdd([
		{
			id: 'v1-volledig',
			label: 'Oud dossier',
			aangemaakt: datum,
			bijgewerkt: datum,
			contentVersie: 1,
			antwoorden: { omschrijving: 'Tekst uit versie 1 ✓' },
			laatsteStap: 'fase-1',
			besluiten: [{ id: 'b1', wat: 'Gekozen: gesprek', rol: 'beslisser', op: datum }],
			status: 'open'
		},
		{ id: 'v1-vroeg', label: 'Vroeg dossier', aangemaakt: datum, bijgewerkt: datum, contentVersie: 1, antwoorden: {} }
	]);
	await old.table('oefendossiers').add({
		id: 'oefen-v1',
		label: 'Oefening',
		aangemaakt: datum,
		bijgewerkt: datum,
		contentVersie: 1,
		antwoorden: {},
		laatsteStap: 'dossier',
		besluiten: [],
		status: 'open',
		casus: 'c1'
	});
	await old.table('instellingen').put({ sleutel: 'gereedheid', waarde: { klaar: true } });
	old.close();
}

test('version 1 database is migrated', async () => {
	const naam = useFreshDatabase();
	await writeVersion1(naam);
	configureDatabase({ naam });
	const list = await listDossiers();
	expect(list.map((r) => r.id).sort()).toEqual(['v1-volledig', 'v1-vroeg']);
	const volledig = await getDossier('v1-volledig');
	expect(volledig?.antwoorden.omschrijving).toBe('Tekst uit versie 1 ✓');
	expect(volledig?.besluiten[0]?.op).toEqual(new Date('2026-03-01T09:30:00.000Z'));
	const vroeg = await getDossier('v1-vroeg');
	expect(vroeg?.besluiten).toEqual([]);
	expect(vroeg?.status).toBe('open');
	expect(vroeg?.laatsteStap).toBe('dossier');
	expect((await getDossier('oefen-v1'))?.casus).toBe('c1');
	await saveAnswer('v1-vroeg', 'v', 'na migratie');
	expect(database().verno).toBe(SCHEMA_VERSIE);
	const dump = await dumpDatabase(naam);
	for (const record of [...dump.dossiers, ...dump.oefendossiers]) {
		expect((record as { schemaVersie: number }).schemaVersie).toBe(SCHEMA_VERSIE);
		expect((record as { versleuteld: boolean }).versleuteld).toBe(false);
	}
	expect(dump.instellingen).toEqual([{ sleutel: 'gereedheid', waarde: { klaar: true } }]);
	expect(database().dossiers.schema.indexes.map((index) => index.name)).toContain('aangemaakt');
});

test('failing upgrade leaves version 1 intact', async () => {
	const naam = useFreshDatabase();
	await writeVersion1(naam);
	const before = await dumpDatabase(naam);
	configureDatabase({ naam });
	const failing = database();
	// Version 2 and this failing version 3 run in one versionchange transaction, so both roll back.
	failing.version(3).upgrade(() => {
		throw new Error('upgrade step fails');
	});
	await expect(failing.open()).rejects.toThrow();
	failing.close();
	expect(await dumpDatabase(naam)).toEqual(before);
	const check = new Dexie(naam);
	await check.open();
	expect(check.verno).toBe(1);
	check.close();
});
