import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createCardStore, type CardView } from '../../../components/card/card-store';
import { submitSnapshot } from '../../../components/card/submit-snapshot';
import { ask, MessageError } from '../../../lib/messaging/ask';
import type { CreatorSnapshot } from '../../../lib/schemas/creator-snapshot';
import { readyView, smallAssessment } from './ready-view';

vi.mock('../../../lib/messaging/ask', async (original) => ({ ...(await original<typeof import('../../../lib/messaging/ask')>()), ask: vi.fn() }));
const asked = vi.mocked(ask);

const assessment = smallAssessment;
const ready = (handle: string): CardView => readyView({ handle } as CreatorSnapshot);
const full = new MessageError('storage-full', 'The browser has no room left for Vettok data; nothing was saved.');

beforeEach(() => asked.mockReset());

describe('submitSnapshot (components/card/submit-snapshot.ts)', () => {
  it('keeps the last good verdict when a re-submission fails (full disk), and shows the error beside it', async () => {
    const store = createCardStore({ view: ready('alpha'), locale: 'en', collapsed: false, compact: false });
    asked.mockRejectedValueOnce(full);
    await submitSnapshot(store, { handle: 'alpha' } as CreatorSnapshot, () => true);
    expect(store.get().view).toMatchObject({ kind: 'ready', handle: 'alpha', assessment, resubmitError: full.message });
  });

  it('a creator never assessed still gets the error card', async () => {
    const store = createCardStore({ view: { kind: 'loading', handle: 'beta' }, locale: 'en', collapsed: false, compact: false });
    asked.mockRejectedValueOnce(full);
    await submitSnapshot(store, { handle: 'beta' } as CreatorSnapshot, () => true);
    expect(store.get().view).toMatchObject({ kind: 'error', handle: 'beta' });
  });

  it('a later successful submission clears the error', async () => {
    const store = createCardStore({ view: { ...ready('alpha'), resubmitError: 'x' } as CardView, locale: 'en', collapsed: false, compact: false });
    asked.mockResolvedValueOnce({ assessment, lists: [], listChoices: [], lastListId: null, locale: 'en' } as never);
    await submitSnapshot(store, { handle: 'alpha' } as CreatorSnapshot, () => true);
    expect(store.get().view).toMatchObject({ kind: 'ready', resubmitError: null });
  });
});
