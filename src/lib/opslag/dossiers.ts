/** Verb-named storage functions for dossiers. Pages never touch IndexedDB directly. */
import { liveQuery } from 'dexie';
import type { AntwoordWaarde } from '$lib/content/types';
import { readDossierMarker, requestPersistence, writeDossierMarker } from './bewaring';
import { openDatabase, reopenDatabase, trackWrite, type MeldwijzerDb } from './db';
import { OpslagFout, isOpslagVol, isVerbindingVerloren } from './fouten';
import { decodeRecord, encodeRecord, writeKey } from './records';
import { onKeyChange } from './sleutel';
import { snapshot } from './snapshot';
import { markBusy, markFailed, markSaved, opslagStatus } from './status.svelte';
import type { Besluit, Dossier, DossierRegel } from './types';

const OEFEN_PREFIX = 'oefen-';

/** Returns whether an id belongs to a practice dossier, which is stored apart from real ones. */
export function isOefenId(id: string): boolean {
	return id.startsWith(OEFEN_PREFIX);
}

export function tableFor(db: MeldwijzerDb, id: string) {
	return isOefenId(id) ? db.oefendossiers : db.dossiers;
}

function newId(oefening: boolean): string {
	return (oefening ? OEFEN_PREFIX : '') + crypto.randomUUID();
}

/** Converts any failure into an OpslagFout with a stable code. */
export function toOpslagFout(error: unknown): OpslagFout {
	if (error instanceof OpslagFout) return error;
	if (isOpslagVol(error)) return new OpslagFout('opslag-vol', undefined, { cause: error });
	if (isVerbindingVerloren(error)) return new OpslagFout('verbinding-verloren', undefined, { cause: error });
	console.error('Storage operation failed', error);
	return new OpslagFout('opslag-mislukt', String(error), { cause: error });
}

/** Runs `work`, and once more on a reopened connection when the first try lost the connection. */
async function withRetry<T>(work: (db: MeldwijzerDb) => Promise<T>): Promise<T> {
	const db = await openDatabase();
	try {
		return await work(db);
	} catch (error) {
		if (!isVerbindingVerloren(error) || opslagStatus.herladenNodig) throw error;
		console.warn('IndexedDB connection lost; reopening and retrying once', error);
		return work(await reopenDatabase());
	}
}

/** Runs a write and keeps the save status up to date; failures are raised as OpslagFout. */
export async function write<T>(work: (db: MeldwijzerDb) => Promise<T>): Promise<T> {
	markBusy();
	try {
		const result = await trackWrite(withRetry(work));
		markSaved();
		return result;
	} catch (error) {
		const fout = toOpslagFout(error);
		markFailed(fout);
		throw fout;
	}
}

/** Runs a read; failures are raised as OpslagFout without changing the save status. */
export async function read<T>(work: (db: MeldwijzerDb) => Promise<T>): Promise<T> {
	try {
		return await withRetry(work);
	} catch (error) {
		throw toOpslagFout(error);
	}
}

/** Updates the lost-data marker with the number of real dossiers. */
export async function updateDossierMarker(db: MeldwijzerDb): Promise<number> {
	const aantal = await db.dossiers.count();
	if (opslagStatus.modus === 'apparaat') writeDossierMarker(aantal);
	return aantal;
}

/** Creates and stores a new dossier; the first real one also requests persistent storage. */
export async function createDossier(init: {
	label: string;
	contentVersie: number;
	oefening?: boolean;
	casus?: string;
	antwoorden?: Dossier['antwoorden'];
}): Promise<Dossier> {
	const now = new Date();
	const dossier: Dossier = {
		id: newId(init.oefening ?? false),
		label: init.label,
		aangemaakt: now,
		bijgewerkt: now,
		contentVersie: init.contentVersie,
		antwoorden: snapshot(init.antwoorden ?? {}),
		laatsteStap: 'dossier',
		besluiten: [],
		status: 'open',
		...(init.casus ? { casus: init.casus } : {})
	};
	const aantal = await write(async (db) => {
		const table = tableFor(db, dossier.id);
		await db.transaction('rw', table, db.instellingen, async () => {
			await table.add(await encodeRecord(dossier, await writeKey(db)));
		});
		return init.oefening ? null : updateDossierMarker(db);
	});
	if (aantal === 1) void requestPersistence();
	return dossier;
}

