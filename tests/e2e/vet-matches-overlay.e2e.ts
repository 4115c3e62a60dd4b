import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_FIXTURES } from '../fixture-files';
import { launchVettok, REAL_PAGES, type Vettok } from './browser';
import { overlayOf } from './overlay-probe';

interface VetLine {
  ok: boolean;
  creator: { handle: string; followers: number | null };
  assessment: { score: number | null; provisional: boolean; tier: string | null; confidence: string; flags: { id: string; pitfall: string }[] };
}

/** `npm run vet` and the overlay run the same readers and scoring: they must agree on a page. */
describe('the command-line check and the overlay agree', () => {
  const URLS = ['https://www.tiktok.com/@jelly.here10', 'https://www.tiktok.com/@alcaldiasa', 'https://www.tiktok.com/@dylanlemay'];
  let vettok: Vettok;
  const vetted = new Map<string, VetLine>();
  beforeAll(async () => {
    vettok = await launchVettok();
    const files = URLS.map((url) => join(PROJECT_FIXTURES, REAL_PAGES[url]!));
    const output = execFileSync('npx', ['tsx', 'scripts/vet.ts', `--now=${new Date().toISOString()}`, ...files], { encoding: 'utf8' });
    output.trim().split('\n').forEach((line, i) => vetted.set(URLS[i]!, JSON.parse(line) as VetLine));
  });
  afterAll(async () => {
    await vettok?.close();
  });

  it.each(URLS)(
    '%s',
    async (url) => {
      const card = overlayOf(await vettok.open(url));
      const overlay = card.getByTestId('vettok-overlay');
      await expect.poll(() => overlay.getAttribute('data-state')).toBe('ready');
      const shown = {
        handle: await overlay.getAttribute('data-handle'),
        score: await card.getByTestId('overlay-score').getAttribute('data-value'),
        provisional: await card.getByTestId('overlay-score').getAttribute('data-provisional'),
        tier: await card.getByTestId('overlay-tier').getAttribute('data-value'),
        confidence: await card.getByTestId('overlay-confidence').getAttribute('data-value'),
        flags: await card.locator('[data-testid=overlay-flags] [data-flag-id]').evaluateAll((els) =>
          els.map((e) => `${e.getAttribute('data-flag-id')}:${e.getAttribute('data-pitfall')}`).sort(),
        ),
      };

      const vet = vetted.get(url)!;
      expect(vet.ok).toBe(true);
      expect({
        handle: vet.creator.handle,
        score: vet.assessment.score === null ? '' : String(vet.assessment.score),
        provisional: String(vet.assessment.provisional),
        tier: vet.assessment.tier ?? '',
        confidence: vet.assessment.confidence,
        flags: vet.assessment.flags.map((f) => `${f.id}:${f.pitfall}`).sort(),
      }).toEqual(shown);
    },
  );
});
