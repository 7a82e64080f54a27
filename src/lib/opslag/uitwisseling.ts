/**
 * Export and import of real dossiers as JSON files, in the format described in docs/exportformaat.md.
 * An import reads and validates the whole file before its transaction starts, then writes all
 * dossiers or none. Practice dossiers are never exported or imported.
 */
import * as z from 'zod/mini';
import { read, readAllDossiers, updateDossierMarker, write } from './dossiers';
import { MAX_IMPORT_BYTES, OpslagFout } from './fouten';
import { decodeRecord, encodeRecord, writeKey } from './records';
import { DossierJsonSchema, dossierToJson, firstIssuePath, formatPath } from './schema';
import type { Dossier } from './types';
import {
	PBKDF2_ITERATIES,
	ZOUT_BYTES,
	checkPassphraseLength,
	decryptText,
	deriveKey,
	encryptText,
	fromBase64,
	randomBytes,
	toBase64
} from './versleuteling';

export const EXPORT_FORMAAT = 'meldwijzer-export';
/** The newest export format version this code reads and the one it writes. */
export const EXPORT_VERSIE = 1;

export type ConflictKeuze = 'vervangen' | 'beide' | 'overslaan';

export interface ExportBestand {
	bestandsnaam: string;
	tekst: string;
	aantal: number;
}

export interface ImportResultaat {
	toegevoegd: number;
	vervangen: number;
	overgeslagen: number;
}

const Base64 = z.string().check(z.regex(/^[A-Za-z0-9+/]*={0,2}$/));

const Envelope = z.object({
	formaat: z.literal(EXPORT_FORMAAT),
	versie: z.literal(EXPORT_VERSIE),
	versleuteling: z.object({
		algoritme: z.literal('AES-GCM'),
		sleutellengte: z.literal(256),
		afleiding: z.literal('PBKDF2-SHA-256'),
		iteraties: z.number().check(z.int(), z.gte(PBKDF2_ITERATIES)),
		zout: Base64,
		iv: Base64
	}),
	inhoud: Base64
});

const PlainExport = z.object({
	formaat: z.literal(EXPORT_FORMAAT),
	versie: z.literal(EXPORT_VERSIE),
	gemaakt: z.iso.datetime({ offset: true }),
	dossiers: z.array(DossierJsonSchema)
});

function fileName(aantal: number, now: Date): string {
	const datum = now.toISOString().slice(0, 10);
	return aantal === 1 ? `meldwijzer-dossier-${datum}.json` : `meldwijzer-dossiers-${datum}.json`;
}

/**
 * Builds an export file of one real dossier (`id`) or of all real dossiers. With `wachtwoord`, the
 * file is an encrypted envelope. Raises 'oefendossier' for a practice id and 'niet-gevonden' for
 * an unknown one.
 */
export async function createExport(options: { id?: string; wachtwoord?: string } = {}): Promise<ExportBestand> {
	const { id, wachtwoord } = options;
	if (id?.startsWith('oefen-')) throw new OpslagFout('oefendossier', id);
	if (wachtwoord !== undefined) checkPassphraseLength(wachtwoord);
	const dossiers = await read(async (db) => {
		if (id === undefined) return readAllDossiers(db, false);
		const dossier = await decodeRecord(await db.dossiers.get(id));
		if (!dossier) throw new OpslagFout('niet-gevonden', id);
		return [dossier];
	});
	const now = new Date();
	const plain = JSON.stringify(
		{ formaat: EXPORT_FORMAAT, versie: EXPORT_VERSIE, gemaakt: now.toISOString(), dossiers: dossiers.map(dossierToJson) },
		null,
		2
	);
	const tekst = wachtwoord === undefined ? plain : await encryptExport(plain, wachtwoord);
	return { bestandsnaam: fileName(dossiers.length, now), tekst, aantal: dossiers.length };
}

async function encryptExport(plain: string, wachtwoord: string): Promise<string> {
	const zout = randomBytes(ZOUT_BYTES);
	const key = await deriveKey(wachtwoord, zout, PBKDF2_ITERATIES);
	const { iv, inhoud } = await encryptText(key, plain);
	const envelope: z.infer<typeof Envelope> = {
		formaat: EXPORT_FORMAAT,
		versie: EXPORT_VERSIE,
		versleuteling: {
			algoritme: 'AES-GCM',
			sleutellengte: 256,
			afleiding: 'PBKDF2-SHA-256',
			iteraties: PBKDF2_ITERATIES,
			zout: toBase64(zout),
			iv: toBase64(iv)
		},
		inhoud: toBase64(inhoud)
	};
	return JSON.stringify(envelope, null, 2);
}

async function readText(input: Blob | string): Promise<string> {
	const size = typeof input === 'string' ? new TextEncoder().encode(input).length : input.size;
	if (size > MAX_IMPORT_BYTES) throw new OpslagFout('te-groot', `${size} bytes`);
	const text = typeof input === 'string' ? input : await readBlob(input);
	// Blob.text() already drops a UTF-8 byte order mark; a string passed in may still carry one.
	return text.startsWith('\uFEFF') ? text.slice(1) : text;
}

async function readBlob(blob: Blob): Promise<string> {
	try {
		return new TextDecoder('utf-8', { fatal: true }).decode(await blob.arrayBuffer());
	} catch (error) {
		throw new OpslagFout('geen-json', 'file is not UTF-8 text', { cause: error });
	}
}

