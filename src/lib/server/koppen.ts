/**
 * Shifts the headings in rendered Markdown so the highest one sits one level below `ouderNiveau`,
 * the heading the page puts above the text. Texts whose headings already sit low enough stay as
 * they are, and levels stop at h6.
 */
export function koppenOnder(html: string, ouderNiveau: number): string {
	const niveaus = [...html.matchAll(/<h([1-6])[\s>]/g)].map((match) => Number(match[1]));
	if (niveaus.length === 0) return html;
	const stappen = ouderNiveau + 1 - Math.min(...niveaus);
	if (stappen <= 0) return html;
	return html.replace(/<(\/?)h([1-6])(?=[\s>])/g, (_match, slash: string, niveau: string) => {
		return `<${slash}h${Math.min(6, Number(niveau) + stappen)}`;
	});
}
