import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createOverlayStore, type OverlayView } from '../../../components/overlay/overlay-store';
import { submitSnapshot } from '../../../components/overlay/submit-snapshot';
import { ask, MessageError } from '../../../lib/messaging/ask';
import type { CreatorSnapshot } from '../../../lib/schemas/creator-snapshot';
import { readyView, smallAssessment } from './ready-view';

vi.mock('../../../lib/messaging/ask', async (original) => ({ ...(await original<typeof import('../../../lib/messaging/ask')>()), ask: vi.fn() }));
const asked = vi.mocked(ask);

const assessment = smallAssessment;
const ready = (handle: string): OverlayView => readyView({ handle } as CreatorSnapshot);
const full = new MessageError('storage-full', 'The browser has no room left for Vettok data; nothing was saved.');

beforeEach(() => asked.mockReset());

describe('submitSnapshot (components/overlay/submit-snapshot.ts)', () => {
  it('keeps the last good verdict when a re-submission fails (full disk), and shows the error beside it', async () => {
    const store = createOverlayStore({ view: ready('alpha'), locale: 'en', collapsed: false, compact: false });
    asked.mockRejectedValueOnce(full);
    await submitSnapshot(store, { handle: 'alpha' } as CreatorSnapshot, () => true);
    expect(store.get().view).toMatchObject({ kind: 'ready', handle: 'alpha', assessment, resubmitError: full.message });
  });

  it('a creator never assessed still gets the error card', async () => {
    const store = createOverlayStore({ view: { kind: 'loading', handle: 'beta' }, locale: 'en', collapsed: false, compact: false });
    asked.mockRejectedValueOnce(full);
    await submitSnapshot(store, { handle: 'beta' } as CreatorSnapshot, () => true);
    expect(store.get().view).toMatchObject({ kind: 'error', handle: 'beta' });
  });

  it('a later successful submission clears the error', async () => {
    const store = createOverlayStore({ view: { ...ready('alpha'), resubmitError: 'x' } as OverlayView, locale: 'en', collapsed: false, compact: false });
    asked.mockResolvedValueOnce({ assessment, lists: [], listChoices: [], lastListId: null, locale: 'en' } as never);
    await submitSnapshot(store, { handle: 'alpha' } as CreatorSnapshot, () => true);
    expect(store.get().view).toMatchObject({ kind: 'ready', resubmitError: null });
  });
});
