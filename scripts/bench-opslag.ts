// Entry of the benchmark's storage bundle: times the real storage functions inside Chromium.
import { createDossier, listDossiers, saveAnswer, wipeRealData } from '$lib/opslag/dossiers';
import { createExport, importExport } from '$lib/opslag/uitwisseling';

/** Saves `count` answers into one new dossier and returns each save's duration in ms. */
export async function timeSaves(count: number): Promise<number[]> {
	const dossier = await createDossier({ label: 'Benchmark', contentVersie: 1 });
	const durations: number[] = [];
	for (let i = 0; i < count; i++) {
		const start = performance.now();
		await saveAnswer(dossier.id, `situatie-1c`, `Antwoord ${i}: een beschrijving van het gemelde gedrag.`);
		durations.push(performance.now() - start);
	}
	return durations;
}

/** Empties the real store, then stores `count` dossiers with a realistic set of answers each. */
export async function fillDossiers(count: number): Promise<void> {
	await wipeRealData();
	for (let i = 0; i < count; i++) {
		await createDossier({
			label: `Dossier ${String(i).padStart(4, '0')}`,
			contentVersie: 1,
			antwoorden: {
				soort: 'melding',
				anoniem: 'nee',
				'datum-ontvangen': '2026-11-30',
				'situatie-1c': 'Herhaalde opmerkingen over uiterlijk tijdens overleggen.',
				'belangen-1': 'Dat het stopt en dat de melder veilig kan werken.',
				'gekozen-opvolging': ['correctief-gesprek']
			}
		});
	}
}

/** Exports every real dossier, empties the store, imports the file back, and times both halves. */
export async function timeExportImport(): Promise<{ exportMs: number; importMs: number; count: number }> {
	const exportStart = performance.now();
	const file = await createExport();
	const exportMs = performance.now() - exportStart;
	await wipeRealData();
	const importStart = performance.now();
	const result = await importExport(file.tekst);
	const importMs = performance.now() - importStart;
	return { exportMs, importMs, count: result.toegevoegd };
}

/** Times reading the dossier list's rows from the store, without rendering. */
export async function timeListRead(): Promise<number> {
	const start = performance.now();
	await listDossiers();
	return performance.now() - start;
}
