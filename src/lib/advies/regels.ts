/**
 * The advice rules as one table, after the handreiking "Opvolging meldingen van seksueel
 * grensoverschrijdend gedrag". Each rule reads a few answers and has one effect:
 *
 * - 'aanbevolen': the option fits the situation when the condition holds.
 * - 'mogelijk': a reservation, so the option stays possible but is not recommended.
 * - 'ongeschikt': the option does not fit. When the condition is unknown, the option cannot be
 *   recommended until the answer is known, and `onbekend` says what to find out.
 * - 'actie': an obligation, route or immediate step applies.
 *
 * A condition is a function of `v`, the reader of the answers: `v.is('ernst', 'zwaar')` is true,
 * false or 'onbekend'. `of`, `en` and `niet` combine them, and `zeker` counts an unknown as false.
 */
import type { Bron } from '$lib/content/types';
import type { ActieId } from './acties';
import { en, niet, of, zeker, type Drie, type Lezer } from './lezer';
import type { OptieId } from './types';

interface RegelBasis {
	id: string;
	als: (v: Lezer) => Drie;
	/** Reason shown when the condition holds, naming the answers behind it. */
	tekst: string;
	/**
	 * Reason shown when the condition is unknown, saying what to find out. Every 'ongeschikt' rule
	 * has one. An action rule without it adds nothing while its condition is unknown.
	 */
	onbekend?: string;
	/** Question ids the condition reads. */
	vragen: string[];
	bron: Bron;
}

export interface OptieRegel extends RegelBasis {
	effect: 'aanbevolen' | 'mogelijk' | 'ongeschikt';
	opties: OptieId[];
}

export interface ActieRegel extends RegelBasis {
	effect: 'actie';
	actie: ActieId;
}

export type Regel = OptieRegel | ActieRegel;

const PERSOONSGERICHT: OptieId[] = ['informeel-gesprek', 'correctief-gesprek', 'bemiddeling', 'mediation'];

const ROLLEN = [
	{ rol: 'beslisser', naam: 'De beslisser' },
	{ rol: 'onafhankelijke', naam: 'De onafhankelijke deelnemer' },
	{ rol: 'deskundige', naam: 'De deskundige' }
] as const;

const FASE0_GAPS = [
	{ vraag: 'gereed-deskundigheid', wat: 'deskundige ondersteuning' },
	{ vraag: 'gereed-meldingsprotocol', wat: 'een meldingsprotocol' },
	{ vraag: 'gereed-gedragscode', wat: 'een gedragscode' },
	{ vraag: 'gereed-rie', wat: 'een RI&E met plan van aanpak' }
] as const;

