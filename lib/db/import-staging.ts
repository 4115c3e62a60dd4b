/**
 * A backup file on its way from the side panel to the background. The side panel stores the
 * chosen `File` here (a `Blob`: the browser keeps it by reference, no copy of the text is made in
 * the page) and sends only its key; the background reads it as text, then empties the store. It is
 * a database of its own, never the app's: nothing here is the merchant's data until the
 * background has checked it and written it to `vettok` in one transaction.
 * Far quicker than reading the file as text in the page and sending it in chunks (measured:
 * docs/shortlists.md, Import).
 */
export const STAGING_DATABASE_NAME = 'vettok-import-staging';
const STORE = 'files';

function open(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(STAGING_DATABASE_NAME, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(STORE);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('staging database not opened'));
  });
}

function done(tx: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onabort = tx.onerror = () => reject(tx.error ?? new Error('staging transaction failed'));
  });
}

/** Side panel: keeps the file under `key` (a fresh id) for the background to read. */
export async function stageImportFile(key: string, file: Blob): Promise<void> {
  const db = await open();
  try {
    const tx = db.transaction(STORE, 'readwrite');
    tx.objectStore(STORE).clear();
    tx.objectStore(STORE).put(file, key);
    await done(tx);
  } finally {
    db.close();
  }
}

/**
 * Background: the staged file's text, or null when there is none under `key` (or it is not a
 * file). The store is emptied either way, so no file outlives its import. With the text come the
 * file's bytes when the text is exactly their UTF-8 decoding (the checksum is then taken over the
 * bytes, `readBackup`); a file that is not valid UTF-8 is decoded as before (each bad sequence
 * U+FFFD), without its bytes. A byte-order mark is left out of both.
 */
export async function takeStagedImport(key: string, maxBytes: number): Promise<{ text: string; bytes?: Uint8Array } | { tooLarge: number } | null> {
  const db = await open();
  try {
    const tx = db.transaction(STORE, 'readwrite');
    const request = tx.objectStore(STORE).get(key);
    tx.objectStore(STORE).clear();
    await done(tx);
    const file: unknown = request.result;
    if (!(file instanceof Blob)) return null;
    if (file.size > maxBytes) return { tooLarge: file.size };
    const buffer = new Uint8Array(await file.arrayBuffer());
    const bytes = buffer[0] === 0xef && buffer[1] === 0xbb && buffer[2] === 0xbf ? buffer.subarray(3) : buffer;
    try {
      return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes), bytes };
    } catch {
      return { text: new TextDecoder('utf-8').decode(buffer) };
    }
  } finally {
    db.close();
  }
}

/** Background, when the merchant erases everything: a file left by a side panel closed mid-import goes too. */
export async function clearStagedImports(): Promise<void> {
  const db = await open();
  try {
    const tx = db.transaction(STORE, 'readwrite');
    tx.objectStore(STORE).clear();
    await done(tx);
  } finally {
    db.close();
  }
}
