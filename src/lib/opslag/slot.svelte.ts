/**
 * The lock's state, "lock now" and the idle and shortcut watch. This module does not import the
 * database, so the root layout can load it on every page without Dexie and zod. The database
 * parts of the lock live in ./vergrendeling.svelte.
 */
import { dropKey, onKeyChange } from './sleutel';

export const slotStatus = $state({
	/** Whether the passphrase lock is on; read from storage by `loadLockState`. */
	wachtwoordAan: false,
	/** Whether the overlay hides the app. */
	vergrendeld: false,
	/** Idle minutes before the app locks itself; 0 means never. Default 15 with the passphrase lock, else 0. */
	wachttijdMinuten: 0 as number,
	geladen: false
});

// A key dropped while the passphrase lock is on (after "lock now", or because another tab changed
// the passphrase) shows the lock screen, so the user can enter the passphrase again.
onKeyChange((present) => {
	if (!present && slotStatus.wachtwoordAan) slotStatus.vergrendeld = true;
});

/**
 * Hides the app at once; with the passphrase lock on, the key is dropped as well. The key is
 * dropped after writes that were in progress, or started as the page content unmounts, have
 * finished (at most LOCK_SETTLE_MS), so the last typed answer is still stored encrypted.
 */
export function lockNow(): void {
	slotStatus.vergrendeld = true;
	if (!slotStatus.wachtwoordAan) return;
	// With the passphrase lock on, the page has used the database, so this import is already loaded.
	void import('./db')
		.then(({ settleWrites }) => settleWrites(LOCK_SETTLE_MS))
		.then(() => {
			if (slotStatus.vergrendeld) dropKey();
		});
}

const LOCK_SETTLE_MS = 2000;

/** Returns whether a key event is the lock shortcut: Ctrl+Alt+L, on macOS Control+Option+L. */
export function isLockShortcut(event: KeyboardEvent): boolean {
	if (!event.ctrlKey || !event.altKey || event.metaKey || event.shiftKey) return false;
	// `key` is checked, so AltGr+L (reported as Ctrl+Alt) that types a character such as "ł" or
	// "ø" does not lock. On macOS Option changes `key` to "¬", so `code` is accepted there.
	const mac = /Mac|iPhone|iPad/.test(globalThis.navigator?.platform ?? '');
	return event.key.toLowerCase() === 'l' || (mac && event.code === 'KeyL');
}

const ACTIVITY_EVENTS = ['pointerdown', 'keydown', 'wheel', 'touchstart', 'input'] as const;

/** Locks after the stored idle time without input, and on the shortcut. Returns the cleanup function. */
export function startLockWatch(target: Window = window): () => void {
	let timer: ReturnType<typeof setTimeout> | undefined;
	const restart = () => {
		clearTimeout(timer);
		const minuten = slotStatus.wachttijdMinuten;
		if (minuten > 0 && !slotStatus.vergrendeld) timer = setTimeout(lockNow, minuten * 60_000);
	};
	const onKey = (event: KeyboardEvent) => {
		if (isLockShortcut(event)) {
			event.preventDefault();
			lockNow();
		}
	};
	for (const name of ACTIVITY_EVENTS) target.addEventListener(name, restart, { passive: true });
	target.addEventListener('keydown', onKey);
	restart();
	const stopEffect = $effect.root(() => {
		$effect(() => {
			void slotStatus.wachttijdMinuten;
			void slotStatus.vergrendeld;
			restart();
		});
	});
	return () => {
		clearTimeout(timer);
		stopEffect();
		for (const name of ACTIVITY_EVENTS) target.removeEventListener(name, restart);
		target.removeEventListener('keydown', onKey);
	};
}