export const REGELS: Regel[] = [
	// Informeel gesprek
	{
		id: 'informeel-melder-comfortabel',
		opties: ['informeel-gesprek'],
		effect: 'aanbevolen',
		als: (v) => v.is('melder-comfortabel', 'ja'),
		tekst: 'De melder voelt zich prettig bij een gesprek met de beschuldigde. Een informeel gesprek is dan een lichte eerste stap.',
		vragen: ['melder-comfortabel'],
		bron: { fase: 2, kop: 'Casus informeel gesprek' }
	},
	{
		id: 'informeel-melder-niet-comfortabel',
		opties: ['informeel-gesprek'],
		effect: 'ongeschikt',
		als: (v) => v.is('melder-comfortabel', 'nee'),
		tekst: 'De melder voelt zich niet prettig bij een gesprek met de beschuldigde over de melding.',
		onbekend: 'Vraag de melder of die zich prettig voelt bij een gesprek met de beschuldigde.',
		vragen: ['melder-comfortabel'],
		bron: { fase: 2, kop: 'Casus informeel gesprek' }
	},
	{
		id: 'informeel-zwaar',
		opties: ['informeel-gesprek'],
		effect: 'ongeschikt',
		als: (v) => v.is('ernst', 'zwaar'),
		tekst: 'Het gedrag is zwaar. Een informeel gesprek is daarvoor te licht.',
		onbekend: 'Schat in hoe zwaar het gemelde gedrag is.',
		vragen: ['ernst'],
		bron: { fase: 2, kop: 'Informeel gesprek' }
	},
	// NOTE: the handreiking also calls an informeel gesprek not enough when the beschuldigde denies or
	// trivialises the behaviour. No question records that, so only repetition after a talk counts here.
	{
		id: 'informeel-herhaling-na-gesprek',
		opties: ['informeel-gesprek'],
		effect: 'ongeschikt',
		als: (v) => en(v.bevat('eerdere-stappen', 'informeel-gesprek'), v.is('herhaling', 'ja')),
		tekst: 'Er was al een informeel gesprek en het gedrag herhaalt zich. Een open gesprek alleen is niet genoeg.',
		onbekend: 'Ga na welke stappen al gezet zijn en of het gedrag zich herhaalt.',
		vragen: ['eerdere-stappen', 'herhaling'],
		bron: { fase: 2, kop: 'Informeel gesprek' }
	},
	{
		id: 'informeel-middel',
		opties: ['informeel-gesprek'],
		effect: 'mogelijk',
		als: (v) => v.is('ernst', 'middel'),
		tekst: 'Het gedrag is middelzwaar. Een informeel gesprek kan te licht zijn. Een correctief gesprek geeft meer gewicht.',
		vragen: ['ernst'],
		bron: { fase: 2, kop: 'Correctief gesprek' }
	},

	// Correctief gesprek
	{
		id: 'correctief-na-informeel',
		opties: ['correctief-gesprek'],
		effect: 'aanbevolen',
		als: (v) => en(v.bevat('eerdere-stappen', 'informeel-gesprek'), v.is('herhaling', 'ja')),
		tekst: 'Er was al een informeel gesprek, maar het gedrag herhaalt zich. Een correctief gesprek geeft gewicht aan de kwestie en stelt een grens.',
		vragen: ['eerdere-stappen', 'herhaling'],
		bron: { fase: 2, tip: 24, kop: 'Correctief gesprek' }
	},
	{
		id: 'correctief-middel',
		opties: ['correctief-gesprek'],
		effect: 'aanbevolen',
		als: (v) => en(v.is('ernst', 'middel'), v.is('feiten', 'vast', 'aannemelijk')),
		tekst: 'Het gedrag is middelzwaar en staat vast of is aannemelijk. Een correctief gesprek met een officiële waarschuwing past dan als eerste waarschuwing.',
		vragen: ['ernst', 'feiten'],
		bron: { fase: 1, stap: 3, kop: 'Correctief gesprek' }
	},
	{
		id: 'correctief-feiten-onduidelijk',
		opties: ['correctief-gesprek'],
		effect: 'ongeschikt',
		als: (v) => v.is('feiten', 'onduidelijk'),
		tekst: 'Het gedrag staat niet vast en is niet aannemelijk. Een correctief gesprek vraagt dat wel. Misschien is eerst onderzoek nodig.',
		onbekend: 'Ga na of het gedrag vaststaat of aannemelijk is.',
		vragen: ['feiten'],
		bron: { fase: 2, kop: 'Correctief gesprek' }
	},
	{
		id: 'correctief-zwaar',
		opties: ['correctief-gesprek'],
		effect: 'ongeschikt',
		als: (v) => v.is('ernst', 'zwaar'),
		tekst: 'Het gedrag is zwaar. Een correctief gesprek past niet bij zwaardere vormen van seksueel grensoverschrijdend gedrag.',
		onbekend: 'Schat in hoe zwaar het gemelde gedrag is.',
		vragen: ['ernst'],
		bron: { fase: 2, kop: 'Correctief gesprek' }
	},
	{
		id: 'correctief-herhaling-na-correctief',
		opties: ['correctief-gesprek'],
		effect: 'ongeschikt',
		als: (v) => en(v.bevat('eerdere-stappen', 'correctief-gesprek'), v.is('herhaling', 'ja')),
		tekst: 'Er was al een correctief gesprek en het gedrag herhaalt zich toch. Nog een correctief gesprek is dan niet genoeg.',
		onbekend: 'Ga na welke stappen al gezet zijn en of het gedrag zich herhaalt.',
		vragen: ['eerdere-stappen', 'herhaling'],
		bron: { fase: 2, kop: 'Correctief gesprek' }
	},
	{
		id: 'correctief-extern',
		opties: ['correctief-gesprek'],
		effect: 'ongeschikt',
		als: (v) => v.is('beschuldigde-positie', 'extern'),
		tekst: 'De beschuldigde is niet in dienst. Een officiële waarschuwing in het personeelsdossier is dan niet mogelijk.',
		onbekend: 'Ga na of de beschuldigde een medewerker is of iemand van buiten de organisatie.',
		vragen: ['beschuldigde-positie'],
		bron: { fase: 0, kop: 'Intern en extern seksueel grensoverschrijdend gedrag' }
	},

	// Both talks with the beschuldigde aim to stop the behaviour.
	{
		id: 'gesprek-gedrag-gestopt',
		opties: ['informeel-gesprek', 'correctief-gesprek'],
		effect: 'mogelijk',
		als: (v) => v.is('gedrag-gestopt', 'ja'),
		tekst: 'Het gedrag is al gestopt. Een gesprek dat het gedrag moet stoppen, voegt dan minder toe dan werken aan herstel.',
		vragen: ['gedrag-gestopt'],
		bron: { fase: 2, kop: 'Casus bemiddeling' }
	},

	// Bemiddeling
	{
		id: 'bemiddeling-relatie-na-gedrag',
		opties: ['bemiddeling'],
		effect: 'aanbevolen',
		als: (v) => en(v.is('werkrelatie-verstoord', 'ja'), v.is('gedrag-gestopt', 'ja')),
		tekst: 'Het gedrag is gestopt, maar de werkrelatie is verstoord. Bemiddeling helpt melder en beschuldigde de werkrelatie te herstellen.',
		vragen: ['werkrelatie-verstoord', 'gedrag-gestopt'],
		bron: { fase: 2, tip: 26, kop: 'Casus bemiddeling' }
	},
	{
		id: 'bemiddeling-geen-instemming',
		opties: ['bemiddeling'],
		effect: 'ongeschikt',
		als: (v) => v.is('instemming-beide', 'nee'),
		tekst: 'De melder en de beschuldigde stemmen niet allebei in. Bemiddeling kan alleen als beiden instemmen.',
		onbekend: 'Vraag de melder en de beschuldigde of ze allebei instemmen met bemiddeling.',
		vragen: ['instemming-beide'],
		bron: { fase: 1, stap: 3, kop: 'Bemiddeling' }
	},
	{
		id: 'bemiddeling-machtsverschil',
		opties: ['bemiddeling'],
		effect: 'ongeschikt',
		// The handreiking rules out bemiddeling for a power difference that is too large, not for
		// every difference, so a difference of unknown size leaves the option possible.
		als: (v) => en(of(v.is('context-1a', 'ja'), v.is('context-1b', 'ja')), v.is('machtsverschil-groot', 'ja')),
		tekst: 'Het machtsverschil tussen melder en beschuldigde is te groot. Bemiddeling kan alleen zonder te groot machtsverschil.',
		onbekend: 'Ga na of er een machtsverschil is tussen melder en beschuldigde, en of het te groot is voor bemiddeling.',
		vragen: ['context-1a', 'context-1b', 'machtsverschil-groot'],
		bron: { fase: 1, stap: 3, kop: 'Bemiddeling' }
	},
	{
		id: 'bemiddeling-zwaar',
		opties: ['bemiddeling'],
		effect: 'ongeschikt',
		als: (v) => v.is('ernst', 'zwaar'),
		tekst: 'De beschuldiging is zwaar. Bemiddeling past bij een conflict dat niet te zwaar is.',
		onbekend: 'Schat in hoe zwaar het gemelde gedrag is.',
		vragen: ['ernst'],
		bron: { fase: 2, kop: 'Bemiddeling' }
	},
	{
		id: 'bemiddeling-leidinggevende-niet-neutraal',
		opties: ['bemiddeling'],
		effect: 'mogelijk',
		als: (v) => v.is('leidinggevende-neutraal', 'nee'),
		tekst: 'De leidinggevende kan niet neutraal blijven of mist de vaardigheden. Bemiddeling vraagt een onpartijdige bemiddelaar met de juiste vaardigheden.',
		vragen: ['leidinggevende-neutraal'],
		bron: { fase: 2, tip: 26, kop: 'Bemiddeling' }
	},

	// Mediation
	{
		id: 'mediation-na-bemiddeling',
		opties: ['mediation'],
		effect: 'aanbevolen',
		als: (v) => en(v.bevat('eerdere-stappen', 'bemiddeling'), v.is('werkrelatie-verstoord', 'ja')),
		tekst: 'Er was al bemiddeling, maar de werkrelatie is nog verstoord. Mediation is dan een krachtig middel.',
		vragen: ['eerdere-stappen', 'werkrelatie-verstoord'],
		bron: { fase: 1, stap: 3, kop: 'Mediation' }
	},
	{
		id: 'mediation-leidinggevende-niet-neutraal',
		opties: ['mediation'],
		effect: 'aanbevolen',
		als: (v) => en(v.is('leidinggevende-neutraal', 'nee'), v.is('werkrelatie-verstoord', 'ja')),
		tekst: 'De werkrelatie is verstoord en de leidinggevende kan niet neutraal blijven of mist de vaardigheden. Een professionele mediator kan dan helpen.',
		vragen: ['leidinggevende-neutraal', 'werkrelatie-verstoord'],
		bron: { fase: 2, tip: 27, kop: 'Casus mediation' }
	},
	{
		id: 'mediation-geen-draagvlak',
		opties: ['mediation'],
		effect: 'ongeschikt',
		als: (v) => v.is('draagvlak-beide', 'nee'),
		tekst: 'De melder en de beschuldigde willen niet allebei meewerken. Mediation werkt alleen met draagvlak bij beiden.',
		onbekend: 'Vraag de melder en de beschuldigde of ze allebei willen meewerken aan mediation.',
		vragen: ['draagvlak-beide'],
		bron: { fase: 2, tip: 27, kop: 'Mediation' }
	},
	{
		id: 'mediation-waarheidsvinding',
		opties: ['mediation'],
		effect: 'ongeschikt',
		als: (v) => v.bevat('doel', 'waarheid'),
		tekst: 'Het doel is waarheidsvinding. Mediation gaat over erkenning en begrip en stelt geen feiten vast. Een meldingenonderzoek doet dat wel.',
		onbekend: 'Bepaal met de beslistafel het doel van de opvolging.',
		vragen: ['doel'],
		bron: { fase: 2, kop: 'Mediation' }
	},

	// Anonymous reports and signals: no talk with the melder is possible.
	{
		id: 'anoniem-geen-gesprek-met-melder',
		opties: ['bemiddeling', 'mediation'],
		effect: 'ongeschikt',
		als: (v) => v.is('anoniem', 'ja'),
		tekst: 'De melding is anoniem. Een gesprek samen met de melder is dan niet mogelijk.',
		onbekend: 'Ga na of de melding anoniem is gedaan.',
		vragen: ['anoniem'],
		bron: { fase: 1, tip: 14, kop: 'Anonieme melding' }
	},
	{
		id: 'anoniem-alleen-beschuldigde',
		opties: ['informeel-gesprek', 'correctief-gesprek'],
		effect: 'mogelijk',
		als: (v) => v.is('anoniem', 'ja'),
		tekst: 'De melding is anoniem. Een gesprek met de beschuldigde kan wel, maar je kunt niet met de melder nagaan of het helpt. Ga er extra zorgvuldig mee om.',
		vragen: ['anoniem'],
		bron: { fase: 1, tip: 14, kop: 'Anonieme melding' }
	},
	{
		id: 'signaal-eerst-in-kaart',
		opties: [...PERSOONSGERICHT, 'meldingenonderzoek'],
		effect: 'mogelijk',
		als: (v) => v.is('soort', 'signaal'),
		tekst: 'Het gaat om een signaal, niet om een gerichte melding. Vaak is de beschuldigde dan niet bekend. Breng eerst in kaart wat er speelt.',
		vragen: ['soort'],
		bron: { fase: 1, tip: 14, kop: 'Signaal' }
	},
	{
		id: 'cultuur-anoniem-of-signaal',
		opties: ['cultuuronderzoek'],
		effect: 'aanbevolen',
		als: (v) => of(v.is('anoniem', 'ja'), v.is('soort', 'signaal')),
		tekst: 'Er is een anonieme melding of een signaal. Breng in kaart wat er in de organisatie speelt, bijvoorbeeld met een enquête of interviews.',
		vragen: ['anoniem', 'soort'],
		bron: { fase: 1, tip: 14, kop: 'Anonieme melding' }
	},

	// Groepsgesprek
	{
		id: 'groep-meer-signalen',
		opties: ['groepsgesprek'],
		effect: 'aanbevolen',
		als: (v) => of(v.is('situatie-3', 'ja'), v.is('context-2', 'ja')),
		tekst: 'Er zijn meer meldingen of signalen van dit soort gedrag. Een groepsgesprek met het team past dan.',
		vragen: ['situatie-3', 'context-2'],
		bron: { fase: 2, tip: 25, kop: 'Groepsgesprek' }
	},
	{
		id: 'groep-onveilige-cultuur',
		opties: ['groepsgesprek'],
		effect: 'aanbevolen',
		als: (v) => of(v.is('onveilige-cultuur', 'ja'), v.is('context-4', 'ja')),
		tekst: 'Er zijn tekenen van een onveilige cultuur of van andere problemen in het team. Een groepsgesprek over omgangsvormen past dan.',
		vragen: ['onveilige-cultuur', 'context-4'],
		bron: { fase: 2, tip: 25, kop: 'Casus groepsgesprek' }
	},
	{
		id: 'groep-melder-niet-akkoord',
		opties: ['groepsgesprek'],
		effect: 'ongeschikt',
		als: (v) => en(v.is('soort', 'melding', 'klacht'), v.is('melder-akkoord-groep', 'nee')),
		tekst: 'Het groepsgesprek volgt op een specifieke melding en de melder gaat niet akkoord. Dan kan het groepsgesprek niet doorgaan.',
		onbekend: 'Vraag de melder vooraf of die akkoord gaat met een groepsgesprek.',
		vragen: ['soort', 'melder-akkoord-groep'],
		bron: { fase: 2, kop: 'Groepsgesprek' }
	},

	{
		id: 'groep-anoniem-herkenbaar',
		opties: ['groepsgesprek'],
		effect: 'mogelijk',
		als: (v) => v.is('anoniem', 'ja'),
		tekst: 'De melding is anoniem. Een groepsgesprek kan de melder herkenbaar maken. Breng eerst in kaart wat er speelt en zorg voor een veilige omgeving.',
		vragen: ['anoniem'],
		bron: { fase: 2, tip: 25, kop: 'Groepsgesprek' }
	},

	// Meldingenonderzoek
	{
		id: 'melding-doel-waarheid',
		opties: ['meldingenonderzoek'],
		effect: 'aanbevolen',
		als: (v) => of(v.bevat('doel', 'waarheid'), v.bevat('doel', 'sanctie')),
		tekst: 'Het doel is waarheidsvinding of een grond voor een sanctie. Een meldingenonderzoek stelt de feiten rond de melding vast.',
		vragen: ['doel'],
		bron: { fase: 2, stap: 1, kop: 'Meldingenonderzoek' }
	},
	{
		id: 'melding-feiten-onduidelijk',
		opties: ['meldingenonderzoek'],
		effect: 'aanbevolen',
		als: (v) => v.is('feiten', 'onduidelijk'),
		tekst: 'Het gedrag staat niet vast en is niet aannemelijk. Een meldingenonderzoek kan de feiten boven water halen.',
		vragen: ['feiten'],
		bron: { fase: 2, kop: 'Onderzoek naar of in plaats van interventies' }
	},
	{
		id: 'melding-zwaar',
		opties: ['meldingenonderzoek'],
		effect: 'aanbevolen',
		als: (v) => v.is('ernst', 'zwaar'),
		tekst: 'Het gedrag is zwaar. Voor maatregelen of een sanctie moeten de feiten vaststaan. Een meldingenonderzoek kan die vaststellen.',
		vragen: ['ernst'],
		bron: { fase: 1, stap: 2, kop: 'Tijdelijke maatregelen' }
	},
	{
		id: 'melding-herhaling-na-correctief',
		opties: ['meldingenonderzoek'],
		effect: 'aanbevolen',
		als: (v) => en(v.bevat('eerdere-stappen', 'correctief-gesprek'), v.is('herhaling', 'ja')),
		tekst: 'Het gedrag herhaalt zich na een correctief gesprek. Voor een sanctie moeten de feiten vaststaan. Een meldingenonderzoek kan die vaststellen.',
		vragen: ['eerdere-stappen', 'herhaling'],
		bron: { fase: 2, kop: 'Correctief gesprek' }
	},

	// Cultuuronderzoek
	{
		id: 'cultuur-signalen-over-anderen',
		opties: ['cultuuronderzoek'],
		effect: 'aanbevolen',
		als: (v) => v.is('context-2', 'ja'),
		tekst: 'Er zijn signalen van soortgelijk gedrag door anderen dan de beschuldigde. Dat kan wijzen op een patroon in de cultuur.',
		vragen: ['context-2'],
		bron: { fase: 2, kop: 'Cultuuronderzoek' }
	},
	{
		id: 'cultuur-team-of-cultuur',
		opties: ['cultuuronderzoek'],
		effect: 'aanbevolen',
		als: (v) => of(v.is('onveilige-cultuur', 'ja'), v.is('context-4', 'ja')),
		tekst: 'Er zijn tekenen van een onveilige cultuur of van andere problemen in het team, zoals verloop of verzuim. Een cultuuronderzoek geeft inzicht in de sociale veiligheid.',
		vragen: ['onveilige-cultuur', 'context-4'],
		bron: { fase: 2, kop: 'Cultuuronderzoek' }
	},
	{
		id: 'cultuur-doel',
		opties: ['cultuuronderzoek'],
		effect: 'aanbevolen',
		als: (v) => v.bevat('doel', 'cultuur'),
		tekst: 'Het doel is de cultuur van de organisatie in kaart te brengen.',
		vragen: ['doel'],
		bron: { fase: 1, stap: 4, kop: 'Wat is het doel?' }
	},

	// Structuuronderzoek
	{
		id: 'structuur-beleid-ontbreekt',
		opties: ['structuuronderzoek'],
		effect: 'aanbevolen',
		als: (v) => v.is('beleid-ontbreekt', 'ja'),
		tekst: 'Er ontbreekt beleid of er zijn te weinig maatregelen. Een structuuronderzoek laat zien of de organisatie het juiste beleid heeft.',
		vragen: ['beleid-ontbreekt'],
		bron: { fase: 2, stap: 1, kop: 'Structuuronderzoek' }
	},
	{
		id: 'structuur-geen-gedragscode-of-protocol',
		opties: ['structuuronderzoek'],
		effect: 'aanbevolen',
		als: (v) => of(v.is('heeft-gedragscode', 'nee'), v.is('heeft-meldingsprotocol', 'nee')),
		tekst: 'De organisatie heeft geen gedragscode of geen meldingsprotocol. Een structuuronderzoek laat zien welk beleid ontbreekt.',
		vragen: ['heeft-gedragscode', 'heeft-meldingsprotocol'],
		bron: { fase: 2, stap: 1, kop: 'Structuuronderzoek' }
	},
	...FASE0_GAPS.map(
		({ vraag, wat }): Regel => ({
			id: `structuur-${vraag}`,
			opties: ['structuuronderzoek'],
			effect: 'aanbevolen',
			als: (v) => v.gereed(vraag, 'nee', 'deels'),
			tekst: `Volgens de check van Fase 0 is ${wat} niet of maar deels op orde. Een structuuronderzoek laat zien wat er nodig is.`,
			vragen: [vraag],
			bron: { fase: 2, stap: 1, kop: 'Structuuronderzoek' }
		})
	),
	{
		id: 'structuur-doel',
		opties: ['structuuronderzoek'],
		effect: 'aanbevolen',
		als: (v) => v.bevat('doel', 'structuur'),
		tekst: 'Het doel is de structuur en het beleid van de organisatie in kaart te brengen.',
		vragen: ['doel'],
		bron: { fase: 1, stap: 4, kop: 'Wat is het doel?' }
	},

	// Actions: obligations and routes
	{
		id: 'aangifte-slachtoffer-beslist',
		effect: 'actie',
		actie: 'aangifte-keuze',
		als: (v) => v.is('situatie-2a', 'ja'),
		tekst: 'Het gemelde gedrag is mogelijk strafbaar.',
		onbekend: 'Ga na of het gemelde gedrag mogelijk strafbaar is.',
		vragen: ['situatie-2a'],
		bron: { fase: 1, stap: 3, tip: 23, kop: 'Aangifte' }
	},
	{
		id: 'aangifteplicht',
		effect: 'actie',
		actie: 'aangifteplicht',
		als: (v) => v.is('situatie-2a-aangifteplicht', 'ja'),
		tekst: 'Er geldt mogelijk een wettelijke aangifteplicht.',
		onbekend: 'Het is nog niet duidelijk of er een wettelijke aangifteplicht geldt. Zoek dat zo snel mogelijk uit.',
		vragen: ['situatie-2a-aangifteplicht'],
		bron: { fase: 1, stap: 3, tip: 23, kop: 'Aangifte' }
	},
	{
		id: 'wbk-50-medewerkers',
		effect: 'actie',
		actie: 'wbk-meldregeling',
		als: (v) => v.minstens('aantal-medewerkers', 50),
		tekst: 'De organisatie heeft 50 of meer medewerkers.',
		vragen: ['aantal-medewerkers'],
		bron: { fase: 1, stap: 3, tip: 23, kop: 'Meldregeling voor misstanden' }
	},
	{
		id: 'klacht-naar-klachtencommissie',
		effect: 'actie',
		actie: 'klachtencommissie',
		als: (v) =>
			en(
				v.is('soort', 'klacht'),
				v.is('heeft-klachtenregeling', 'ja'),
				niet(zeker(v.gereed('gereed-klachtenregeling', 'nee')))
			),
		tekst: 'Het gaat om een formele klacht en de organisatie heeft een klachtenregeling met een klachtencommissie.',
		onbekend: 'Ga na of de organisatie een klachtenregeling met een klachtencommissie heeft.',
		vragen: ['soort', 'heeft-klachtenregeling', 'gereed-klachtenregeling'],
		bron: { fase: 0, tip: 9, kop: 'Bereid een beslistafel voor' }
	},
	{
		id: 'klacht-zonder-klachtencommissie',
		effect: 'actie',
		actie: 'geen-klachtencommissie',
		als: (v) =>
			en(
				v.is('soort', 'klacht'),
				of(v.is('heeft-klachtenregeling', 'nee'), zeker(v.gereed('gereed-klachtenregeling', 'nee')))
			),
		tekst: 'Het gaat om een formele klacht, maar de organisatie heeft geen klachtenregeling met een klachtencommissie.',
		vragen: ['soort', 'heeft-klachtenregeling', 'gereed-klachtenregeling'],
		bron: { fase: 1, tip: 15, kop: 'Formele klacht' }
	},

	// Actions: immediate steps
	{
		id: 'tijdelijk-ernstige-situatie',
		effect: 'actie',
		actie: 'tijdelijke-maatregelen',
		als: (v) => v.is('ernstige-situatie', 'ja'),
		tekst: 'De situatie is zo ernstig dat direct handelen nodig is.',
		onbekend: 'Beoordeel of de situatie zo ernstig is dat je direct moet handelen.',
		vragen: ['ernstige-situatie'],
		bron: { fase: 1, stap: 2, tip: 21, kop: 'Tijdelijke maatregelen' }
	},
	{
		id: 'tijdelijk-melder-niet-vrij',
		effect: 'actie',
		actie: 'tijdelijke-maatregelen',
		als: (v) => v.is('situatie-4c', 'nee'),
		tekst: 'De melder kan het werk niet meer vrij doen.',
		vragen: ['situatie-4c'],
		bron: { fase: 1, stap: 2, tip: 21, kop: 'Tijdelijke maatregelen' }
	},
	{
		id: 'tijdelijk-niet-samen-werken',
		effect: 'actie',
		actie: 'tijdelijke-maatregelen',
		als: (v) => v.is('samen-werken-mogelijk', 'nee'),
		tekst: 'De melder en de beschuldigde kunnen voorlopig niet bij elkaar in de buurt werken.',
		vragen: ['samen-werken-mogelijk'],
		bron: { fase: 1, stap: 2, tip: 21, kop: 'Tijdelijke maatregelen' }
	},
	{
		id: 'leiding-leidinggevende',
		effect: 'actie',
		actie: 'hoger-niveau',
		als: (v) => v.is('betreft-leiding', 'leidinggevende'),
		tekst: 'De melding gaat over een leidinggevende.',
		vragen: ['betreft-leiding'],
		bron: { fase: 0, tip: 11, kop: 'Zorg dat leidinggevenden hun rol pakken' }
	},
	{
		id: 'leiding-directie',
		effect: 'actie',
		actie: 'toezichthouder',
		als: (v) => v.is('betreft-leiding', 'directie'),
		tekst: 'De melding gaat over de directie.',
		vragen: ['betreft-leiding'],
		bron: { fase: 0, tip: 11, kop: 'Zorg dat leidinggevenden hun rol pakken' }
	},
	{
		id: 'leiding-rvt',
		effect: 'actie',
		actie: 'rest-toezichthouder',
		als: (v) => v.is('betreft-leiding', 'rvt'),
		tekst: 'De melding gaat over een lid van de raad van toezicht.',
		vragen: ['betreft-leiding'],
		bron: { fase: 0, tip: 11, kop: 'Zorg dat leidinggevenden hun rol pakken' }
	},
	...ROLLEN.flatMap(({ rol, naam }): Regel[] => [
		{
			id: `${rol}-betrokken`,
			effect: 'actie',
			actie: 'plaatsvervanger-beslistafel',
			als: (v) => v.is(`${rol}-betrokkenheid`, 'direct', 'indirect'),
			tekst: `${naam} is direct of indirect persoonlijk betrokken bij de melding.`,
			vragen: [`${rol}-betrokkenheid`],
			bron: { fase: 0, tip: 12, kop: 'Voorkom betrokkenheid bij de melding' }
		},
		{
			id: `${rol}-vertrouwenspersoon`,
			effect: 'actie',
			actie: 'vertrouwenspersoon-niet-aan-tafel',
			als: (v) => v.is(`${rol}-vertrouwenspersoon`, 'ja'),
			tekst: `${naam} is de interne vertrouwenspersoon.`,
			vragen: [`${rol}-vertrouwenspersoon`],
			bron: { fase: 0, tip: 13, kop: 'Samenstelling beslistafel' }
		}
	]),
	{
		id: 'beslistafel-geen-onafhankelijke',
		effect: 'actie',
		actie: 'beslistafel-aanvullen',
		als: (v) => !v.ingevuld('onafhankelijke-naam'),
		tekst: 'Er staat nog geen onafhankelijke deelnemer aan de beslistafel.',
		vragen: ['onafhankelijke-naam'],
		bron: { fase: 0, tip: 13, kop: 'Onafhankelijke deelnemer' }
	},
	{
		id: 'beslistafel-geen-deskundige',
		effect: 'actie',
		actie: 'beslistafel-aanvullen',
		als: (v) => !v.ingevuld('deskundige-naam'),
		tekst: 'Er staat nog geen deskundige aan de beslistafel.',
		vragen: ['deskundige-naam'],
		bron: { fase: 0, tip: 13, kop: 'Deskundige ondersteuning' }
	},
	{
		id: 'geen-vertrouwenspersoon',
		effect: 'actie',
		actie: 'vertrouwenspersoon-regelen',
		als: (v) => v.gereed('gereed-vertrouwenspersoon', 'nee', 'deels'),
		tekst: 'Volgens de check van Fase 0 is er geen of maar deels een vertrouwenspersoon geregeld.',
		vragen: ['gereed-vertrouwenspersoon'],
		bron: { fase: 0, tip: 5, kop: 'Vertrouwenspersonen' }
	},
	{
		id: 'melder-vertrouwenspersoon-aanraden',
		effect: 'actie',
		actie: 'melder-naar-vertrouwenspersoon',
		als: (v) => en(niet(zeker(v.is('anoniem', 'ja'))), niet(zeker(v.is('vertrouwenspersoon-geadviseerd', 'ja')))),
		tekst: 'Er staat niet vastgelegd dat de melder is aangeraden om met de vertrouwenspersoon te praten.',
		vragen: ['anoniem', 'vertrouwenspersoon-geadviseerd'],
		bron: { fase: 1, stap: 1, tip: 18, kop: 'Zorg voor een goede ontvangst van de melding' }
	},
	{
		id: 'anoniem-of-signaal-in-kaart',
		effect: 'actie',
		actie: 'in-kaart-brengen',
		als: (v) => of(v.is('anoniem', 'ja'), v.is('soort', 'signaal')),
		tekst: 'Er is een anonieme melding of een signaal.',
		vragen: ['anoniem', 'soort'],
		bron: { fase: 1, tip: 14, kop: 'Anonieme melding' }
	},
	{
		id: 'extern-beschermen',
		effect: 'actie',
		actie: 'extern-beschermen',
		als: (v) => v.is('beschuldigde-positie', 'extern'),
		tekst: 'De beschuldigde is iemand van buiten de organisatie.',
		vragen: ['beschuldigde-positie'],
		bron: { fase: 0, kop: 'Intern en extern seksueel grensoverschrijdend gedrag' }
	}
];
