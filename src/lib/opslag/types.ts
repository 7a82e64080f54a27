/** Shapes of what Meldwijzer keeps in IndexedDB. Field names are never reused once removed. */
import type { AntwoordWaarde } from '$lib/content/types';

export type Antwoorden = Record<string, AntwoordWaarde>;

/** One decision in a dossier's log: what was decided, by which role, and when. */
export interface Besluit {
	id: string;
	/** What was decided, in the user's words or as a generated line such as "Gekozen: bemiddeling". */
	wat: string;
	/** Role at the beslistafel that took the decision. */
	rol: 'beslisser' | 'onafhankelijke' | 'deskundige' | 'anders';
	op: Date;
}

export interface Dossier {
	/** Random id; practice dossiers start with "oefen-" and live in their own table. */
	id: string;
	label: string;
	aangemaakt: Date;
	bijgewerkt: Date;
	/** The content version (content/handreiking.json contentVersie) the dossier was made with. */
	contentVersie: number;
	/** Answers keyed by the stable question ids in content/vragen. */
	antwoorden: Antwoorden;
	/** Id of the step the user last opened, so the dossier reopens there. */
	laatsteStap: string;
	besluiten: Besluit[];
	status: 'open' | 'gesloten';
	/** For practice dossiers: the casus the dossier was filled from. */
	casus?: string;
}

/** A dossier as the list shows it, without its answers. */
export interface DossierRegel {
	id: string;
	label: string;
	aangemaakt: Date;
	bijgewerkt: Date;
	status: Dossier['status'];
	laatsteStap: string;
}

/** A dossier as stored without the passphrase lock; version-1 records lack the two extra fields. */
export type OnversleuteldRecord = Dossier & { schemaVersie?: number; versleuteld?: false };

/**
 * A dossier as stored with the passphrase lock on. Only the id, the two timestamps (for sorting)
 * and the flag stay readable; `inhoud` is the AES-GCM ciphertext of the rest, label included.
 */
export interface VersleuteldRecord {
	id: string;
	aangemaakt: Date;
	bijgewerkt: Date;
	schemaVersie: number;
	versleuteld: true;
	/** The 96-bit AES-GCM initialisation vector, fresh for every write. */
	iv: Uint8Array;
	inhoud: ArrayBuffer;
}

export type OpgeslagenDossier = OnversleuteldRecord | VersleuteldRecord;
