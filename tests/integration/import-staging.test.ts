import { describe, expect, it } from 'vitest';
import { clearStagedImports, stageImportFile, takeStagedImport } from '../../lib/db/import-staging';

/** The side panel stages a chosen file; the background takes it once, and erasing everything clears it. */
describe('import staging store', () => {
  it('gives the staged file back once, under its key only', async () => {
    await stageImportFile('k1', new Blob(['{"format":"vettok-backup"}']));
    expect(await takeStagedImport('other', 1000)).toBeNull();
    // The wrong key already emptied the store: no file outlives one attempt.
    expect(await takeStagedImport('k1', 1000)).toBeNull();
    await stageImportFile('k2', new Blob(['{"a":1}']));
    expect(await takeStagedImport('k2', 1000)).toEqual({ text: '{"a":1}', bytes: new TextEncoder().encode('{"a":1}') });
    expect(await takeStagedImport('k2', 1000)).toBeNull();
  });

  it('gives the bytes only when the text is exactly their UTF-8 decoding; a byte-order mark is left out of both', async () => {
    const text = '{"name":"美妆 头部"}';
    await stageImportFile('bom', new Blob([new Uint8Array([0xef, 0xbb, 0xbf]), text]));
    expect(await takeStagedImport('bom', 1000)).toEqual({ text, bytes: new TextEncoder().encode(text) });
    // Not UTF-8 (a lone continuation byte): decoded as before, each bad sequence U+FFFD, no bytes.
    await stageImportFile('bad', new Blob(['{"a":"', new Uint8Array([0x80]), '"}']));
    expect(await takeStagedImport('bad', 1000)).toEqual({ text: '{"a":"\ufffd"}' });
  });

  it('refuses a file over the limit by its size, without reading it', async () => {
    await stageImportFile('big', new Blob(['x'.repeat(50)]));
    expect(await takeStagedImport('big', 10)).toEqual({ tooLarge: 50 });
    expect(await takeStagedImport('big', 1000)).toBeNull();
  });

  it('keeps only the newest file, and is emptied by erasing everything', async () => {
    await stageImportFile('old', new Blob(['1']));
    await stageImportFile('new', new Blob(['2']));
    expect(await takeStagedImport('old', 1000)).toBeNull();
    await stageImportFile('left', new Blob(['3']));
    await clearStagedImports();
    expect(await takeStagedImport('left', 1000)).toBeNull();
  });
});
