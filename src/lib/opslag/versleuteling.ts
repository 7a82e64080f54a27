/**
 * WebCrypto primitives for the passphrase lock and encrypted exports: AES-GCM with a 256-bit key
 * derived by PBKDF2-SHA-256, and a fresh random 96-bit IV for every encryption. Keys are created
 * non-extractable, so no code can write them to storage or an export.
 */
import { OpslagFout } from './fouten';

export const PBKDF2_ITERATIES = 600_000;
export const ZOUT_BYTES = 16;
export const IV_BYTES = 12;
export const MIN_WACHTWOORD = 10;

/** The known plaintext whose ciphertext is stored as the verifier for a passphrase. */
const CONTROLE_TEKST = 'meldwijzer-wachtwoordcontrole-1';

/** Lock data stored in clear: the salt, the iteration count and the verifier ciphertext. */
export interface SlotGegevens {
	/** Random id of this passphrase, so a tab can notice that another tab changed it. */
	sleutelId: string;
	zout: Uint8Array;
	iteraties: number;
	iv: Uint8Array;
	controle: ArrayBuffer;
}

export interface Versleuteld {
	iv: Uint8Array;
	inhoud: ArrayBuffer;
}

function subtle(): SubtleCrypto {
	if (!globalThis.crypto?.subtle) throw new OpslagFout('opslag-mislukt', 'WebCrypto is not available');
	return globalThis.crypto.subtle;
}

/** Returns `length` cryptographically random bytes. */
export function randomBytes(length: number): Uint8Array<ArrayBuffer> {
	return crypto.getRandomValues(new Uint8Array(length));
}

/** Derives a non-extractable AES-GCM key from a passphrase. */
export async function deriveKey(
	wachtwoord: string,
	zout: Uint8Array,
	iteraties = PBKDF2_ITERATIES
): Promise<CryptoKey> {
	if (iteraties < PBKDF2_ITERATIES) throw new OpslagFout('opslag-mislukt', `too few PBKDF2 iterations: ${iteraties}`);
	const material = await subtle().importKey('raw', new TextEncoder().encode(wachtwoord), 'PBKDF2', false, [
		'deriveKey'
	]);
	return subtle().deriveKey(
		{ name: 'PBKDF2', hash: 'SHA-256', salt: new Uint8Array(zout), iterations: iteraties },
		material,
		{ name: 'AES-GCM', length: 256 },
		false,
		['encrypt', 'decrypt']
	);
}

/** Encrypts bytes under a fresh IV. */
export async function encryptBytes(key: CryptoKey, data: Uint8Array): Promise<Versleuteld> {
	const iv = randomBytes(IV_BYTES);
	const inhoud = await subtle().encrypt({ name: 'AES-GCM', iv }, key, new Uint8Array(data));
	return { iv, inhoud };
}

/** Decrypts bytes; a wrong key or changed ciphertext raises 'wachtwoord-onjuist'. */
export async function decryptBytes(key: CryptoKey, versleuteld: Versleuteld): Promise<Uint8Array> {
	try {
		const plain = await subtle().decrypt(
			{ name: 'AES-GCM', iv: new Uint8Array(versleuteld.iv) },
			key,
			new Uint8Array(versleuteld.inhoud)
		);
		return new Uint8Array(plain);
	} catch (error) {
		throw new OpslagFout('wachtwoord-onjuist', 'AES-GCM decryption failed', { cause: error });
	}
}

/** Encrypts a UTF-8 string. */
export async function encryptText(key: CryptoKey, text: string): Promise<Versleuteld> {
	return encryptBytes(key, new TextEncoder().encode(text));
}

/** Decrypts a UTF-8 string. */
export async function decryptText(key: CryptoKey, versleuteld: Versleuteld): Promise<string> {
	return new TextDecoder('utf-8', { fatal: true }).decode(await decryptBytes(key, versleuteld));
}

/** Rejects a passphrase shorter than MIN_WACHTWOORD characters. */
export function checkPassphraseLength(wachtwoord: string): void {
	if ([...wachtwoord].length < MIN_WACHTWOORD) throw new OpslagFout('wachtwoord-te-kort');
}

/** Creates a salt, a key and a verifier for a new passphrase. */
export async function createLock(wachtwoord: string): Promise<{ key: CryptoKey; gegevens: SlotGegevens }> {
	checkPassphraseLength(wachtwoord);
	const zout = randomBytes(ZOUT_BYTES);
	const key = await deriveKey(wachtwoord, zout, PBKDF2_ITERATIES);
	const { iv, inhoud } = await encryptText(key, CONTROLE_TEKST);
	return {
		key,
		gegevens: { sleutelId: crypto.randomUUID(), zout, iteraties: PBKDF2_ITERATIES, iv, controle: inhoud }
	};
}

/** Derives the key for a passphrase and checks it against the verifier; raises 'wachtwoord-onjuist'. */
export async function openLock(wachtwoord: string, gegevens: SlotGegevens): Promise<CryptoKey> {
	const key = await deriveKey(wachtwoord, gegevens.zout, gegevens.iteraties);
	const text = await decryptText(key, { iv: gegevens.iv, inhoud: gegevens.controle });
	if (text !== CONTROLE_TEKST) throw new OpslagFout('wachtwoord-onjuist', 'verifier mismatch');
	return key;
}

/** Encodes bytes as base64, for the encrypted export envelope. */
export function toBase64(bytes: Uint8Array | ArrayBuffer): string {
	const view = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
	let binary = '';
	for (let i = 0; i < view.length; i += 0x8000) {
		binary += String.fromCharCode(...view.subarray(i, i + 0x8000));
	}
	return btoa(binary);
}

/** Decodes base64; raises on characters outside the base64 alphabet. */
export function fromBase64(text: string): Uint8Array<ArrayBuffer> {
	const binary = atob(text);
	const bytes = new Uint8Array(binary.length);
	for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
	return bytes;
}
