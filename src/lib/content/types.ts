/** Plain types of the loaded content, safe to import from browser code. */
import type { z } from 'zod';
import type * as S from './schema';

export type Bron = z.infer<typeof S.Bron>;
export type Vraag = S.VraagInvoer;
export type Vragenset = z.infer<typeof S.Vragenset>;
export type Checklist = z.infer<typeof S.Checklist>;
export type ChecklistItem = z.infer<typeof S.ChecklistItem>;
export type AntwoordWaarde = z.infer<typeof S.AntwoordWaarde>;

/** A content item with its source file and its Markdown body rendered to HTML. */
export type Gerenderd<T> = T & { bestand: string; html: string };

export type Fase = Gerenderd<z.infer<typeof S.Fase>>;
export type Sectie = Gerenderd<z.infer<typeof S.Sectie>>;
export type Tip = Gerenderd<z.infer<typeof S.Tip>>;
export type Begrip = Gerenderd<z.infer<typeof S.Begrip>>;
export type Inleiding = Gerenderd<z.infer<typeof S.Inleiding>>;
export type Casus = Gerenderd<z.infer<typeof S.Casus>>;

export type Interventie = z.infer<typeof S.Interventie> & {
	bestand: string;
	delen: { kop: string; html: string }[];
};

// The schema's steps carry no HTML, so they are replaced, not intersected. An intersection of the
// two array types would hide `html` from `stappen.map`.
export type Onderzoek = Omit<z.infer<typeof S.Onderzoek>, 'stappen'> & {
	bestand: string;
	introHtml: string;
	stappen: { nummer: number; titel: string; html: string }[];
};

export interface Content {
	handreiking: z.infer<typeof S.Handreiking>;
	inleiding: Inleiding[];
	fasen: Fase[];
	secties: Sectie[];
	tips: Tip[];
	begrippen: Begrip[];
	interventies: Interventie[];
	onderzoeken: Onderzoek[];
	casussen: Casus[];
	vragensets: Record<string, Vragenset>;
	checklists: Record<string, Checklist>;
}
