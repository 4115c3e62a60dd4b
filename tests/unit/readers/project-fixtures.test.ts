import { describe, expect, it } from 'vitest';
import { readProfilePage } from '../../../lib/readers/read-profile-page';
import { readSavedFile } from '../../../lib/readers/read-saved-file';
import { fixtureFiles, fixtureText, realCaptureFiles, realCapturesPresent, realCaptureText } from '../../fixture-files';
import { parseHtml } from './html';

const NOW = 1_700_000_000_000;
const read = (text: string) => readSavedFile(text, { parseHtml: (h) => parseHtml(h), now: NOW, url: null });
/** A page as the content script reads it: parsed into a DOM at the creator's URL. */
const readPage = (text: string, url: string) => readProfilePage(parseHtml(text, url), url, NOW);

/**
 * The project fixtures are real captures with what no reader uses taken out (scripts/trim-capture.ts,
 * tests/fixtures/README.md). Trimming must not change a single fact: every fixture reads exactly as
 * the capture it came from, snapshot, provenance and failure reasons alike, as a saved file and, for
 * pages, as the content script reads the parsed page.
 */
describe.runIf(realCapturesPresent)('project fixtures read exactly as their real captures', () => {
  it('every fixture has its capture', () => {
    expect(fixtureFiles().filter((f) => !realCaptureFiles().includes(f))).toEqual([]);
  });

  it.each(fixtureFiles())('%s', (file) => {
    const fixture = fixtureText(file);
    const capture = realCaptureText(file);
    expect(fixture.length).toBeLessThanOrEqual(capture.length);
    const saved = read(capture);
    expect(read(fixture)).toEqual(saved);
    if (file.endsWith('.html') && saved.ok) {
      const url = `https://www.tiktok.com/@${saved.snapshot.handle}`;
      expect(readPage(fixture, url)).toEqual(readPage(capture, url));
    }
  });
});
