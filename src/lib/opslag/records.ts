/**
 * Conversion between stored records and dossiers: validation of what IndexedDB returns, and
 * encryption when the passphrase lock is on. A record that fails validation is reported in the
 * save status and skipped.
 */
import Dexie from 'dexie';
import type { MeldwijzerDb } from './db';
import { SCHEMA_VERSIE } from './db';
import { OpslagFout } from './fouten';
import { DossierJsonSchema, DossierSchema, VersleuteldRecordSchema, dossierToJson, firstIssuePath } from './schema';
import { currentKey, dropKey } from './sleutel';
import { meldProbleem } from './status.svelte';
import type { Dossier, OpgeslagenDossier, VersleuteldRecord } from './types';
import { decryptText, encryptText, type SlotGegevens } from './versleuteling';

/** The settings key under which the lock data is stored; present means the lock is on. */
export const SLOT_SLEUTEL = 'vergrendeling';

/** Runs a WebCrypto promise inside a Dexie transaction without letting the transaction commit. */
export function keepAlive<T>(promise: Promise<T>): Promise<T> {
	return Dexie.currentTransaction ? Dexie.waitFor(promise) : promise;
}

/** Reads the stored lock data, or undefined when the passphrase lock is off. */
export async function readLockData(db: MeldwijzerDb): Promise<SlotGegevens | undefined> {
	return (await db.instellingen.get(SLOT_SLEUTEL))?.waarde as SlotGegevens | undefined;
}

/**
 * Returns the key to write with: null when the lock is off. Raises 'vergrendeld' when the lock is
 * on and this tab has no key, or a key for an older passphrase (changed in another tab).
 */
export async function writeKey(db: MeldwijzerDb): Promise<CryptoKey | null> {
	const gegevens = await readLockData(db);
	if (!gegevens) return null;
	const heldKey = currentKey();
	if (!heldKey || heldKey.sleutelId !== gegevens.sleutelId) {
		if (heldKey) dropKey();
		throw new OpslagFout('vergrendeld');
	}
	return heldKey.key;
}

/** Turns a dossier into its stored form, encrypted when `key` is given. */
export async function encodeRecord(dossier: Dossier, key: CryptoKey | null): Promise<OpgeslagenDossier> {
	if (!key) return { ...dossier, schemaVersie: SCHEMA_VERSIE, versleuteld: false };
	const { iv, inhoud } = await keepAlive(encryptText(key, JSON.stringify(dossierToJson(dossier))));
	const record: VersleuteldRecord = {
		id: dossier.id,
		aangemaakt: dossier.aangemaakt,
		bijgewerkt: dossier.bijgewerkt,
		schemaVersie: SCHEMA_VERSIE,
		versleuteld: true,
		iv,
		inhoud
	};
	return record;
}

function skip(id: string, pad: string): undefined {
	meldProbleem(new OpslagFout('ongeldig-record', `record ${id} at ${pad}`, { pad }), id);
	return undefined;
}

/**
 * Validates a stored record and returns the dossier, decrypting it when needed. Returns undefined
 * for a record that fails validation, after reporting it. Raises 'vergrendeld' when the record is
 * encrypted and no key is held.
 */
export async function decodeRecord(raw: unknown): Promise<Dossier | undefined> {
	if (raw === undefined) return undefined;
	const id = String((raw as { id?: unknown } | undefined)?.id ?? '?');
	if ((raw as { versleuteld?: unknown } | undefined)?.versleuteld !== true) {
		const parsed = DossierSchema.safeParse(raw);
		return parsed.success ? (parsed.data as Dossier) : skip(id, firstIssuePath(parsed.error));
	}
	const envelope = VersleuteldRecordSchema.safeParse(raw);
	if (!envelope.success) return skip(id, firstIssuePath(envelope.error));

	const heldKey = currentKey();
	if (!heldKey) throw new OpslagFout('vergrendeld');
	let text: string;
	try {
		text = await keepAlive(decryptText(heldKey.key, envelope.data));
	} catch (error) {
		// A key for another passphrase means another tab changed it; this tab must unlock again.
		if (error instanceof OpslagFout && error.code === 'wachtwoord-onjuist') {
			dropKey();
			throw new OpslagFout('vergrendeld', 'key does not match record', { cause: error });
		}
		throw error;
	}

	let data: unknown;
	try {
		data = JSON.parse(text);
	} catch {
		return skip(id, 'inhoud');
	}

	const parsed = DossierJsonSchema.safeParse(data);
	if (!parsed.success) return skip(id, firstIssuePath(parsed.error));
	if (parsed.data.id !== envelope.data.id) return skip(id, 'id');
	return parsed.data as Dossier;
}
