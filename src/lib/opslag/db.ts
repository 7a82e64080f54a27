/** The Dexie database. Only modules in src/lib/opslag use it; pages call the functions in ./dossiers. */
import Dexie, { type EntityTable } from 'dexie';
import type { Dossier } from './types';

/** A key-value row for settings and the Fase 0 readiness check. */
export interface Instelling {
	sleutel: string;
	waarde: unknown;
}

export class MeldwijzerDb extends Dexie {
	dossiers!: EntityTable<Dossier, 'id'>;
	oefendossiers!: EntityTable<Dossier, 'id'>;
	instellingen!: EntityTable<Instelling, 'sleutel'>;

	constructor(name = 'meldwijzer') {
		super(name);
		this.version(1).stores({
			dossiers: 'id, bijgewerkt',
			oefendossiers: 'id, bijgewerkt, casus',
			instellingen: 'sleutel'
		});
	}
}

let instance: MeldwijzerDb | undefined;

/** Returns the shared database, opening it on first use. */
export function database(): MeldwijzerDb {
	instance ??= new MeldwijzerDb();
	return instance;
}
