/**
 * Checks on the make-up of the beslistafel (handreiking, Fase 0, "Bereid een beslistafel voor"):
 * one person has one role, the internal vertrouwenspersoon never sits at the table, an involved
 * member is replaced by a plaatsvervanger, and a beslisser alone is allowed but better completed.
 * The checks are messages for the user; none of them blocks moving on.
 */
import type { Antwoorden } from '$lib/opslag/types';

export interface Controle {
	id: string;
	/** 'probleem' breaks a rule of the handreiking; 'advies' is a recommendation. */
	soort: 'probleem' | 'advies';
	tekst: string;
	/** Question ids the message is about, for linking to the field. */
	vragen: string[];
}

const ROLLEN = [
	{ id: 'beslisser', naam: 'beslisser' },
	{ id: 'onafhankelijke', naam: 'onafhankelijke deelnemer' },
	{ id: 'deskundige', naam: 'deskundige' }
] as const;

function tekst(antwoorden: Antwoorden, vraagId: string): string {
	const waarde = antwoorden[vraagId];
	return typeof waarde === 'string' ? waarde.trim() : '';
}

/** Compares names loosely: case, spaces and dots do not count, so "P.J." matches "pj". */
function normaliseer(naam: string): string {
	return naam.toLocaleLowerCase('nl').replace(/[.\s]+/g, '');
}

function isBetrokken(antwoorden: Antwoorden, rol: string): boolean {
	const betrokkenheid = antwoorden[`${rol}-betrokkenheid`];
	return betrokkenheid === 'direct' || betrokkenheid === 'indirect';
}

/** Returns who actually fills a role: the plaatsvervanger when the member is involved. */
function bezetting(antwoorden: Antwoorden, rol: string): { naam: string; vraag: string } | undefined {
	const plaatsvervanger = tekst(antwoorden, `${rol}-plaatsvervanger`);
	if (isBetrokken(antwoorden, rol) && plaatsvervanger) return { naam: plaatsvervanger, vraag: `${rol}-plaatsvervanger` };
	const naam = tekst(antwoorden, `${rol}-naam`);
	return naam ? { naam, vraag: `${rol}-naam` } : undefined;
}

function dubbeleRollen(antwoorden: Antwoorden): Controle[] {
	const gezien = new Map<string, { rol: string; vraag: string }>();
	const controles: Controle[] = [];
	for (const rol of ROLLEN) {
		const persoon = bezetting(antwoorden, rol.id);
		if (!persoon) continue;
		const eerder = gezien.get(normaliseer(persoon.naam));
		if (eerder) {
			controles.push({
				id: `dubbele-rol-${rol.id}`,
				soort: 'probleem',
				tekst: `"${persoon.naam}" staat bij twee rollen: ${eerder.rol} en ${rol.naam}. Eén persoon heeft aan de beslistafel maar één rol, zodat het besluit in balans blijft. Zoek voor een van deze rollen iemand anders.`,
				vragen: [eerder.vraag, persoon.vraag]
			});
		} else {
			gezien.set(normaliseer(persoon.naam), { rol: rol.naam, vraag: persoon.vraag });
		}
	}
	return controles;
}

function vertrouwenspersoon(antwoorden: Antwoorden): Controle[] {
	return ROLLEN.filter((rol) => antwoorden[`${rol.id}-vertrouwenspersoon`] === 'ja').map((rol) => ({
		id: `vertrouwenspersoon-${rol.id}`,
		soort: 'probleem',
		tekst: `De interne vertrouwenspersoon kan niet aan de beslistafel zitten, ook niet als ${rol.naam}. De vertrouwenspersoon moet zo onafhankelijk mogelijk blijven. Kies voor deze rol iemand anders.`,
		vragen: [`${rol.id}-vertrouwenspersoon`]
	}));
}

function betrokkenheid(antwoorden: Antwoorden): Controle[] {
	const controles: Controle[] = [];
	const zonderVervanger: string[] = [];
	for (const rol of ROLLEN) {
		const naam = tekst(antwoorden, `${rol.id}-naam`);
		const waarde = antwoorden[`${rol.id}-betrokkenheid`];
		if (isBetrokken(antwoorden, rol.id) && !tekst(antwoorden, `${rol.id}-plaatsvervanger`)) {
			zonderVervanger.push(`${rol.id}-plaatsvervanger`);
			controles.push({
				id: `plaatsvervanger-${rol.id}`,
				soort: 'probleem',
				tekst: `De ${rol.naam} is ${waarde} betrokken bij de melding. Laat een plaatsvervanger deze rol overnemen.`,
				vragen: [`${rol.id}-plaatsvervanger`]
			});
		} else if (naam && waarde === 'onbekend') {
			controles.push({
				id: `betrokkenheid-onbekend-${rol.id}`,
				soort: 'advies',
				tekst: `Vraag de ${rol.naam} uitdrukkelijk of die direct of indirect betrokken is bij de melding, en leg het antwoord schriftelijk vast.`,
				vragen: [`${rol.id}-betrokkenheid`]
			});
		} else if (naam && waarde && !tekst(antwoorden, `${rol.id}-verklaard-op`)) {
			controles.push({
				id: `vastleggen-${rol.id}`,
				soort: 'advies',
				tekst: `Leg schriftelijk vast of de ${rol.naam} betrokken is, en vul de datum daarvan in.`,
				vragen: [`${rol.id}-verklaard-op`]
			});
		}
	}
	if (zonderVervanger.length > 0) {
		controles.push({
			id: 'extern',
			soort: 'advies',
			tekst: 'Lukt het niet om iemand te vinden die niet betrokken is? In een kleine organisatie gebeurt dat vaker. Schakel dan een externe partij in, bijvoorbeeld een extern onderzoeksbureau of een externe vertrouwenspersoon.',
			vragen: zonderVervanger
		});
	}
	return controles;
}

function aanvulling(antwoorden: Antwoorden): Controle[] {
	if (!tekst(antwoorden, 'beslisser-naam')) return [];
	const ontbreekt = ROLLEN.slice(1).filter((rol) => !tekst(antwoorden, `${rol.id}-naam`));
	if (ontbreekt.length === 0) return [];
	const namen = ontbreekt.map((rol) => `een ${rol.naam}`).join(' en ');
	const alleen = ontbreekt.length === 2 ? 'Een beslisser alleen mag. ' : '';
	return [
		{
			id: 'aanvullen',
			soort: 'advies',
			tekst: `${alleen}Het besluit wordt wel beter met ${namen} erbij, ook bij lichtere meldingen. In een kleine organisatie kan dat bijvoorbeeld een externe vertrouwenspersoon zijn, een externe arbodeskundige, de eindverantwoordelijke van een partnerorganisatie of een lid van de raad van toezicht.`,
			vragen: ontbreekt.map((rol) => `${rol.id}-naam`)
		}
	];
}

/** Runs every beslistafel check on the answers; problems come before advice. */
export function controleerBeslistafel(antwoorden: Antwoorden): Controle[] {
	const controles = [
		...vertrouwenspersoon(antwoorden),
		...dubbeleRollen(antwoorden),
		...betrokkenheid(antwoorden),
		...aanvulling(antwoorden)
	];
	return [...controles.filter((c) => c.soort === 'probleem'), ...controles.filter((c) => c.soort === 'advies')];
}
