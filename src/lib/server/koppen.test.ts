import { describe, expect, it } from 'vitest';
import { koppenOnder } from './koppen';

describe('koppenOnder', () => {
	it('shifts h2 below an h2 parent', () => {
		expect(koppenOnder('<h2 id="a">A</h2><p>x</p><h3>B</h3>', 2)).toBe('<h3 id="a">A</h3><p>x</p><h4>B</h4>');
	});

	it('keeps headings already low enough', () => {
		const html = '<h3>A</h3><h4>B</h4>';
		expect(koppenOnder(html, 2)).toBe(html);
	});

	it('stops at h6', () => {
		expect(koppenOnder('<h1>A</h1><h6>B</h6>', 3)).toBe('<h4>A</h4><h6>B</h6>');
	});

	it('leaves text without headings alone', () => {
		expect(koppenOnder('<p>heading <hr> h2</p>', 2)).toBe('<p>heading <hr> h2</p>');
	});
});