function parseJson(text: string): unknown {
	try {
		return JSON.parse(text);
	} catch (error) {
		throw new OpslagFout('geen-json', 'JSON.parse failed', { cause: error });
	}
}

/** Checks the format marker and version before anything else, so those get their own message. */
function checkHeader(data: unknown): void {
	if (typeof data !== 'object' || data === null || Array.isArray(data)) throw new OpslagFout('geen-meldwijzer');
	const { formaat, versie } = data as { formaat?: unknown; versie?: unknown };
	if (formaat !== EXPORT_FORMAAT) throw new OpslagFout('geen-meldwijzer', `formaat ${String(formaat)}`);
	if (typeof versie !== 'number' || !Number.isInteger(versie) || versie < 1) {
		throw new OpslagFout('ongeldig-bestand', `versie ${String(versie)}`, { pad: 'versie' });
	}
	if (versie > EXPORT_VERSIE) throw new OpslagFout('nieuwere-versie', `versie ${versie}`);
}

async function decryptEnvelope(data: unknown, wachtwoord: string | undefined): Promise<unknown> {
	const parsed = Envelope.safeParse(data);
	if (!parsed.success) {
		throw new OpslagFout('ongeldig-bestand', 'envelope', { pad: firstIssuePath(parsed.error) });
	}
	if (!wachtwoord) throw new OpslagFout('wachtwoord-nodig');
	const { versleuteling, inhoud } = parsed.data;
	const key = await deriveKey(wachtwoord, fromBase64(versleuteling.zout), versleuteling.iteraties);
	const text = await decryptText(key, { iv: fromBase64(versleuteling.iv), inhoud: fromBase64(inhoud).buffer });
	const inner = parseJson(text);
	checkHeader(inner);
	return inner;
}

/**
 * Reads and validates a whole export file, decrypting it when it is an encrypted envelope.
 * Raises an OpslagFout with code 'te-groot', 'geen-json', 'geen-meldwijzer', 'nieuwere-versie',
 * 'ongeldig-bestand' (with the field path), 'oefendossier', 'wachtwoord-nodig' or 'wachtwoord-onjuist'.
 */
export async function readExportFile(
	input: Blob | string,
	wachtwoord?: string
): Promise<{ dossiers: Dossier[]; versleuteld: boolean }> {
	let data = parseJson(await readText(input));
	checkHeader(data);
	const versleuteld = typeof data === 'object' && data !== null && 'versleuteling' in data;
	if (versleuteld) data = await decryptEnvelope(data, wachtwoord);
	const parsed = PlainExport.safeParse(data);
	if (!parsed.success) {
		throw new OpslagFout('ongeldig-bestand', 'fields', { pad: firstIssuePath(parsed.error) });
	}
	const dossiers = parsed.data.dossiers as Dossier[];
	const seen = new Set<string>();
	dossiers.forEach((dossier, index) => {
		const pad = formatPath(['dossiers', index, 'id']);
		if (dossier.id.startsWith('oefen-')) throw new OpslagFout('oefendossier', dossier.id, { pad });
		if (seen.has(dossier.id)) throw new OpslagFout('ongeldig-bestand', `duplicate id ${dossier.id}`, { pad });
		seen.add(dossier.id);
	});
	return { dossiers, versleuteld };
}

/** Returns the ids of dossiers in the list that already exist on this device. */
export async function findExisting(dossiers: Dossier[]): Promise<string[]> {
	const ids = dossiers.map((dossier) => dossier.id);
	const keys = await read((db) => db.dossiers.where('id').anyOf(ids).primaryKeys());
	return keys.map(String);
}

/**
 * Imports an export file: all dossiers in one transaction, or none. When dossiers already exist,
 * `conflict` chooses: 'vervangen' overwrites them, 'beide' stores the imported copy under a new id,
 * 'overslaan' keeps the stored one. Without a choice, such a file raises 'conflict'.
 */
export async function importExport(
	input: Blob | string,
	options: { conflict?: ConflictKeuze; wachtwoord?: string } = {}
): Promise<ImportResultaat> {
	const { dossiers } = await readExportFile(input, options.wachtwoord);
	let result: ImportResultaat = { toegevoegd: 0, vervangen: 0, overgeslagen: 0 };
	await write((db) =>
		db.transaction('rw', db.dossiers, db.instellingen, async () => {
			result = { toegevoegd: 0, vervangen: 0, overgeslagen: 0 };
			const key = await writeKey(db);
			const existing = new Set((await db.dossiers.where('id').anyOf(dossiers.map((d) => d.id)).primaryKeys()).map(String));
			if (existing.size > 0 && !options.conflict) {
				throw new OpslagFout('conflict', [...existing].join(', '));
			}
			for (const dossier of dossiers) {
				let target = dossier;
				if (existing.has(dossier.id)) {
					if (options.conflict === 'overslaan') {
						result.overgeslagen++;
						continue;
					}
					if (options.conflict === 'beide') target = { ...dossier, id: crypto.randomUUID(), label: `${dossier.label} (kopie)` };
				}
				await db.dossiers.put(await encodeRecord(target, key));
				if (existing.has(dossier.id) && options.conflict === 'vervangen') result.vervangen++;
				else result.toegevoegd++;
			}
		})
	);
	await read(updateDossierMarker);
	return result;
}
