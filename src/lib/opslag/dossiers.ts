/** Verb-named storage functions for dossiers. Pages never touch IndexedDB directly. */
import type { AntwoordWaarde } from '$lib/content/types';
import { database } from './db';
import { snapshot } from './snapshot';
import type { Besluit, Dossier, DossierRegel } from './types';

const OEFEN_PREFIX = 'oefen-';

/** Whether an id belongs to a practice dossier, which is stored apart from real ones. */
export function isOefenId(id: string): boolean {
	return id.startsWith(OEFEN_PREFIX);
}

function tableFor(id: string) {
	const db = database();
	return isOefenId(id) ? db.oefendossiers : db.dossiers;
}

function newId(oefening: boolean): string {
	return (oefening ? OEFEN_PREFIX : '') + crypto.randomUUID();
}

/** Creates and stores a new dossier. */
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
	await tableFor(dossier.id).add(dossier);
	return dossier;
}

/** Reads one dossier, or undefined when it does not exist. */
export async function getDossier(id: string): Promise<Dossier | undefined> {
	return tableFor(id).get(id);
}

/** Lists real dossiers, or practice dossiers with `oefening`, most recently changed first. */
export async function listDossiers(options: { oefening?: boolean } = {}): Promise<DossierRegel[]> {
	const db = database();
	const table = options.oefening ? db.oefendossiers : db.dossiers;
	const rows = await table.orderBy('bijgewerkt').reverse().toArray();
	return rows.map(({ id, label, aangemaakt, bijgewerkt, status, laatsteStap }) => ({
		id,
		label,
		aangemaakt,
		bijgewerkt,
		status,
		laatsteStap
	}));
}

/** Saves one answer. The value is copied first, so a Svelte $state proxy never reaches IndexedDB. */
export async function saveAnswer(id: string, vraagId: string, waarde: AntwoordWaarde): Promise<void> {
	const copy = snapshot(waarde);
	const table = tableFor(id);
	await database().transaction('rw', table, async () => {
		const dossier = await table.get(id);
		if (!dossier) throw new Error(`Dossier ${id} niet gevonden`);
		dossier.antwoorden[vraagId] = copy;
		dossier.bijgewerkt = new Date();
		if (vraagId === 'label' && typeof copy === 'string' && copy.trim()) dossier.label = copy.trim();
		await table.put(dossier);
	});
}

/** Records the step the user opened last. */
export async function saveLastStep(id: string, stap: string): Promise<void> {
	await tableFor(id).update(id, { laatsteStap: stap });
}

/** Appends a decision to the dossier's log. */
export async function addDecision(id: string, besluit: Omit<Besluit, 'id' | 'op'>): Promise<Besluit> {
	const entry: Besluit = { ...snapshot(besluit), id: crypto.randomUUID(), op: new Date() };
	const table = tableFor(id);
	await database().transaction('rw', table, async () => {
		const dossier = await table.get(id);
		if (!dossier) throw new Error(`Dossier ${id} niet gevonden`);
		dossier.besluiten.push(entry);
		dossier.bijgewerkt = new Date();
		await table.put(dossier);
	});
	return entry;
}

/** Sets a dossier's status, for closing or reopening it. */
export async function setStatus(id: string, status: Dossier['status']): Promise<void> {
	await tableFor(id).update(id, { status, bijgewerkt: new Date() });
}

/** Deletes one dossier. */
export async function deleteDossier(id: string): Promise<void> {
	await tableFor(id).delete(id);
}

/** Reads a setting, such as the saved Fase 0 readiness answers. */
export async function getSetting<T>(sleutel: string): Promise<T | undefined> {
	return (await database().instellingen.get(sleutel))?.waarde as T | undefined;
}

/** Stores a setting; the value is copied first for the same reason as in saveAnswer. */
export async function saveSetting(sleutel: string, waarde: unknown): Promise<void> {
	await database().instellingen.put({ sleutel, waarde: snapshot(waarde) });
}
