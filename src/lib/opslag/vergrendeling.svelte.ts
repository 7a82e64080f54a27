/**
 * The lock: "lock now" hides everything behind an overlay, and with the passphrase lock on also
 * drops the key. Turning the passphrase lock on or off re-encodes every dossier in one transaction,
 * so a failure leaves all records as they were.
 */
import type { Transaction } from 'dexie';
import { openDatabase, type MeldwijzerDb } from './db';
import { read, wipeAllData, write } from './dossiers';
import { OpslagFout } from './fouten';
import { SLOT_SLEUTEL, decodeRecord, encodeRecord, readLockData } from './records';
import { slotStatus } from './slot.svelte';
import { currentKey, dropKey, setKey } from './sleutel';
import { checkPassphraseLength, createLock, openLock } from './versleuteling';

/** The settings key of the idle time after which the app locks, in minutes; 0 means never. */
export { isLockShortcut, lockNow, slotStatus, startLockWatch } from './slot.svelte';

export const WACHTTIJD_SLEUTEL = 'vergrendeltijd';
export const WACHTTIJDEN = [0, 5, 15, 30] as const;

/** Reads the lock settings at start; with the passphrase lock on, the app starts locked. */
export async function loadLockState(): Promise<void> {
	const db = await openDatabase();
	const gegevens = await readLockData(db);
	const wachttijd = (await db.instellingen.get(WACHTTIJD_SLEUTEL))?.waarde;
	slotStatus.wachtwoordAan = gegevens !== undefined;
	if (typeof wachttijd === 'number') slotStatus.wachttijdMinuten = wachttijd;
	else slotStatus.wachttijdMinuten = gegevens ? 15 : 0;
	if (gegevens && currentKey()?.sleutelId !== gegevens.sleutelId) slotStatus.vergrendeld = true;
	slotStatus.geladen = true;
}

/**
 * Unlocks the app. Without the passphrase lock no passphrase is needed. A wrong passphrase raises
 * 'wachtwoord-onjuist' and leaves the app locked.
 */
export async function unlock(wachtwoord?: string): Promise<void> {
	const gegevens = await read(readLockData);
	if (gegevens) {
		const key = await openLock(wachtwoord ?? '', gegevens);
		setKey(key, gegevens.sleutelId);
	}
	slotStatus.wachtwoordAan = gegevens !== undefined;
	slotStatus.vergrendeld = false;
}

/** Re-encodes every dossier in both tables with `key` (null for plain), inside the transaction. */
async function reencodeAll(db: MeldwijzerDb, key: CryptoKey | null): Promise<void> {
	for (const table of [db.dossiers, db.oefendossiers]) {
		const rows = await table.toArray();
		for (const row of rows) {
			const dossier = await decodeRecord(row);
			// NOTE: a record that fails validation is left as it is stored, and stays reported.
			if (dossier) await table.put(await encodeRecord(dossier, key));
		}
	}
}

function inLockTransaction(db: MeldwijzerDb, scope: (transaction: Transaction) => Promise<void>) {
	return db.transaction('rw', db.dossiers, db.oefendossiers, db.instellingen, scope);
}

/** Turns the passphrase lock on and encrypts every existing dossier in one transaction. */
export async function enableLock(wachtwoord: string): Promise<void> {
	checkPassphraseLength(wachtwoord);
	const { key, gegevens } = await createLock(wachtwoord);
	await write((db) =>
		inLockTransaction(db, async () => {
			if (await readLockData(db)) throw new OpslagFout('vergrendeld', 'lock is already on');
			await reencodeAll(db, key);
			await db.instellingen.put({ sleutel: SLOT_SLEUTEL, waarde: gegevens });
		})
	);
	setKey(key, gegevens.sleutelId);
	slotStatus.wachtwoordAan = true;
	// Without an idle time chosen earlier, the lock starts with 15 minutes.
	const gekozen = await read((db) => db.instellingen.get(WACHTTIJD_SLEUTEL));
	if (gekozen === undefined) await saveIdleTime(15);
}

/** Checks the passphrase, then decrypts every dossier and removes the lock data in one transaction. */
export async function disableLock(wachtwoord: string): Promise<void> {
	const gegevens = await read(readLockData);
	if (!gegevens) {
		slotStatus.wachtwoordAan = false;
		return;
	}
	const key = await openLock(wachtwoord, gegevens);
	setKey(key, gegevens.sleutelId);
	await write((db) =>
		inLockTransaction(db, async () => {
			const stored = await readLockData(db);
			if (stored?.sleutelId !== gegevens.sleutelId) throw new OpslagFout('vergrendeld', 'lock changed');
			await reencodeAll(db, null);
			await db.instellingen.delete(SLOT_SLEUTEL);
		})
	);
	slotStatus.wachtwoordAan = false;
	dropKey();
}

/** Checks the old passphrase, then re-encrypts every dossier under the new one in one transaction. */
export async function changePassphrase(oud: string, nieuw: string): Promise<void> {
	checkPassphraseLength(nieuw);
	const gegevens = await read(readLockData);
	if (!gegevens) throw new OpslagFout('vergrendeld', 'lock is off');
	const oldKey = await openLock(oud, gegevens);
	const next = await createLock(nieuw);
	setKey(oldKey, gegevens.sleutelId);
	await write((db) =>
		inLockTransaction(db, async () => {
			const stored = await readLockData(db);
			if (stored?.sleutelId !== gegevens.sleutelId) throw new OpslagFout('vergrendeld', 'lock changed');
			// Records are decrypted with the old key held above, then written under the new key.
			for (const table of [db.dossiers, db.oefendossiers]) {
				for (const row of await table.toArray()) {
					const dossier = await decodeRecord(row);
					if (dossier) await table.put(await encodeRecord(dossier, next.key));
				}
			}
			await db.instellingen.put({ sleutel: SLOT_SLEUTEL, waarde: next.gegevens });
		})
	);
	setKey(next.key, next.gegevens.sleutelId);
}

/** Stores the idle time after which the app locks itself, in minutes (0: never). */
export async function saveIdleTime(minuten: number): Promise<void> {
	if (!(WACHTTIJDEN as readonly number[]).includes(minuten)) {
		throw new OpslagFout('opslag-mislukt', `unsupported idle time ${minuten}`);
	}
	await write(async (db) => {
		await db.instellingen.put({ sleutel: WACHTTIJD_SLEUTEL, waarde: minuten });
	});
	slotStatus.wachttijdMinuten = minuten;
}

/** Deletes all data and the lock, for a forgotten passphrase; the app is then unlocked and empty. */
export async function wipeForgottenPassphrase(): Promise<void> {
	await wipeAllData();
	slotStatus.wachtwoordAan = false;
	dropKey();
	slotStatus.wachttijdMinuten = 0;
	slotStatus.vergrendeld = false;
}
