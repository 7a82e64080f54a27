/**
 * zod schemas for every file under content/. They run at build time only, so the full zod API is
 * fine here. Browser code imports the plain types from ./types instead.
 */
import { z } from 'zod';

/** A stable id: lowercase words joined by hyphens. Saved dossiers refer to ids, so never reuse one. */
export const Id = z
	.string()
	.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'een id van kleine letters, cijfers en streepjes');

/** Where in the handreiking an item comes from. */
export const Bron = z.strictObject({
	fase: z.number().int().min(0).max(3),
	stap: z.number().int().min(1).max(5).optional(),
	tip: z.number().int().min(1).max(29).optional(),
	/** The heading in the handreiking the item follows. */
	kop: z.string().min(1)
});

export const Wet = z.strictObject({
	label: z.string().min(1),
	url: z.url({ protocol: /^https?$/ })
});

export const Fase = z.strictObject({
	id: z.enum(['fase-0', 'fase-1', 'fase-2', 'fase-3']),
	nummer: z.number().int().min(0).max(3),
	titel: z.string().min(1),
	kort: z.string().min(1),
	start: z.string().min(1),
	uitkomst: z.string().min(1),
	bron: Bron
});

export const Sectie = z.strictObject({
	id: Id,
	fase: z.number().int().min(0).max(3),
	stap: z.number().int().min(1).max(5).optional(),
	titel: z.string().min(1),
	volgorde: z.number().int().min(1),
	tips: z.array(z.number().int().min(1).max(29)).default([]),
	wetten: z.array(Wet).default([]),
	bron: Bron
});

export const Tip = z.strictObject({
	id: z.string().regex(/^tip-\d{2}$/, 'tip-01 tot en met tip-29'),
	nummer: z.number().int().min(1).max(29),
	fase: z.number().int().min(0).max(3),
	sectie: Id,
	bron: Bron
});

export const Begrip = z.strictObject({
	id: Id,
	term: z.string().min(1),
	bron: Bron
});

export const Inleiding = z.strictObject({
	id: z.enum(['voorwoord', 'inleiding']),
	titel: z.string().min(1),
	bron: Bron
});

/** H2 headings every intervention body must contain, in this order. */
export const INTERVENTIE_KOPPEN = [
	'Wat is het?',
	'Waarom?',
	'Waar moet je rekening mee houden?',
	'Wat heb je nodig?'
] as const;

export const Interventie = z.strictObject({
	id: z.enum(['informeel-gesprek', 'correctief-gesprek', 'groepsgesprek', 'bemiddeling', 'mediation']),
	titel: z.string().min(1),
	/** Rung on the escalation ladder, 1 is the lightest. */
	trede: z.number().int().min(1).max(8),
	kant: z.enum(['persoon', 'team']),
	tip: z.number().int().min(1).max(29),
	casus: Id,
	deelnemers: z.array(z.string().min(1)).min(1),
	bron: Bron
});

export const Onderzoek = z.strictObject({
	id: z.enum(['meldingenonderzoek', 'cultuuronderzoek', 'structuuronderzoek']),
	titel: z.string().min(1),
	trede: z.number().int().min(1).max(8),
	kant: z.enum(['persoon', 'team']),
	/** The items the handreiking lists for this kind's onderzoeksprotocol. */
	protocol: z.array(z.string().min(1)).min(5),
	stappen: z
		.array(z.strictObject({ nummer: z.number().int().min(1).max(5), titel: z.string().min(1) }))
		.length(5),
	bron: Bron
});

/** A value a question can hold. Closed questions use 'ja', 'nee' or 'onbekend'. */
export const AntwoordWaarde = z.union([
	z.string(),
	z.number(),
	z.boolean(),
	z.array(z.string()),
	/** A list of records, such as follow-up agreements with a date each. */
	z.array(z.record(z.string(), z.union([z.string(), z.boolean(), z.null()]))),
	z.null()
]);

export const Casus = z.strictObject({
	id: Id,
	titel: z.string().min(1),
	/** The intervention the handreiking chose for this casus; practice cases may name any option. */
	interventie: Id,
	/** 'handreiking' for the five casus of the source, 'meldwijzer' for cases written for practice. */
	herkomst: z.enum(['handreiking', 'meldwijzer']),
	bron: Bron,
	antwoorden: z.record(z.string(), AntwoordWaarde)
});

export const Optie = z.strictObject({
	waarde: z.string().min(1),
	label: z.string().min(1),
	uitleg: z.string().optional()
});

export const VraagSoort = z.enum([
	'tekst',
	'lang',
	'datum',
	'getal',
	'janee',
	'keuze',
	'meerkeuze',
	'vink',
	/** A heading that only groups its sub-questions and holds no answer itself. */
	'groep'
]);

export type VraagInvoer = {
	id: string;
	nummer?: string;
	tekst: string;
	soort: z.infer<typeof VraagSoort>;
	opties?: z.infer<typeof Optie>[];
	weetIkNiet?: boolean;
	verplicht?: boolean;
	hulp?: string;
	tips?: number[];
	bron: z.infer<typeof Bron>;
	sub?: VraagInvoer[];
};

export const Vraag: z.ZodType<VraagInvoer> = z.lazy(() =>
	z.strictObject({
		id: Id,
		nummer: z.string().optional(),
		tekst: z.string().min(1),
		soort: VraagSoort,
		opties: z.array(Optie).optional(),
		weetIkNiet: z.boolean().optional(),
		verplicht: z.boolean().optional(),
		hulp: z.string().optional(),
		tips: z.array(z.number().int().min(1).max(29)).optional(),
		bron: Bron,
		sub: z.array(Vraag).optional()
	})
);

export const Vragenset = z.strictObject({
	id: Id,
	titel: z.string().min(1),
	intro: z.string().optional(),
	tips: z.array(z.number().int().min(1).max(29)).default([]),
	bron: Bron,
	vragen: z.array(Vraag).min(1)
});

export const ChecklistItem = z.strictObject({
	id: Id,
	tekst: z.string().min(1),
	uitleg: z.string().optional(),
	bron: Bron
});

export const Checklist = z.strictObject({
	id: Id,
	titel: z.string().min(1),
	intro: z.string().optional(),
	bron: Bron,
	items: z.array(ChecklistItem).min(1)
});

export const Handreiking = z.strictObject({
	titel: z.string().min(1),
	uitgever: z.string().min(1),
	/** The handreiking version the content follows, 'prototype' until a 1.0 replaces it. */
	versie: z.string().min(1),
	/** Version of Meldwijzer's own content; saved dossiers record it. */
	contentVersie: z.number().int().min(1)
});
