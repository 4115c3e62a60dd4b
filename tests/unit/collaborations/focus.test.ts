import { describe, expect, it } from 'vitest';
import { focusedCollaboration, freshCollaborationFocus } from '../../../lib/collaborations/focus';
import { FOCUS_FRESH_MS } from '../../../lib/side-panel/focus';
import { collaboration } from './factories';

describe('the collaboration the card asked the side panel for', () => {
  const older = collaboration({ id: 'c-old', creatorHandle: 'alice', createdAt: 1_000 });
  const newer = collaboration({ id: 'c-new', creatorHandle: 'alice', createdAt: 2_000 });
  const other = collaboration({ id: 'c-bob', creatorHandle: 'bob', createdAt: 3_000 });
  const all = [older, newer, other];

  it('is the one the card named, when it is still that creator’s', () => {
    expect(focusedCollaboration(all, { handle: 'alice', collaborationId: 'c-old' })?.id).toBe('c-old');
  });

  it('is the creator’s newest when none is named, the named one is gone, or it is someone else’s', () => {
    expect(focusedCollaboration(all, { handle: 'alice', collaborationId: null })?.id).toBe('c-new');
    expect(focusedCollaboration(all, { handle: 'alice', collaborationId: 'deleted' })?.id).toBe('c-new');
    expect(focusedCollaboration(all, { handle: 'alice', collaborationId: 'c-bob' })?.id).toBe('c-new');
    // Handles compare as TikTok shows them: case and a leading @ do not matter.
    expect(focusedCollaboration(all, { handle: '@Alice', collaborationId: null })?.id).toBe('c-new');
  });

  it('is none for a creator without collaborations', () => {
    expect(focusedCollaboration(all, { handle: 'carol', collaborationId: null })).toBeNull();
  });

  it('is followed only while fresh, and only when well formed', () => {
    const at = 10_000_000;
    const focus = { handle: 'alice', collaborationId: 'c-old', at };
    expect(freshCollaborationFocus(focus, at + FOCUS_FRESH_MS)).toEqual(focus);
    expect(freshCollaborationFocus(focus, at + FOCUS_FRESH_MS + 1)).toBeNull();
    expect(freshCollaborationFocus({ handle: 'alice', at }, at)).toBeNull();
    expect(freshCollaborationFocus('alice', at)).toBeNull();
  });
});
