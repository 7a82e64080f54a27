/**
 * The reactive save status that the flow UI shows: whether the last change is stored, and where
 * the data lives. Pages read `opslagStatus`; only the storage modules write it.
 */
import { foutmelding, OpslagFout, type FoutCode } from './fouten';

export type SaveToestand = 'opgeslagen' | 'bezig' | 'niet-opgeslagen';

export interface OpslagStatus {
	toestand: SaveToestand;
	/** Dutch text for the user; empty while everything is fine. */
	melding: string;
	/** Code of the last failure, for pages that show their own text. */
	code: FoutCode | null;
	laatstOpgeslagen: Date | null;
	/** 'geheugen' when IndexedDB could not be opened and nothing is kept after the tab closes. */
	modus: 'apparaat' | 'geheugen';
	/** Set when another tab blocks a schema upgrade; cleared once the database opens. */
	geblokkeerd: boolean;
	/** Set when another tab upgraded the schema and this tab closed its connection. */
	herladenNodig: boolean;
	/** Stored records that failed validation and were skipped, with their ids. */
	overgeslagen: { id: string; pad?: string }[];
}

export const opslagStatus: OpslagStatus = $state({
	toestand: 'opgeslagen',
	melding: '',
	code: null,
	laatstOpgeslagen: null,
	modus: 'apparaat',
	geblokkeerd: false,
	herladenNodig: false,
	overgeslagen: []
});

/** Marks a save as started. */
export function markBusy(): void {
	opslagStatus.toestand = 'bezig';
}

/** Marks a save as finished and clears an earlier failure message. */
export function markSaved(): void {
	opslagStatus.toestand = 'opgeslagen';
	opslagStatus.code = null;
	opslagStatus.melding = opslagStatus.modus === 'geheugen' ? foutmelding(new OpslagFout('geen-opslag')) : '';
	opslagStatus.laatstOpgeslagen = new Date();
}

/** Marks a save as failed, with the Dutch message for its error. */
export function markFailed(fout: OpslagFout): void {
	opslagStatus.toestand = 'niet-opgeslagen';
	opslagStatus.code = fout.code;
	opslagStatus.melding = foutmelding(fout);
}

/** Reports a problem that is not a failed save, such as a skipped record or memory-only storage. */
export function meldProbleem(fout: OpslagFout, id?: string): void {
	if (fout.code === 'ongeldig-record' && id !== undefined) {
		if (!opslagStatus.overgeslagen.some((entry) => entry.id === id)) {
			opslagStatus.overgeslagen.push({ id, pad: fout.pad });
		}
		return;
	}
	opslagStatus.code = fout.code;
	opslagStatus.melding = foutmelding(fout);
}
