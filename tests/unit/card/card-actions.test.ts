import { beforeEach, describe, expect, it, vi } from 'vitest';
import { cardActions } from '../../../components/card/card-actions';
import { createCardStore, type CardView } from '../../../components/card/card-store';
import { ask, MessageError } from '../../../lib/messaging/ask';
import type { Assessment } from '../../../lib/schemas/assessment';
import type { CreatorSnapshot } from '../../../lib/schemas/creator-snapshot';

vi.mock('../../../lib/messaging/ask', async (original) => ({ ...(await original<typeof import('../../../lib/messaging/ask')>()), ask: vi.fn() }));
const asked = vi.mocked(ask);

const assessment = { score: 70, flags: [], figures: [] } as unknown as Assessment;
const view = (handle: string, scored = true): CardView => ({
  kind: 'ready',
  handle,
  snapshot: { handle } as CreatorSnapshot,
  assessment: scored ? assessment : null,
  lists: [],
  listChoices: [],
  lastListId: null,
  add: { kind: 'idle' },
  invite: { kind: 'idle' },
});
const shown = (store: ReturnType<typeof createCardStore>) => store.get().view as Extract<CardView, { kind: 'ready' }>;

/** A reply the test releases when it wants. */
function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => ((resolve = res), (reject = rej)));
  return { promise, resolve, reject };
}
const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

/** What the card would remember across pages (components/card/start-card.ts keeps it in storage). */
const memory = { collapsed: vi.fn(), moved: vi.fn() };

beforeEach(() => {
  asked.mockReset();
  memory.collapsed.mockReset();
  memory.moved.mockReset();
});

describe('the card’s actions (components/card/card-actions.ts)', () => {
  it('adds the creator on screen: saving at once, then the lists the reply names', async () => {
    const store = createCardStore({ view: view('jelly.here10'), locale: 'en', collapsed: false, compact: false });
    const reply = deferred<unknown>();
    asked.mockReturnValueOnce(reply.promise as never);
    cardActions(store, memory).add('l1');
    expect(asked).toHaveBeenCalledWith('shortlist.add', { handle: 'jelly.here10', listId: 'l1' });
    expect(shown(store).add).toEqual({ kind: 'saving' });
    const list = { listId: 'l1', listName: 'Beauty' };
    reply.resolve({ list: { id: 'l1', name: 'Beauty' }, lists: [list], listChoices: [list], lastListId: 'l1' });
    await flush();
    expect(shown(store)).toMatchObject({ add: { kind: 'saved', listName: 'Beauty' }, lists: [list], listChoices: [list], lastListId: 'l1' });
  });

  it('does nothing before the creator is assessed (it is not stored yet)', () => {
    const store = createCardStore({ view: view('jelly.here10', false), locale: 'en', collapsed: false, compact: false });
    cardActions(store, memory).add(null);
    cardActions(store, memory).invite();
    expect(asked).not.toHaveBeenCalled();
    expect(shown(store).add).toEqual({ kind: 'idle' });
  });

  it('shows a refusal’s message', async () => {
    const store = createCardStore({ view: view('jelly.here10'), locale: 'en', collapsed: false, compact: false });
    asked.mockRejectedValueOnce(new MessageError('storage-full', 'The disk is full'));
    cardActions(store, memory).add(null);
    await flush();
    expect(shown(store).add).toEqual({ kind: 'failed', message: 'The disk is full' });
  });

  it('drops an outcome that arrives after the merchant moved on to another creator', async () => {
    const store = createCardStore({ view: view('jelly.here10'), locale: 'en', collapsed: false, compact: false });
    const reply = deferred<unknown>();
    asked.mockReturnValueOnce(reply.promise as never);
    cardActions(store, memory).invite();
    expect(shown(store).invite).toEqual({ kind: 'inviting' });
    store.set({ view: view('alcaldiasa') });
    reply.resolve({ draftName: 'Spring serum' });
    await flush();
    expect(shown(store)).toMatchObject({ handle: 'alcaldiasa', invite: { kind: 'idle' } });
  });

  it('invites the creator on screen with the newest ready draft, and says which', async () => {
    const store = createCardStore({ view: view('jelly.here10'), locale: 'en', collapsed: false, compact: false });
    asked.mockResolvedValueOnce({ draftName: 'Spring serum' } as never);
    cardActions(store, memory).invite();
    expect(asked).toHaveBeenCalledWith('invitation.inviteCreator', { handle: 'jelly.here10' });
    await flush();
    expect(shown(store).invite).toEqual({ kind: 'invited', draftName: 'Spring serum' });
  });

  it('toggles the card and keeps the list the merchant picked', () => {
    const store = createCardStore({ view: view('jelly.here10'), locale: 'en', collapsed: false, compact: false });
    const actions = cardActions(store, memory);
    actions.toggle();
    actions.pick('l2');
    expect(store.get()).toMatchObject({ collapsed: true, picked: 'l2' });
    actions.toggle();
    expect(store.get().collapsed).toBe(false);
    expect(memory.collapsed.mock.calls).toEqual([[true], [false]]);
  });

  it('moves the card where the merchant let it go, remembers it, and docks it again on a reset', () => {
    const store = createCardStore({ view: view('jelly.here10'), locale: 'en', collapsed: false, compact: false });
    const actions = cardActions(store, memory);
    actions.move({ top: 120, right: 40 });
    expect(store.get().position).toEqual({ top: 120, right: 40 });
    actions.move(null);
    expect(store.get().position).toBeNull();
    expect(memory.moved.mock.calls).toEqual([[{ top: 120, right: 40 }], [null]]);
  });
});
