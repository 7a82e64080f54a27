/** Addresses of the content pages. Every page has a trailing slash, as the root layout sets. */

export function fasePad(fase: number): string {
	return `/fasen/${fase}/`;
}

export function sectiePad(fase: number, sectieId: string): string {
	return `/fasen/${fase}/#${sectieId}`;
}

export function tipPad(nummer: number): string {
	return `/tips/${nummer}/`;
}

export function interventiePad(id: string): string {
	return `/interventies/${id}/`;
}

export function onderzoekPad(id: string): string {
	return `/onderzoek/${id}/`;
}
