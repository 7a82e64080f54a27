import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { escapeText, foldLine, maakAgenda } from '../../../src/lib/ics/ics';

const NU = new Date('2026-12-04T13:30:00Z');

function lees(ics: string) {
	const agenda = new ICAL.Component(ICAL.parse(ics));
	return agenda.getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent));
}

describe('maakAgenda', () => {
	it('writes one all-day event per agreement', () => {
		const ics = maakAgenda(
			[
				{ id: 'a1', datum: '2027-01-15', titel: 'Vragen hoe het gaat' },
				{ id: 'a2', datum: '2027-02-28', titel: 'Evaluatie met het team' }
			],
			NU
		);
		const events = lees(ics);
		expect(events).toHaveLength(2);
		expect(events[0]?.summary).toBe('Vragen hoe het gaat');
		expect(events[0]?.startDate.isDate).toBe(true);
		expect(events[0]?.startDate.toString()).toBe('2027-01-15');
		expect(events[0]?.endDate.toString()).toBe('2027-01-16');
		expect(events[1]?.startDate.toString()).toBe('2027-02-28');
		expect(events[1]?.endDate.toString()).toBe('2027-03-01');
	});

	it('sets UID, DTSTAMP and the calendar header', () => {
		const ics = maakAgenda([{ id: 'a1', datum: '2027-01-15', titel: 'X' }], NU);
		const agenda = new ICAL.Component(ICAL.parse(ics));
		expect(agenda.getFirstPropertyValue('version')).toBe('2.0');
		expect(agenda.getFirstPropertyValue('prodid')).toBe('-//Meldwijzer//Nazorg//NL');
		const vevent = agenda.getFirstSubcomponent('vevent');
		expect(vevent?.getFirstPropertyValue('uid')).toBe('a1@meldwijzer.invalid');
		expect(ics).toContain('DTSTAMP:20261204T133000Z\r\n');
		expect(ics).toContain('DTSTART;VALUE=DATE:20270115\r\n');
	});

	it('uses CRLF line endings only', () => {
		const ics = maakAgenda([{ id: 'a1', datum: '2027-01-15', titel: 'Regel\neen\r\ntwee' }], NU);
		expect(ics.endsWith('\r\n')).toBe(true);
		expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
	});

	it('escapes commas, semicolons, backslashes and newlines', () => {
		const titel = 'Gesprek; daarna, misschien\\of niet\nnieuwe regel';
		const ics = maakAgenda([{ id: 'a1', datum: '2027-01-15', titel, omschrijving: 'a,b;c' }], NU);
		expect(ics).toContain('SUMMARY:Gesprek\\; daarna\\, misschien\\\\of niet\\nnieuwe regel\r\n');
		const [event] = lees(ics);
		expect(event?.summary).toBe(titel);
		expect(event?.description).toBe('a,b;c');
	});

	it('folds long lines at 75 octets without splitting characters', () => {
		const titel = 'Nagaan of de afspraken over begeleiding zijn nagekomen — ook de café-afspraak ✓ '.repeat(4);
		const ics = maakAgenda([{ id: 'a1', datum: '2027-01-15', titel }], NU);
		const encoder = new TextEncoder();
		const regels = ics.split('\r\n').slice(0, -1);
		for (const regel of regels) expect(encoder.encode(regel).length).toBeLessThanOrEqual(75);
		expect(regels.some((regel) => regel.startsWith(' '))).toBe(true);
		expect(ics).not.toContain('\uFFFD');
		expect(lees(ics)[0]?.summary).toBe(titel);
	});

	it('rejects an invalid date', () => {
		expect(() => maakAgenda([{ id: 'a1', datum: '2027-02-30', titel: 'X' }], NU)).toThrow(RangeError);
		expect(() => maakAgenda([{ id: 'a1', datum: '15-01-2027', titel: 'X' }], NU)).toThrow(/JJJJ-MM-DD/);
	});
});

describe('escapeText and foldLine', () => {
	it('escapes the backslash before the other characters', () => {
		expect(escapeText('a\\,b')).toBe('a\\\\\\,b');
	});

	it('leaves a short line alone', () => {
		expect(foldLine('SUMMARY:kort')).toBe('SUMMARY:kort');
	});

	it('fills the first line to exactly 75 octets', () => {
		const gevouwen = foldLine('X'.repeat(200));
		const [eerste, tweede] = gevouwen.split('\r\n');
		expect(eerste).toHaveLength(75);
		expect(tweede).toHaveLength(75);
		expect(tweede?.startsWith(' ')).toBe(true);
	});
});
