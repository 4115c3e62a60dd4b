/**
 * A SHA-256 over text (as its UTF-8 bytes) or over bytes, as lower-case hex (WebCrypto: the same in
 * extension pages, workers and Node).
 */
export type Sha256 = (input: string | Uint8Array) => Promise<string>;

export const webCryptoSha256: Sha256 = async (input) => {
  const bytes = typeof input === 'string' ? new TextEncoder().encode(input) : input;
  const digest = await globalThis.crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>);
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
};
