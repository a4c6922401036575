/**
 * SHA-256 through Web Crypto, which browsers and Node 20 both provide as `globalThis.crypto.subtle`.
 * Evidence integrity (docs/sources.md, "Evidence integrity") rests on these hashes, so there is no fallback
 * to a hand-written hash: if Web Crypto is missing (an insecure http:// origin), hashing fails loudly.
 */

/** Returns the SHA-256 of the bytes as 64 lower-case hex digits, the form `sha256sum` prints. */
export async function sha256Hex(bytes: Uint8Array | ArrayBuffer): Promise<string> {
  const subtle = globalThis.crypto?.subtle;
  if (subtle === undefined) {
    throw new Error(
      'Web Crypto (crypto.subtle) is not available: it needs a secure context (https or localhost).',
    );
  }
  const digest = await subtle.digest('SHA-256', toDigestInput(bytes));
  return toHex(new Uint8Array(digest));
}

/** Returns the SHA-256 of a string's UTF-8 bytes. */
export async function sha256HexOfText(text: string): Promise<string> {
  return sha256Hex(new TextEncoder().encode(text));
}

// Web Crypto takes only ArrayBuffer-backed views; a view over a SharedArrayBuffer is copied first.
function toDigestInput(bytes: Uint8Array | ArrayBuffer): Uint8Array<ArrayBuffer> | ArrayBuffer {
  if (bytes instanceof ArrayBuffer) return bytes;
  if (bytes.buffer instanceof ArrayBuffer)
    return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return new Uint8Array(bytes);
}

function toHex(bytes: Uint8Array): string {
  let hex = '';
  for (const byte of bytes) hex += byte.toString(16).padStart(2, '0');
  return hex;
}
