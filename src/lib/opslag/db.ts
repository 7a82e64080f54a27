/** The Dexie database. Only modules in src/lib/opslag use it; pages call the functions in ./dossiers. */
import Dexie, { type EntityTable, type Transaction } from 'dexie';
import { OpslagFout } from './fouten';
import { opslagStatus, meldProbleem } from './status.svelte';
import type { OpgeslagenDossier } from './types';

/** A key-value row for settings and the Fase 0 readiness check. */
export interface Instelling {
	sleutel: string;
	waarde: unknown;
}

/** The schema version this code writes into every dossier record. */
export const SCHEMA_VERSIE = 2;

export class MeldwijzerDb extends Dexie {
	dossiers!: EntityTable<OpgeslagenDossier, 'id'>;
	oefendossiers!: EntityTable<OpgeslagenDossier, 'id'>;
	instellingen!: EntityTable<Instelling, 'sleutel'>;

	constructor(name = 'meldwijzer', options?: ConstructorParameters<typeof Dexie>[1]) {
		super(name, options);
		this.version(1).stores({
			dossiers: 'id, bijgewerkt',
			oefendossiers: 'id, bijgewerkt, casus',
			instellingen: 'sleutel'
		});
		// Version 2 indexes `aangemaakt`, stamps every record with `schemaVersie` and the
		// `versleuteld` flag, and fills fields that early version-1 records could lack.
		// Errors are not caught here: Dexie then aborts the versionchange transaction, so an
		// upgrade is never left half done.
		this.version(2)
			.stores({
				dossiers: 'id, bijgewerkt, aangemaakt',
				oefendossiers: 'id, bijgewerkt, aangemaakt, casus'
			})
			.upgrade(async (transaction) => {
				await upgradeToVersion2(transaction, 'dossiers');
				await upgradeToVersion2(transaction, 'oefendossiers');
			});
	}
}

async function upgradeToVersion2(transaction: Transaction, table: string): Promise<void> {
	await transaction
		.table(table)
		.toCollection()
		.modify((record: Record<string, unknown>) => {
			record.schemaVersie = SCHEMA_VERSIE;
			record.versleuteld = false;
			record.besluiten ??= [];
			record.status ??= 'open';
			record.laatsteStap ??= 'dossier';
			record.antwoorden ??= {};
			record.bijgewerkt ??= record.aangemaakt;
		});
}

interface DatabaseConfig {
	naam: string;
	/** An IndexedDB factory to use instead of the browser's, for tests. */
	indexedDB?: IDBFactory;
	IDBKeyRange?: typeof IDBKeyRange;
}

let config: DatabaseConfig = { naam: 'meldwijzer' };
let instance: MeldwijzerDb | undefined;
let opening: Promise<MeldwijzerDb> | undefined;
const beforeClose = new Set<() => unknown>();

/** Selects the database name and factory and closes the open instance; used by tests. */
export function configureDatabase(next: DatabaseConfig): void {
	instance?.close();
	instance = undefined;
	opening = undefined;
	config = next;
	opslagStatus.modus = 'apparaat';
	opslagStatus.herladenNodig = false;
	opslagStatus.geblokkeerd = false;
}

/**
 * Registers work to run when another tab upgrades the database, before this tab closes its
 * connection, such as writing answers that wait for a pause in typing. The close waits for the
 * returned promises, at most BEFORE_CLOSE_TIMEOUT_MS.
 */
export function onBeforeClose(callback: () => unknown): () => void {
	beforeClose.add(callback);
	return () => beforeClose.delete(callback);
}

const BEFORE_CLOSE_TIMEOUT_MS = 2000;
const pendingWrites = new Set<Promise<unknown>>();

/** Tracks a write, so a close for another tab's upgrade waits until it has finished. */
export function trackWrite<T>(promise: Promise<T>): Promise<T> {
	pendingWrites.add(promise);
	void promise.then(
		() => pendingWrites.delete(promise),
		() => pendingWrites.delete(promise)
	);
	return promise;
}

/** Waits until every tracked write has finished, or `timeout` milliseconds have passed. */
export async function settleWrites(timeout: number, extra: Promise<unknown>[] = []): Promise<void> {
	// One macrotask first, so writes that start in the current task (such as a flush when a
	// component unmounts) are tracked as well.
	await new Promise((resolve) => setTimeout(resolve, 0));
	const all = Promise.allSettled([...extra, ...pendingWrites]);
	await Promise.race([all, new Promise((resolve) => setTimeout(resolve, timeout))]);
}

function finishWork(): Promise<void> {
	const work = [...beforeClose].map((callback) => Promise.resolve().then(callback));
	return settleWrites(BEFORE_CLOSE_TIMEOUT_MS, work);
}

function createDatabase(): MeldwijzerDb {
	const options = config.indexedDB
		? { indexedDB: config.indexedDB, IDBKeyRange: config.IDBKeyRange ?? globalThis.IDBKeyRange }
		: undefined;
	const db = new MeldwijzerDb(config.naam, options);
	watchConnection(db);
	return db;
}

function watchConnection(db: MeldwijzerDb): void {
	db.on('blocked', () => {
		opslagStatus.geblokkeerd = true;
	});
	db.on('ready', () => {
		opslagStatus.geblokkeerd = false;
	});
	// Another tab opened a newer schema. This tab finishes its writes, closes its connection so the
	// upgrade can go ahead, and asks the user to reload. Returning false stops Dexie's own handler,
	// which would close at once with auto-open still on.
	db.on('versionchange', () => {
		opslagStatus.herladenNodig = true;
		void finishWork().then(() => db.close({ disableAutoOpen: true }));
		return false;
	});
}

/** Returns the shared database object, creating it on first use; it opens on first query. */
export function database(): MeldwijzerDb {
	instance ??= createDatabase();
	return instance;
}

/**
 * Opens the shared database. When IndexedDB cannot be opened (some private modes), it switches to
 * an in-memory IndexedDB with the same schema and sets the status to 'geheugen', so the flow still
 * works but nothing is kept after the tab closes.
 */
export function openDatabase(): Promise<MeldwijzerDb> {
	opening ??= openOrFallBack().catch((error: unknown) => {
		opening = undefined;
		throw error;
	});
	return opening;
}

async function openOrFallBack(): Promise<MeldwijzerDb> {
	if (opslagStatus.herladenNodig) throw new OpslagFout('verbinding-verloren', 'reload required');
	const db = database();
	try {
		await db.open();
		return db;
	} catch (error) {
		if ((error as { name?: string }).name === 'VersionError') {
			opslagStatus.herladenNodig = true;
			throw new OpslagFout('verbinding-verloren', 'database is newer than this code', { cause: error });
		}
		console.error('IndexedDB cannot be opened; using memory only', error);
		return openInMemory();
	}
}

async function openInMemory(): Promise<MeldwijzerDb> {
	const memory = await import('fake-indexeddb');
	instance?.close();
	instance = new MeldwijzerDb(config.naam, {
		indexedDB: new memory.IDBFactory(),
		IDBKeyRange: memory.IDBKeyRange
	});
	await instance.open();
	opslagStatus.modus = 'geheugen';
	meldProbleem(new OpslagFout('geen-opslag'));
	return instance;
}

/** Closes and reopens the connection, after Safari or another cause closed it under the app. */
export async function reopenDatabase(): Promise<MeldwijzerDb> {
	if (opslagStatus.herladenNodig) throw new OpslagFout('verbinding-verloren', 'reload required');
	const db = instance ?? database();
	db.close({ disableAutoOpen: false });
	opening = undefined;
	await db.open();
	return db;
}