/** Reads one dossier, or undefined when it does not exist or fails validation (then it is reported). */
export async function getDossier(id: string): Promise<Dossier | undefined> {
	return read(async (db) => decodeRecord(await tableFor(db, id).get(id)));
}

function toRegel({ id, label, aangemaakt, bijgewerkt, status, laatsteStap }: Dossier): DossierRegel {
	return { id, label, aangemaakt, bijgewerkt, status, laatsteStap };
}

/** Reads every valid dossier of a table, most recently changed first; invalid ones are reported and skipped. */
export async function readAllDossiers(db: MeldwijzerDb, oefening: boolean): Promise<Dossier[]> {
	const table = oefening ? db.oefendossiers : db.dossiers;
	// Read the whole table, not the `bijgewerkt` index, so a record that lacks the field is still
	// reported instead of silently left out.
	const rows = await table.toArray();
	const dossiers: Dossier[] = [];
	for (const row of rows) {
		const dossier = await decodeRecord(row);
		if (dossier) dossiers.push(dossier);
	}
	return dossiers.sort((a, b) => b.bijgewerkt.getTime() - a.bijgewerkt.getTime());
}

/** Lists real dossiers, or practice dossiers with `oefening`, most recently changed first. */
export async function listDossiers(options: { oefening?: boolean } = {}): Promise<DossierRegel[]> {
	return read(async (db) => (await readAllDossiers(db, options.oefening ?? false)).map(toRegel));
}

/** Counts real dossiers, or practice dossiers with `oefening`; works while locked. */
export async function countDossiers(options: { oefening?: boolean } = {}): Promise<number> {
	return read((db) => (options.oefening ? db.oefendossiers : db.dossiers).count());
}

/**
 * Reads, changes and writes one dossier inside one transaction, so changes from two tabs to
 * different fields or questions are both kept.
 */
async function modifyDossier(id: string, change: (dossier: Dossier) => void): Promise<void> {
	await write(async (db) => {
		const table = tableFor(db, id);
		await db.transaction('rw', table, db.instellingen, async () => {
			const key = await writeKey(db);
			const raw = await table.get(id);
			if (!raw) throw new OpslagFout('niet-gevonden', id);
			const dossier = await decodeRecord(raw);
			if (!dossier) throw new OpslagFout('ongeldig-record', id);
			change(dossier);
			await table.put(await encodeRecord(dossier, key));
		});
	});
}

/** Saves one answer. The value is copied first, so a Svelte $state proxy never reaches IndexedDB. */
export async function saveAnswer(id: string, vraagId: string, waarde: AntwoordWaarde): Promise<void> {
	const copy = snapshot(waarde);
	await modifyDossier(id, (dossier) => {
		dossier.antwoorden[vraagId] = copy;
		dossier.bijgewerkt = new Date();
		if (vraagId === 'label' && typeof copy === 'string' && copy.trim()) dossier.label = copy.trim();
	});
}

/** Records the step the user opened last. */
export async function saveLastStep(id: string, stap: string): Promise<void> {
	await modifyDossier(id, (dossier) => {
		dossier.laatsteStap = stap;
	});
}

/** Appends a decision to the dossier's log. */
export async function addDecision(id: string, besluit: Omit<Besluit, 'id' | 'op'>): Promise<Besluit> {
	const entry: Besluit = { ...snapshot(besluit), id: crypto.randomUUID(), op: new Date() };
	await modifyDossier(id, (dossier) => {
		dossier.besluiten.push(entry);
		dossier.bijgewerkt = new Date();
	});
	return entry;
}

/** Sets a dossier's status, for closing or reopening it. */
export async function setStatus(id: string, status: Dossier['status']): Promise<void> {
	await modifyDossier(id, (dossier) => {
		dossier.status = status;
		dossier.bijgewerkt = new Date();
	});
}

/** Deletes one dossier from IndexedDB. */
export async function deleteDossier(id: string): Promise<void> {
	await write(async (db) => {
		await tableFor(db, id).delete(id);
		if (!isOefenId(id)) await updateDossierMarker(db);
	});
}

