/**
 * The in-memory holder of the passphrase key. The key is a non-extractable CryptoKey that lives
 * only in this module variable; locking sets it to null.
 */

interface HeldKey {
	key: CryptoKey;
	/** The `sleutelId` of the lock data the key was derived for. */
	sleutelId: string;
}

let current: HeldKey | null = null;
const listeners = new Set<(present: boolean) => void>();

export function currentKey(): HeldKey | null {
	return current;
}

export function setKey(key: CryptoKey, sleutelId: string): void {
	current = { key, sleutelId };
	for (const listener of listeners) listener(true);
}

/** Forgets the key, so nothing encrypted can be read until the passphrase is entered again. */
export function dropKey(): void {
	current = null;
	for (const listener of listeners) listener(false);
}

/** Calls `listener` whenever the key is set or dropped. */
export function onKeyChange(listener: (present: boolean) => void): () => void {
	listeners.add(listener);
	return () => listeners.delete(listener);
}
