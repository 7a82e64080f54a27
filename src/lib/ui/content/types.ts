/** One option on the escalation ladder, as the ladder picture needs it. */
export interface Trede {
	id: string;
	titel: string;
	/** Rung on the escalation ladder, 1 is the lightest. */
	trede: number;
	kant: 'persoon' | 'team';
	soort: 'interventie' | 'onderzoek';
}
