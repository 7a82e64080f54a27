import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { database } from './db';
import { addDecision, createDossier, getDossier, listDossiers, saveAnswer } from './dossiers';
import { MAX_IMPORT_BYTES, OpslagFout, foutmelding } from './fouten';
import { dumpDatabase, useFreshDatabase } from './testhulp';
import { createExport, importExport, readExportFile } from './uitwisseling';

let naam: string;

beforeEach(() => {
	naam = useFreshDatabase();
});

afterEach(() => {
	database().close();
});

/** Text with an emoji, right-to-left Arabic and Hebrew, combining accents and a lone surrogate. */
const LASTIGE_TEKST = 'Melding 👩🏽‍💼 over "gedrag"\u00a0— مرحبا بالعالم שלום e\u0301 n\u0303 \ud800 \u200f tab\tregel\n\u0000';

async function seed() {
	const a = await createDossier({ label: 'Dossier A', contentVersie: 3 });
	await saveAnswer(a.id, 'omschrijving', LASTIGE_TEKST);
	await saveAnswer(a.id, 'lijst', ['één', 'twee']);
	await addDecision(a.id, { wat: 'Gekozen: gesprek', rol: 'beslisser' });
	const b = await createDossier({ label: 'Dossier B', contentVersie: 3 });
	await createDossier({ label: 'Oefening', contentVersie: 3, oefening: true });
	return { a, b };
}

async function expectRejected(input: Blob | string, code: string, pad?: string) {
	const before = await dumpDatabase(naam);
	const error = await importExport(input, { conflict: 'vervangen' }).catch((e: unknown) => e);
	expect(error).toBeInstanceOf(OpslagFout);
	expect((error as OpslagFout).code).toBe(code);
	if (pad) expect((error as OpslagFout).pad).toBe(pad);
	expect(foutmelding(error)).not.toBe('');
	expect(await dumpDatabase(naam)).toEqual(before);
}

describe('export', () => {
	test('contains all real dossiers and no practice ones', async () => {
		await seed();
		const bestand = await createExport();
		const data = JSON.parse(bestand.tekst);
		expect(data.formaat).toBe('meldwijzer-export');
		expect(data.versie).toBe(1);
		expect(data.dossiers).toHaveLength(2);
		expect(bestand.tekst).not.toContain('oefen-');
		expect(bestand.tekst).not.toContain('Oefening');
		expect(data.dossiers[0].aangemaakt).toMatch(/^\d{4}-\d\d-\d\dT/);
	});

	test('one dossier export holds only that dossier', async () => {
		const { a } = await seed();
		const data = JSON.parse((await createExport({ id: a.id })).tekst);
		expect(data.dossiers.map((d: { id: string }) => d.id)).toEqual([a.id]);
	});

	test('practice dossier cannot be exported', async () => {
		const oefen = await createDossier({ label: 'O', contentVersie: 1, oefening: true });
		await expect(createExport({ id: oefen.id })).rejects.toMatchObject({ code: 'oefendossier' });
	});
});

