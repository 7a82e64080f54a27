/**
 * Deep-copies plain data (objects, arrays, dates, primitives) into fresh objects. Svelte's $state
 * proxies cannot be structured-cloned, so every value is passed through this before IndexedDB.
 */
export function snapshot<T>(value: T): T {
	if (value === null || typeof value !== 'object') return value;
	if (value instanceof Date) return new Date(value.getTime()) as T;
	if (Array.isArray(value)) return value.map((item) => snapshot(item)) as T;
	const copy: Record<string, unknown> = {};
	for (const [key, item] of Object.entries(value)) copy[key] = snapshot(item);
	return copy as T;
}
