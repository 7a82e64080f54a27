/**
 * Shifts every heading in rendered Markdown down by `stappen` levels, so an "##" inside a section
 * sits below the h2 that the page gives the section itself. Levels stop at h6.
 */
export function verlaagKoppen(html: string, stappen: number): string {
	return html.replace(/<(\/?)h([1-6])(?=[\s>])/g, (_match, slash: string, niveau: string) => {
		const nieuw = Math.min(6, Number(niveau) + stappen);
		return `<${slash}h${nieuw}`;
	});
}