describe('round trip', () => {
	test('unicode text and dates come back exactly', async () => {
		const { a } = await seed();
		const original = await getDossier(a.id);
		const bestand = await createExport();
		naam = useFreshDatabase();
		const result = await importExport(new Blob([bestand.tekst], { type: 'application/json' }));
		expect(result).toEqual({ toegevoegd: 2, vervangen: 0, overgeslagen: 0 });
		const imported = await getDossier(a.id);
		expect(imported).toEqual(original);
		expect(imported?.antwoorden.omschrijving).toBe(LASTIGE_TEKST);
		expect(imported?.aangemaakt).toBeInstanceOf(Date);
		expect(imported?.besluiten[0]?.op).toBeInstanceOf(Date);
	});

	test('byte order mark is accepted in a blob and a string', async () => {
		await seed();
		const { tekst } = await createExport();
		const bom = new Uint8Array([0xef, 0xbb, 0xbf]);
		naam = useFreshDatabase();
		await importExport(new Blob([bom, tekst]));
		expect(await listDossiers()).toHaveLength(2);
		naam = useFreshDatabase();
		await importExport('\uFEFF' + tekst);
		expect(await listDossiers()).toHaveLength(2);
	});

	test('encrypted export needs its passphrase', async () => {
		const { a } = await seed();
		const bestand = await createExport({ wachtwoord: 'een lang wachtwoord' });
		expect(bestand.tekst).not.toContain('Dossier A');
		expect(bestand.tekst).not.toContain('مرحبا');
		expect(JSON.parse(bestand.tekst).versleuteling.iteraties).toBeGreaterThanOrEqual(600_000);
		naam = useFreshDatabase();
		await listDossiers();
		await expectRejected(bestand.tekst, 'wachtwoord-nodig');
		const wrong = await importExport(bestand.tekst, { wachtwoord: 'een ander wachtwoord' }).catch((e) => e);
		expect(wrong).toMatchObject({ code: 'wachtwoord-onjuist' });
		expect((await dumpDatabase(naam)).dossiers).toEqual([]);
		await importExport(bestand.tekst, { wachtwoord: 'een lang wachtwoord' });
		expect((await getDossier(a.id))?.antwoorden.omschrijving).toBe(LASTIGE_TEKST);
	}, 60_000);
});

describe('broken files leave the store unchanged', () => {
	function validFile(): Record<string, unknown> {
		return {
			formaat: 'meldwijzer-export',
			versie: 1,
			gemaakt: '2026-01-05T10:00:00.000Z',
			dossiers: [
				{
					id: 'nieuw-1',
					label: 'Nieuw',
					aangemaakt: '2026-01-05T10:00:00.000Z',
					bijgewerkt: '2026-01-05T10:00:00.000Z',
					contentVersie: 1,
					antwoorden: {},
					laatsteStap: 'dossier',
					besluiten: [],
					status: 'open'
				}
			]
		};
	}

	test.each([
		['not JSON', '{"formaat": "meldwijzer-export", ', 'geen-json', undefined],
		['empty file', '', 'geen-json', undefined],
		['JSON array', '[1, 2]', 'geen-meldwijzer', undefined],
		['other JSON', '{"naam": "iets anders"}', 'geen-meldwijzer', undefined],
		['newer version', JSON.stringify({ ...validFile(), versie: 2 }), 'nieuwere-versie', undefined],
		['version zero', JSON.stringify({ ...validFile(), versie: 0 }), 'ongeldig-bestand', 'versie']
	])('%s', async (_name, input, code, pad) => {
		await seed();
		await expectRejected(input, code, pad);
	});

	test('missing field names its path', async () => {
		await seed();
		const file = validFile();
		delete (file.dossiers as Record<string, unknown>[])[0]!.label;
		await expectRejected(JSON.stringify(file), 'ongeldig-bestand', 'dossiers[0].label');
	});

	test('wrong date names its path', async () => {
		await seed();
		const file = validFile();
		const dossier = (file.dossiers as Record<string, unknown>[])[0]!;
		dossier.besluiten = [{ id: 'b', wat: 'x', rol: 'beslisser', op: 'gisteren' }];
		await expectRejected(JSON.stringify(file), 'ongeldig-bestand', 'dossiers[0].besluiten[0].op');
	});

	test('wrong role names its path', async () => {
		await seed();
		const file = validFile();
		const dossier = (file.dossiers as Record<string, unknown>[])[0]!;
		dossier.besluiten = [{ id: 'b', wat: 'x', rol: 'baas', op: '2026-01-05T10:00:00.000Z' }];
		await expectRejected(JSON.stringify(file), 'ongeldig-bestand', 'dossiers[0].besluiten[0].rol');
	});

	test('second dossier broken writes none', async () => {
		await seed();
		const file = validFile();
		const dossiers = file.dossiers as Record<string, unknown>[];
		dossiers.push({ ...dossiers[0], id: 'nieuw-2', antwoorden: { v: { kapot: true } } });
		await expectRejected(JSON.stringify(file), 'ongeldig-bestand', 'dossiers[1].antwoorden.v');
	});

	test('practice dossier in file is rejected', async () => {
		await seed();
		const file = validFile();
		(file.dossiers as Record<string, unknown>[])[0]!.id = 'oefen-1';
		await expectRejected(JSON.stringify(file), 'oefendossier', 'dossiers[0].id');
	});

	test('duplicate ids are rejected', async () => {
		await seed();
		const file = validFile();
		const dossiers = file.dossiers as Record<string, unknown>[];
		dossiers.push({ ...dossiers[0] });
		await expectRejected(JSON.stringify(file), 'ongeldig-bestand', 'dossiers[1].id');
	});

	test('file over the size limit is rejected', async () => {
		await seed();
		const big = new Blob([new Uint8Array(MAX_IMPORT_BYTES + 1)]);
		await expectRejected(big, 'te-groot');
	});

	test('invalid UTF-8 is rejected', async () => {
		await seed();
		await expectRejected(new Blob([new Uint8Array([0x7b, 0xff, 0xfe, 0x7d])]), 'geen-json');
	});

	test('broken encrypted envelope names its path', async () => {
		await seed();
		const envelope = JSON.parse((await createExport({ wachtwoord: 'een lang wachtwoord' })).tekst);
		envelope.versleuteling.iteraties = 1000;
		await expectRejected(JSON.stringify(envelope), 'ongeldig-bestand', 'versleuteling.iteraties');
	}, 30_000);

	test('file read without import changes nothing', async () => {
		await seed();
		const before = await dumpDatabase(naam);
		const { dossiers } = await readExportFile(JSON.stringify(validFile()));
		expect(dossiers[0]?.aangemaakt).toBeInstanceOf(Date);
		expect(await dumpDatabase(naam)).toEqual(before);
	});
});

