import { defineConfig } from 'vitest/config';

// Browser tests drive the built site (build/) in Chromium; scripts/test.sh builds it first.
export default defineConfig({
	test: {
		include: ['tests/browser/**/*.test.ts'],
		environment: 'node',
		testTimeout: 90_000,
		hookTimeout: 120_000,
		maxWorkers: 2,
		fileParallelism: true
	}
});
