// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { en, maakLezer, niet, of, zeker } from './lezer';

describe('three-valued logic', () => {
	it('of is true when any part is true', () => {
		expect(of(false, 'onbekend', true)).toBe(true);
		expect(of(false, 'onbekend')).toBe('onbekend');
		expect(of(false, false)).toBe(false);
	});

	it('en is false when any part is false', () => {
		expect(en(true, 'onbekend', false)).toBe(false);
		expect(en(true, 'onbekend')).toBe('onbekend');
		expect(en(true, true)).toBe(true);
	});

	it('niet keeps unknown unknown', () => {
		expect(niet('onbekend')).toBe('onbekend');
		expect(niet(true)).toBe(false);
	});

	it('zeker counts unknown as false', () => {
		expect(zeker('onbekend')).toBe(false);
		expect(zeker(true)).toBe(true);
	});
});

describe('lezer', () => {
	it('missing, empty and onbekend read as unknown', () => {
		const gelezen = new Set<string>();
		const v = maakLezer({ b: '', c: 'onbekend', d: null }, undefined, gelezen);
		for (const vraag of ['a', 'b', 'c', 'd']) expect(v.is(vraag, 'ja'), vraag).toBe('onbekend');
		expect([...gelezen].sort()).toEqual(['a', 'b', 'c', 'd']);
	});

	it('is compares choice values', () => {
		const v = maakLezer({ ernst: 'zwaar' }, undefined);
		expect(v.is('ernst', 'middel', 'zwaar')).toBe(true);
		expect(v.is('ernst', 'licht')).toBe(false);
	});

	it('bevat reads multi-choice arrays', () => {
		const v = maakLezer({ doel: ['waarheid'], leeg: [], fout: 'onbekend' }, undefined);
		expect(v.bevat('doel', 'waarheid')).toBe(true);
		expect(v.bevat('doel', 'cultuur')).toBe(false);
		expect(v.bevat('leeg', 'cultuur')).toBe(false);
		expect(v.bevat('fout', 'cultuur')).toBe('onbekend');
	});

	it('minstens accepts numbers and numeric text', () => {
		const v = maakLezer({ a: 50, b: '49', c: 'veel' }, undefined);
		expect(v.minstens('a', 50)).toBe(true);
		expect(v.minstens('b', 50)).toBe(false);
		expect(v.minstens('c', 50)).toBe('onbekend');
	});

	it('ingevuld ignores blank text', () => {
		const v = maakLezer({ a: 'Jan', b: '  ' }, undefined);
		expect(v.ingevuld('a')).toBe(true);
		expect(v.ingevuld('b')).toBe(false);
		expect(v.ingevuld('c')).toBe(false);
	});

	it('gereed records unknown readiness only when given', () => {
		const zonder = new Set<string>();
		expect(maakLezer({}, undefined, zonder).gereed('gereed-rie', 'nee')).toBe('onbekend');
		expect(zonder.size).toBe(0);
		const met = new Set<string>();
		expect(maakLezer({}, { 'gereed-rie': 'onbekend' }, met).gereed('gereed-rie', 'nee')).toBe('onbekend');
		expect([...met]).toEqual(['gereed-rie']);
		expect(maakLezer({}, { 'gereed-rie': 'deels' }).gereed('gereed-rie', 'nee', 'deels')).toBe(true);
	});
});
