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
    expect(await takeStagedImport('k2', 1000)).toEqual({ text: '{"a":1}' });
    expect(await takeStagedImport('k2', 1000)).toBeNull();
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