describe('conflicts', () => {
	test('existing dossier without a choice is rejected', async () => {
		await seed();
		const { tekst } = await createExport();
		const before = await dumpDatabase(naam);
		await expect(importExport(tekst)).rejects.toMatchObject({ code: 'conflict' });
		expect(await dumpDatabase(naam)).toEqual(before);
	});

	test('vervangen overwrites the stored dossier', async () => {
		const { a } = await seed();
		const { tekst } = await createExport({ id: a.id });
		await saveAnswer(a.id, 'omschrijving', 'later gewijzigd');
		const result = await importExport(tekst, { conflict: 'vervangen' });
		expect(result).toEqual({ toegevoegd: 0, vervangen: 1, overgeslagen: 0 });
		expect((await getDossier(a.id))?.antwoorden.omschrijving).toBe(LASTIGE_TEKST);
	});

	test('beide keeps both under a new id', async () => {
		const { a } = await seed();
		const { tekst } = await createExport({ id: a.id });
		const result = await importExport(tekst, { conflict: 'beide' });
		expect(result.toegevoegd).toBe(1);
		const list = await listDossiers();
		expect(list).toHaveLength(3);
		expect(list.filter((r) => r.label.startsWith('Dossier A'))).toHaveLength(2);
	});

	test('overslaan keeps the stored dossier', async () => {
		const { a } = await seed();
		const { tekst } = await createExport({ id: a.id });
		await saveAnswer(a.id, 'omschrijving', 'later gewijzigd');
		const result = await importExport(tekst, { conflict: 'overslaan' });
		expect(result).toEqual({ toegevoegd: 0, vervangen: 0, overgeslagen: 1 });
		expect((await getDossier(a.id))?.antwoorden.omschrijving).toBe('later gewijzigd');
	});
});
