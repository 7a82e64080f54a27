/** One-line explanations of the advice for the presenter view. */
import type { Advies, OptieId, OptieStatus, Reden } from './types';

export const OPTIE_NAMEN: Record<OptieId, string> = {
	'informeel-gesprek': 'Informeel gesprek',
	'correctief-gesprek': 'Correctief gesprek',
	bemiddeling: 'Bemiddeling',
	mediation: 'Mediation',
	meldingenonderzoek: 'Meldingenonderzoek',
	groepsgesprek: 'Groepsgesprek',
	cultuuronderzoek: 'Cultuuronderzoek',
	structuuronderzoek: 'Structuuronderzoek'
};

const STATUS_NAMEN: Record<OptieStatus, string> = {
	aanbevolen: 'aanbevolen',
	mogelijk: 'mogelijk',
	ongeschikt: 'niet geschikt'
};

function beschrijf(reden: Reden): string {
	const vragen = reden.vragen.length > 0 ? `vragen: ${reden.vragen.join(', ')}; ` : '';
	return `${reden.tekst} (${vragen}regel ${reden.regel})`;
}

/**
 * Returns one line saying why an option has its status, with the reason texts, the question ids
 * they read and the rule ids. An option without reasons gets the ladder's default.
 */
export function uitlegOptie(advies: Advies, optie: OptieId): string {
	const item = advies.opties.find((o) => o.optie === optie);
	const naam = OPTIE_NAMEN[optie];
	if (!item) return `${naam}: niet in dit advies.`;
	const status = STATUS_NAMEN[item.status];
	if (item.redenen.length === 0) {
		return `${naam} is ${status}: geen regel is van toepassing, dus de optie blijft open op de escalatieladder.`;
	}
	return `${naam} is ${status}: ${item.redenen.map(beschrijf).join(' ')}`;
}
