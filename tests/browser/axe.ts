/** Runs axe-core in a Playwright page for the WCAG 2.x A and AA rules. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

// Evaluated rather than added as a script tag, because the app's CSP blocks injected scripts.
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

interface AxeResult {
	violations: { id: string; help: string; nodes: { target: string[] }[] }[];
}

/** Returns the page's axe violations as short lines naming the rule and the elements. */
export async function axeViolations(page: Page): Promise<string[]> {
	await page.evaluate(AXE_SOURCE);
	return page.evaluate(async (tags) => {
		const axe = (window as unknown as { axe: { run: (context: unknown, options: unknown) => Promise<AxeResult> } }).axe;
		const result = await axe.run(document, { runOnly: { type: 'tag', values: tags } });
		return result.violations.map(
			(violation) => `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`
		);
	}, TAGS);
}
