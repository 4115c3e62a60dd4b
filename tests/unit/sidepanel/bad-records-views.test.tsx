// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CollaborationsPanel } from '../../../components/collaborations/collaborations-panel';
import { LocaleProvider } from '../../../components/i18n';
import { InvitationsPanel } from '../../../components/invitations/invitations-panel';
import { CreatorView } from '../../../components/shortlists/creator-view';
import { newCollaboration } from '../../../lib/collaborations/collaboration';
import { newDraft } from '../../../lib/invitations/draft';
import { realSnapshot } from '../../fixture-files';
import { freshDb } from '../../integration/test-db';
import { addEntries } from '../../../lib/db/entry-store-repository';

const NOW = Date.UTC(2026, 11, 6, 12);
const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()!();
});

async function render(node: React.ReactNode) {
  (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
  const host = document.createElement('div');
  document.body.append(host);
  const root = createRoot(host);
  await act(async () => root.render(<LocaleProvider locale="en">{node}</LocaleProvider>));
  cleanups.push(() => act(async () => root.unmount()));
  return host;
}

/** Waits for live queries to settle: polls `check` inside act until it holds. */
async function until(check: () => boolean) {
  await vi.waitFor(async () => {
    await act(async () => new Promise((r) => setTimeout(r, 20)));
    if (!check()) throw new Error('not yet');
  }, { timeout: 5000 });
}

const named = (host: HTMLElement) => [...host.querySelectorAll('[data-testid=bad-record]')].map((el) => `${el.getAttribute('data-table')}:${el.getAttribute('data-record-id')}`);

describe('each side-panel view survives one bad record: it shows the rest and names it', () => {
  it('collaborations', async () => {
    const db = freshDb();
    const good = newCollaboration({ id: 'good', creatorHandle: 'alpha', invitationId: null, draftId: null, roiThreshold: 1.5, now: NOW });
    const bad = newCollaboration({ id: 'bad', creatorHandle: 'beta', invitationId: null, draftId: null, roiThreshold: 1.5, now: NOW });
    // The case: a collaboration date of 9e15 blanked the whole tab.
    await db.collaborations.bulkAdd([good, { ...bad, dates: { ...bad.dates, sampleShippedAt: 9e15 } }]);
    const host = await render(<CollaborationsPanel db={db} />);
    await until(() => named(host).length === 1 && host.querySelectorAll('[data-testid=collab-item]').length === 1);
    expect(named(host)).toEqual(['collaborations:bad']);
    expect(host.querySelector('[data-testid=collab-item]')?.getAttribute('data-handle')).toBe('alpha');
    expect(host.querySelector('[data-testid=bad-record]')?.textContent).toContain('Collaboration with @beta');
    expect(host.querySelector('[data-testid=bad-record] [data-testid=bad-record-fix]')).not.toBeNull();
    expect(host.querySelector('[data-testid=view-failed]')).toBeNull();
  });

  it('invitations (a draft with a negative date)', async () => {
    const db = freshDb();
    await db.invitationDrafts.bulkAdd([newDraft('good', 'Kept draft', NOW), { ...newDraft('bad', 'Broken draft', NOW), createdAt: -5 }]);
    const host = await render(<InvitationsPanel db={db} />);
    await until(() => named(host).length === 1 && host.querySelectorAll('[data-testid=draft-select] option').length === 2);
    expect(named(host)).toEqual(['invitationDrafts:bad']);
    expect([...host.querySelectorAll('[data-testid=draft-select] option')].slice(1).map((o) => o.textContent)).toEqual(['Kept draft']);
    expect(host.querySelector('[data-testid=bad-record]')?.textContent).toContain('Draft “Broken draft”');
  });

  it("a creator's history", async () => {
    const db = freshDb();
    const snapshot = { ...realSnapshot('user-detail-scope-a-2026-09.json'), handle: 'alpha' };
    await db.shortlists.add({ id: 'l1', name: 'L', createdAt: NOW, archived: false });
    await addEntries(db, [{ id: 'e1', listId: 'l1', handle: 'alpha', status: 'scouting', priority: 0, tags: [], note: '', addedAt: NOW }]);
    await db.snapshots.bulkAdd([
      { handle: 'alpha', capturedAt: NOW - 86_400_000, snapshot },
      { handle: 'alpha', capturedAt: NOW, snapshot },
      { handle: 'alpha', capturedAt: 1e20, snapshot },
    ] as never);
    const host = await render(<CreatorView db={db} entryId="e1" onClose={() => undefined} onSave={() => undefined} />);
    await until(() => named(host).length === 1);
    expect(named(host)).toEqual(['snapshots:3']);
    expect(host.querySelector('[data-testid=bad-record]')?.textContent).toContain('A visit of @alpha');
    expect(host.querySelector('[data-testid=creator-view]')).not.toBeNull();
  });
});
