/** A SHA-256 over text, as lower-case hex (WebCrypto: the same in extension pages, workers and Node). */
export type Sha256 = (text: string) => Promise<string>;

export const webCryptoSha256: Sha256 = async (text) => {
  const digest = await globalThis.crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
};
