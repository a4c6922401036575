/**
 * Encryption at rest, the primitives: every stored case and evidence file is sealed with AES-GCM under a random
 * 256-bit data key of its case (case-keys.ts: non-extractable, itself sealed under a root key), with a fresh random
 * 96-bit IV for every seal, as NIST SP 800-38D recommends. Additional authenticated data binds each sealed piece to where it belongs (the kind of
 * record, its id, and for evidence the chunk's index and the number of chunks), so a piece moved to another record,
 * another place in a file, or a file cut short, fails to open like any other damage. Anything that fails to open is
 * a DamagedRecordError: reported as damaged, never shown, never deleted or replaced.
 */

import { StorageError } from './storage-error';

/** A sealed piece as stored: its IV and the ciphertext with the 16-byte GCM tag at its end. */
export type Sealed = { iv: Uint8Array; data: ArrayBuffer };

/** Evidence files are sealed in pieces of 1 MiB, so a large video never needs to be held twice over in memory. */
export const CHUNK_BYTES = 1024 * 1024;

const IV_BYTES = 12;
const TAG_BYTES = 16;

export type DamageCode = 'undecryptable' | 'key_missing' | 'unknown_format';

/** A stored record that cannot be opened: its key is gone, or its bytes changed. Screens map `code` to a key. */
export class DamagedRecordError extends Error {
  readonly code: DamageCode;

  constructor(code: DamageCode, cause?: unknown) {
    super(`stored record: ${code}`, { cause });
    this.name = 'DamagedRecordError';
    this.code = code;
  }
}

/**
 * Web Crypto, which browsers give only to secure pages (https, or localhost). Served over plain http the app cannot
 * encrypt, so it stores nothing (never anything in plain text): storage is then "unavailable", as the screens say.
 */
export function subtle(): SubtleCrypto {
  const found = (globalThis.crypto as Crypto | undefined)?.subtle;
  if (!found) throw new StorageError('unavailable');
  return found;
}

const encoder = new TextEncoder();

/** The additional authenticated data of a sealed piece: what it is and where it belongs, as UTF-8. */
export function aadFor(...parts: (string | number)[]): BufferSource {
  return encoder.encode(['waypoint', 'v1', ...parts.map(String)].join('\u0000'));
}

/** Seals bytes under a key with a fresh random IV. */
export async function seal(key: CryptoKey, plain: BufferSource, aad: BufferSource): Promise<Sealed> {
  const api = subtle();
  const iv = crypto.getRandomValues(new Uint8Array(IV_BYTES));
  const data = await api.encrypt({ name: 'AES-GCM', iv, additionalData: aad, tagLength: 128 }, key, plain);
  return { iv, data };
}

function isBytes(value: unknown): value is ArrayBuffer | ArrayBufferView {
  return value instanceof ArrayBuffer || ArrayBuffer.isView(value);
}

/** Whether a stored value has the shape of a sealed piece (it may still be damaged inside). */
export function isSealed(value: unknown): value is Sealed {
  if (typeof value !== 'object' || value === null) return false;
  const { iv, data } = value as { iv?: unknown; data?: unknown };
  return isBytes(iv) && iv.byteLength === IV_BYTES && isBytes(data) && data.byteLength >= TAG_BYTES;
}

/** Opens a sealed piece; anything wrong with it (shape, bytes, key, place) is a DamagedRecordError. */
export async function open(key: CryptoKey, sealed: unknown, aad: BufferSource): Promise<Uint8Array> {
  if (!isSealed(sealed)) throw new DamagedRecordError('undecryptable');
  const api = subtle();
  try {
    const plain = await api.decrypt(
      { name: 'AES-GCM', iv: sealed.iv as BufferSource, additionalData: aad, tagLength: 128 },
      key,
      sealed.data,
    );
    return new Uint8Array(plain);
  } catch (error) {
    throw new DamagedRecordError('undecryptable', error);
  }
}

/** Seals a JSON-shaped value. */
export async function sealJson(key: CryptoKey, value: unknown, aad: BufferSource): Promise<Sealed> {
  return seal(key, encoder.encode(JSON.stringify(value)), aad);
}

/** Opens a sealed JSON value; text that is not JSON (which authentication makes all but impossible) is damage. */
export async function openJson(key: CryptoKey, sealed: unknown, aad: BufferSource): Promise<unknown> {
  const bytes = await open(key, sealed, aad);
  try {
    return JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes)) as unknown;
  } catch (error) {
    throw new DamagedRecordError('undecryptable', error);
  }
}
