/** The actions the advice can add next to the options, with their kind and Dutch text. */
import type { Actie } from './types';

export const ACTIES = {
	'aangifte-keuze': {
		soort: 'route',
		tekst:
			'Het slachtoffer beslist zelf of die aangifte doet bij de politie. Bespreek die mogelijkheid en bied steun, bijvoorbeeld via de vertrouwenspersoon.'
	},
	aangifteplicht: {
		soort: 'verplichting',
		tekst:
			'Ga na of er een wettelijke aangifteplicht geldt, zoals bij verkrachting (artikel 136 Wetboek van Strafrecht). Overleg met politie en Openbaar Ministerie wat de organisatie zelf wel en niet kan doen.'
	},
	'wbk-meldregeling': {
		soort: 'verplichting',
		tekst:
			'Een organisatie met 50 of meer werknemers moet een meldregeling voor misstanden hebben (Wet bescherming klokkenluiders). Houd er rekening mee dat de melder die regeling kan gebruiken.'
	},
	klachtencommissie: {
		soort: 'route',
		tekst:
			'Een formele klacht gaat naar de klachtencommissie, die de klacht volgens de klachtenprocedure behandelt. Dat sluit andere stappen, zoals onderzoek, bemiddeling of mediation, niet uit.'
	},
	'geen-klachtencommissie': {
		soort: 'route',
		tekst:
			'Er is geen klachtencommissie om de klacht te behandelen. De beslistafel pakt de klacht op als melding. Leg dat uit aan de melder.'
	},
	'tijdelijke-maatregelen': {
		soort: 'direct',
		tekst:
			'Handel direct, maar zorgvuldig naar iedereen: overweeg tijdelijke maatregelen, zoals vrijstelling van werk met behoud van loon of tijdelijk ander werk. Kijk in de cao naar afspraken over schorsing en vrijstelling. Een sanctie kan pas als het gedrag vaststaat.'
	},
	'hoger-niveau': {
		soort: 'direct',
		tekst:
			'De melding gaat over een leidinggevende. Schakel snel een hoger niveau in de organisatie in om de melding op te volgen.'
	},
	toezichthouder: {
		soort: 'direct',
		tekst:
			'De melding gaat over de directie. Schakel de toezichthouder in, zoals de raad van toezicht, om de melding op te volgen.'
	},
	'rest-toezichthouder': {
		soort: 'direct',
		tekst:
			'De melding gaat over een lid van de raad van toezicht. Laat de andere leden van de toezichthouder of een externe partij de melding opvolgen.'
	},
	'plaatsvervanger-beslistafel': {
		soort: 'direct',
		tekst:
			'Een deelnemer aan de beslistafel is persoonlijk betrokken bij de melding. Laat een plaatsvervanger die rol overnemen en leg de betrokkenheid schriftelijk vast.'
	},
	'vertrouwenspersoon-niet-aan-tafel': {
		soort: 'direct',
		tekst:
			'De interne vertrouwenspersoon hoort niet aan de beslistafel, omdat die zo onafhankelijk mogelijk moet blijven. Zoek iemand anders voor die rol.'
	},
	'beslistafel-aanvullen': {
		soort: 'direct',
		tekst:
			'Zet naast de beslisser ook een onafhankelijke deelnemer en een deskundige aan tafel. Denk aan een externe vertrouwenspersoon, een externe arbodeskundige of een leidinggevende van een partnerorganisatie.'
	},
	'vertrouwenspersoon-regelen': {
		soort: 'direct',
		tekst:
			'Zorg dat er een deskundige vertrouwenspersoon is, met kennis van seksueel grensoverschrijdend gedrag. Een externe vertrouwenspersoon kan ook.'
	},
	'melder-naar-vertrouwenspersoon': {
		soort: 'direct',
		tekst:
			'Raad de melder aan om met de vertrouwenspersoon te praten. Die kan steunen, adviseren over hulp en uitleggen wat vervolgstappen betekenen.'
	},
	'in-kaart-brengen': {
		soort: 'direct',
		tekst:
			'Breng in kaart wat er in de organisatie speelt, bijvoorbeeld met een enquête, interviews of een oproep. Ga extra zorgvuldig om met een anonieme melding of een signaal.'
	},
	'extern-beschermen': {
		soort: 'direct',
		tekst:
			'De beschuldigde is niet in dienst. Een officiële waarschuwing in het personeelsdossier of ontslag is dan niet mogelijk. Bescherm je medewerkers toch, bijvoorbeeld met afspraken met de werkgever of opdrachtgever van de beschuldigde.'
	}
} as const satisfies Record<string, Pick<Actie, 'soort' | 'tekst'>>;

export type ActieId = keyof typeof ACTIES;