/**
 * Calls `callback` with the dossier now and after every change, also changes made in another tab
 * (Dexie's liveQuery observes other tabs through BroadcastChannel). Returns the unsubscribe function.
 * The callback receives undefined when the dossier is deleted, and `fout` when it cannot be read.
 */
export function watchDossier(
	id: string,
	callback: (dossier: Dossier | undefined, fout?: OpslagFout) => void
): () => void {
	let stopped = false;
	let sequence = 0;
	let latest: { raw: unknown } | undefined;
	let unsubscribe: (() => void) | undefined;

	const deliver = (raw: unknown) => {
		const current = ++sequence;
		decodeRecord(raw).then(
			(dossier) => {
				if (!stopped && current === sequence) callback(dossier);
			},
			(error: unknown) => {
				if (!stopped && current === sequence) callback(undefined, toOpslagFout(error));
			}
		);
	};
	// An encrypted dossier cannot be read while locked; after unlocking it is delivered again.
	const stopKeyWatch = onKeyChange((present) => {
		if (present && latest && !stopped) deliver(latest.raw);
	});

	void openDatabase().then(
		(db) => {
			if (stopped) return;
			const table = tableFor(db, id);
			const subscription = liveQuery(() => table.get(id)).subscribe({
				next: (raw) => {
					latest = { raw };
					deliver(raw);
				},
				error: (error: unknown) => {
					if (!stopped) callback(undefined, toOpslagFout(error));
				}
			});
			unsubscribe = () => subscription.unsubscribe();
		},
		(error: unknown) => callback(undefined, toOpslagFout(error))
	);
	return () => {
		stopped = true;
		stopKeyWatch();
		unsubscribe?.();
	};
}

/**
 * Deletes every real dossier and every setting in one transaction. The passphrase lock and its
 * idle time are kept, because practice dossiers may still be encrypted under that lock.
 */
export async function wipeRealData(): Promise<void> {
	await write(async (db) => {
		await db.transaction('rw', db.dossiers, db.instellingen, async () => {
			await db.dossiers.clear();
			await db.instellingen.where('sleutel').noneOf([...BEWAARDE_INSTELLINGEN]).delete();
		});
		await updateDossierMarker(db);
	});
}

/** Settings that wipeRealData keeps: the lock data and the idle time. */
const BEWAARDE_INSTELLINGEN = ['vergrendeling', 'vergrendeltijd'] as const;

/** Deletes everything Meldwijzer stores: real and practice dossiers, settings and the lock data. */
export async function wipeAllData(): Promise<void> {
	await write(async (db) => {
		await db.transaction('rw', db.dossiers, db.oefendossiers, db.instellingen, async () => {
			await db.dossiers.clear();
			await db.oefendossiers.clear();
			await db.instellingen.clear();
		});
		await updateDossierMarker(db);
	});
}

/** Deletes every practice dossier. */
export async function wipePracticeData(): Promise<void> {
	await write((db) => db.oefendossiers.clear());
}

/**
 * Checks whether the database is empty while it held real dossiers before, which happens when the
 * browser cleared the site's storage. Returns how many dossiers were recorded before, or 0.
 */
export async function checkLostData(): Promise<{ verloren: boolean; eerder: number }> {
	const eerder = readDossierMarker();
	if (eerder === 0 || opslagStatus.modus === 'geheugen') return { verloren: false, eerder: 0 };
	const nu = await countDossiers();
	return { verloren: nu === 0, eerder };
}

/** Clears the lost-data marker after the user has seen the message. */
export async function acknowledgeLostData(): Promise<void> {
	await read(updateDossierMarker);
}

/** Reads a setting, such as the saved Fase 0 readiness answers. */
export async function getSetting<T>(sleutel: string): Promise<T | undefined> {
	return read(async (db) => (await db.instellingen.get(sleutel))?.waarde as T | undefined);
}

/**
 * Stores a setting; the value is copied first for the same reason as in saveAnswer.
 * NOTE: settings are stored unencrypted, also with the passphrase lock on.
 */
export async function saveSetting(sleutel: string, waarde: unknown): Promise<void> {
	await write(async (db) => {
		await db.instellingen.put({ sleutel, waarde: snapshot(waarde) });
	});
}
