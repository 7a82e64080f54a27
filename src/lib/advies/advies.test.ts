// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { adviseer } from './advies';
import { OPTIES } from './types';

describe('adviseer', () => {
	it('empty answers yield usable options', () => {
		const advies = adviseer({});
		expect(advies.opties).toHaveLength(OPTIES.length);
		expect(advies.opties.some((o) => o.status !== 'ongeschikt')).toBe(true);
	});
});
