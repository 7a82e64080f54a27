/**
 * zod/mini schemas for what is read back from IndexedDB and from export files. zod/mini keeps the
 * browser bundle small; the content schemas at build time use full zod.
 */
import * as z from 'zod/mini';
import type { Dossier } from './types';

/** Every value a question can hold; mirrors AntwoordWaarde in src/lib/content/schema.ts. */
export const AntwoordWaarde = z.union([
	z.string(),
	z.number(),
	z.boolean(),
	z.array(z.string()),
	z.array(z.record(z.string(), z.union([z.string(), z.boolean(), z.null()]))),
	z.null()
]);

const ROLLEN = ['beslisser', 'onafhankelijke', 'deskundige', 'anders'] as const;

const ValidDate = z.date().check(z.refine((date) => !Number.isNaN(date.getTime()), 'invalid date'));

/** An ISO 8601 date-time string, read back as a Date. */
const IsoDate = z.pipe(
	z.iso.datetime({ offset: true }),
	z.transform((text: string) => new Date(text))
);

function dossierShape<D extends z.ZodMiniType<Date>>(date: D) {
	return {
		id: z.string().check(z.minLength(1)),
		label: z.string(),
		aangemaakt: date,
		bijgewerkt: date,
		contentVersie: z.number(),
		antwoorden: z.record(z.string(), AntwoordWaarde),
		laatsteStap: z.string(),
		besluiten: z.array(
			z.object({ id: z.string(), wat: z.string(), rol: z.enum(ROLLEN), op: date })
		),
		status: z.enum(['open', 'gesloten']),
		casus: z.optional(z.string())
	};
}

/** A dossier as held in memory, with Date objects; used for stored and decrypted records. */
export const DossierSchema = z.object(dossierShape(ValidDate));

/** A dossier in an export file or a ciphertext, with dates as ISO strings. */
export const DossierJsonSchema = z.object(dossierShape(IsoDate as unknown as z.ZodMiniType<Date>));

const isArrayBuffer = (value: unknown) => Object.prototype.toString.call(value) === '[object ArrayBuffer]';

export const VersleuteldRecordSchema = z.object({
	id: z.string().check(z.minLength(1)),
	aangemaakt: ValidDate,
	bijgewerkt: ValidDate,
	schemaVersie: z.number(),
	versleuteld: z.literal(true),
	iv: z.custom<Uint8Array>((value) => value instanceof Uint8Array || ArrayBuffer.isView(value)),
	inhoud: z.custom<ArrayBuffer>(isArrayBuffer)
});

/** Formats a zod issue path as "dossiers[0].besluiten[1].op". */
export function formatPath(path: readonly PropertyKey[]): string {
	let text = '';
	for (const part of path) {
		if (typeof part === 'number') text += `[${part}]`;
		else text += text ? `.${String(part)}` : String(part);
	}
	return text;
}

/** Returns the path of the first issue in a failed parse. */
export function firstIssuePath(error: { issues: readonly { path: readonly PropertyKey[] }[] }): string {
	return formatPath(error.issues[0]?.path ?? []);
}

/** Copies a dossier into plain JSON data, with every Date as an ISO string. */
export function dossierToJson(dossier: Dossier): Record<string, unknown> {
	return {
		id: dossier.id,
		label: dossier.label,
		aangemaakt: dossier.aangemaakt.toISOString(),
		bijgewerkt: dossier.bijgewerkt.toISOString(),
		contentVersie: dossier.contentVersie,
		antwoorden: dossier.antwoorden,
		laatsteStap: dossier.laatsteStap,
		besluiten: dossier.besluiten.map((besluit) => ({ ...besluit, op: besluit.op.toISOString() })),
		status: dossier.status,
		...(dossier.casus !== undefined ? { casus: dossier.casus } : {})
	};
}
