/**
 * The Fase 0 readiness check: the ten question ids the advice reads, and the ordered to-do list
 * built from the answers.
 */
import type { Gereedheid } from '$lib/advies/types';

/** Question ids of content/vragen/gereedheid.json. The rules in src/lib/advies read the same ids. */
export const GEREEDHEID_IDS = [
	'gereed-vertrouwenspersoon',
	'gereed-deskundigheid',
	'gereed-meldingsprotocol',
	'gereed-gedragscode',
	'gereed-klachtenregeling',
	'gereed-rie',
	'gereed-voorlichting',
	'gereed-leidinggevenden',
	'gereed-medezeggenschap',
	'gereed-beslistafel'
] as const;

export type GereedheidId = (typeof GEREEDHEID_IDS)[number];
export type GereedheidWaarde = 'ja' | 'deels' | 'nee' | 'onbekend';

/** Settings key under which the answers are stored, in the shape `Gereedheid`. */
export const GEREEDHEID_SLEUTEL = 'gereedheid';

/**
 * Importance within one answer group, most important first: the two duties that Arbobesluit
 * article 2.15 names, then what the first days after a melding need, then roles, then the
 * arrangements that take longer to build with staff.
 */
export const PRIORITEIT: readonly GereedheidId[] = [
	'gereed-rie',
	'gereed-voorlichting',
	'gereed-vertrouwenspersoon',
	'gereed-beslistafel',
	'gereed-meldingsprotocol',
	'gereed-deskundigheid',
	'gereed-leidinggevenden',
	'gereed-gedragscode',
	'gereed-medezeggenschap',
	'gereed-klachtenregeling'
];

/** Answer groups in to-do order: what is missing, then what is unknown, then what is partly done. */
const STATUS_VOLGORDE: Record<Exclude<GereedheidWaarde, 'ja'>, number> = { nee: 0, onbekend: 1, deels: 2 };

export interface Wetsartikel {
	label: string;
	url: string;
}

const BW_7_658: Wetsartikel = {
	label: 'Burgerlijk Wetboek, artikel 7:658 (zorgplicht van de werkgever)',
	url: 'https://wetten.overheid.nl/jci1.3:c:BWBR0005290&boek=7&titeldeel=10&afdeling=6&artikel=658&z=2020-08-01&g=2020-08-01'
};
const ARBOWET_3: Wetsartikel = {
	label: 'Arbeidsomstandighedenwet, artikel 3 (beleid tegen psychosociale arbeidsbelasting)',
	url: 'https://wetten.overheid.nl/jci1.3:c:BWBR0010346&hoofdstuk=2&artikel=3&z=2022-05-20&g=2022-05-20'
};
// NOTE: the handreiking gives no address for Arbobesluit article 2.15, so this one is built from
// the Arbobesluit's BWBR id in the jci format of the two above. It is unverified.
const ARBOBESLUIT_2_15: Wetsartikel = {
	label: 'Arbeidsomstandighedenbesluit, artikel 2.15 (seksuele intimidatie in de RI&E, voorlichting en onderricht)',
	url: 'https://wetten.overheid.nl/jci1.3:c:BWBR0008498&artikel=2.15'
};

/** Law articles behind a readiness item. The other items rest on the handreiking's advice only. */
export const WETTEN: Partial<Record<GereedheidId, Wetsartikel[]>> = {
	'gereed-rie': [ARBOBESLUIT_2_15, ARBOWET_3, BW_7_658],
	'gereed-voorlichting': [ARBOBESLUIT_2_15, ARBOWET_3]
};

export function isGereedheidWaarde(waarde: unknown): waarde is GereedheidWaarde {
	return waarde === 'ja' || waarde === 'deels' || waarde === 'nee' || waarde === 'onbekend';
}

/** Reads stored readiness answers, keeping only the ten ids with a valid value. */
export function leesGereedheid(opgeslagen: unknown): Gereedheid {
	const gereedheid: Gereedheid = {};
	if (typeof opgeslagen !== 'object' || opgeslagen === null) return gereedheid;
	for (const id of GEREEDHEID_IDS) {
		const waarde = (opgeslagen as Record<string, unknown>)[id];
		if (isGereedheidWaarde(waarde)) gereedheid[id] = waarde;
	}
	return gereedheid;
}

export interface Actiepunt {
	id: GereedheidId;
	/** The answer, with an unanswered item counted as 'onbekend'. */
	waarde: Exclude<GereedheidWaarde, 'ja'>;
	beantwoord: boolean;
}

/** Lists every item not answered 'ja', ordered by answer group and then by PRIORITEIT. */
export function maakActielijst(gereedheid: Gereedheid): Actiepunt[] {
	return PRIORITEIT.flatMap((id): Actiepunt[] => {
		const waarde = gereedheid[id];
		if (waarde === 'ja') return [];
		return [{ id, waarde: waarde === 'nee' || waarde === 'deels' ? waarde : 'onbekend', beantwoord: waarde !== undefined }];
	}).sort((a, b) => STATUS_VOLGORDE[a.waarde] - STATUS_VOLGORDE[b.waarde]);
}

/** Returns the items answered 'ja', in PRIORITEIT order. */
export function geregeld(gereedheid: Gereedheid): GereedheidId[] {
	return PRIORITEIT.filter((id) => gereedheid[id] === 'ja');
}
