import { describe, expect, it } from 'vitest';
import { createBackgroundRouter } from '../../lib/background/handlers';
import { VettokDatabase } from '../../lib/db/database';
import { earliestDay } from '../../lib/db/invitations-repository';
import { newDraft, readStoredDraft } from '../../lib/invitations/draft';
import { startingDefaults } from '../../lib/invitations/defaults';
import { defaultTerms } from '../../lib/invitations/terms';
import { DEFAULT_SETTINGS, type Settings } from '../../lib/schemas/settings';
import type { Reply } from '../../lib/messaging/protocol';
import { realSnapshot } from '../fixture-files';
import { completeTerms } from '../unit/invitations/fixtures';
import { testScanner } from '../unit/invitations/test-scanner';
import { fakeBackgroundDeps, seedShippedVersion } from './test-db';
import { entryCount } from '../../lib/db/queries/entries';

const ID = 'abcdefghijklmnopabcdefghijklmnop';
const SELF = { id: ID, baseUrl: `chrome-extension://${ID}/` };
const PAGE = { id: ID, url: `chrome-extension://${ID}/sidepanel.html` };
const TIKTOK = { id: ID, url: 'https://www.tiktok.com/@a', tab: { id: 7 } };
const AFFILIATE = { id: ID, url: 'https://affiliate.tiktok.com/connection/target-invitation/create', tab: { id: 8 } };
const NOW = Date.UTC(2026, 10, 24, 12);

function setup() {
  const deps = fakeBackgroundDeps({ now: () => NOW, claimScanner: testScanner });
  const db = deps.db;
  const route = createBackgroundRouter(deps, SELF);
  const ask = (name: string, payload: unknown, sender: typeof PAGE = PAGE) => route({ vettok: 1, name, payload }, sender);
  return { db, ask };
}

const okData = <T>(reply: Reply) => {
  if (!reply.ok) throw new Error(`${reply.error.code}: ${reply.error.message}`);
  return reply.data as T;
};

async function readCreators(ask: ReturnType<typeof setup>['ask'], count: number) {
  const handles: string[] = [];
  const base = realSnapshot('user-detail-scope-a-2026-09.json');
  for (let i = 0; i < count; i++) {
    const handle = `creator.${i}`;
    okData(await ask('snapshot.submit', { snapshot: { ...base, handle } }, TIKTOK));
    handles.push(handle);
  }
  return handles;
}

describe('invitation messages on a real database', () => {
  it('saves, lists and deletes drafts; only extension pages may write', async () => {
    const { db, ask } = setup();
    const draft = newDraft('d1', 'Serum', 1, 'vi', completeTerms('vi'));
    const saved = okData<{ draft: typeof draft }>(await ask('invitation.draft.save', { draft }));
    expect(saved.draft).toEqual({ ...draft, updatedAt: NOW });
    expect(await db.invitationDrafts.get('d1')).toEqual(saved.draft);

    const fromTikTok = await ask('invitation.draft.save', { draft }, TIKTOK);
    expect(fromTikTok).toMatchObject({ ok: false, error: { code: 'forbidden' } });

    const bad = await ask('invitation.draft.save', { draft: { ...draft, terms: { ...draft.terms, language: 'fr' } } });
    expect(bad).toMatchObject({ ok: false, error: { code: 'invalid-payload' } });

    expect(okData(await ask('invitation.draft.delete', { id: 'd1' }))).toEqual({ deleted: true });
    expect(await db.invitationDrafts.count()).toBe(0);
  });

  it('applies a ready draft in batches of 50 and remembers draft and creators', async () => {
    const { db, ask } = setup();
    const handles = await readCreators(ask, 52);
    const draft = newDraft('d1', 'Serum', 1, 'en', completeTerms('en'));
    okData(await ask('invitation.draft.save', { draft }));
    const { invitations } = okData<{ invitations: { handles: string[]; batchIndex: number; batchCount: number; draftId: string; message: string }[] }>(
      await ask('invitation.apply', { draftId: 'd1', handles }),
    );
    expect(invitations.map((i) => i.handles.length)).toEqual([50, 2]);
    expect(invitations.map((i) => [i.batchIndex, i.batchCount])).toEqual([[1, 2], [2, 2]]);
    expect(invitations.every((i) => i.draftId === 'd1' && i.message.startsWith('Hi there,'))).toBe(true);
    expect(await db.invitations.where('handles').equals('creator.51').count()).toBe(1);
    expect(await db.invitations.count()).toBe(2);
  });

  it('refuses a draft that fails the lint, or creators never read, and stores nothing', async () => {
    const { db, ask } = setup();
    const handles = await readCreators(ask, 1);
    const banned = completeTerms('zh-CN', { messageTemplate: '{creator} 全网最低 {products}' });
    okData(await ask('invitation.draft.save', { draft: newDraft('bad', 'x', 1, 'zh-CN', banned) }));
    const refused = await ask('invitation.apply', { draftId: 'bad', handles });
    expect(refused).toMatchObject({ ok: false, error: { code: 'invalid-payload' } });
    expect(!refused.ok && refused.error.message).toContain('banned-claim');

    okData(await ask('invitation.draft.save', { draft: newDraft('good', 'y', 1, 'en', completeTerms()) }));
    const ghost = await ask('invitation.apply', { draftId: 'good', handles: ['ghost.creator'] });
    expect(!ghost.ok && ghost.error.message).toContain('@ghost.creator');
    expect(await ask('invitation.apply', { draftId: 'nope', handles })).toMatchObject({ ok: false, error: { code: 'invalid-payload' } });
    expect(await db.invitations.count()).toBe(0);
  });

  it("invites one creator from the overlay with the newest ready draft", async () => {
    const { db, ask } = setup();
    const [handle] = await readCreators(ask, 1);
    expect(await ask('invitation.inviteCreator', { handle }, TIKTOK)).toMatchObject({ ok: false, error: { code: 'invalid-payload' } });
    okData(await ask('invitation.draft.save', { draft: newDraft('unfinished', 'u', 1, 'en', defaultTerms()) }));
    okData(await ask('invitation.draft.save', { draft: newDraft('ready', 'Ready one', 1, 'th', completeTerms('th')) }));
    const reply = okData<{ draftId: string; invitationId: string }>(await ask('invitation.inviteCreator', { handle }, TIKTOK));
    expect(reply).toMatchObject({ draftId: 'ready', draftName: 'Ready one' });
    const again = okData<{ invitationId: string }>(await ask('invitation.inviteCreator', { handle }, TIKTOK));
    expect(again.invitationId).toBe(reply.invitationId);
    const stored = await db.invitations.toArray();
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({ handles: [handle], source: 'overlay' });
  });

  it('with no draft at all, invites from the card with the invitation defaults of Settings, once they are complete', async () => {
    let settings: Settings = DEFAULT_SETTINGS;
    const deps = fakeBackgroundDeps({ now: () => NOW, claimScanner: testScanner, settings: async () => settings });
    const route = createBackgroundRouter(deps, SELF);
    const ask = (name: string, payload: unknown, sender: typeof PAGE = PAGE) => route({ vettok: 1, name, payload }, sender);
    okData(await ask('snapshot.submit', { snapshot: { ...realSnapshot('user-detail-scope-a-2026-09.json'), handle: 'creator.0' } }, TIKTOK));

    // Incomplete defaults make no draft: the card's invite is refused, and nothing is stored.
    settings = { ...DEFAULT_SETTINGS, invitationDefaults: startingDefaults(defaultTerms('en')) };
    expect(await ask('invitation.inviteCreator', { handle: 'creator.0' }, TIKTOK)).toMatchObject({ ok: false, error: { code: 'invalid-payload' } });
    expect(await deps.db.invitationDrafts.count()).toBe(0);

    settings = { ...DEFAULT_SETTINGS, invitationDefaults: { ...startingDefaults(completeTerms('vi', { endDate: null })), endAfterDays: 30, postWithinDays: 14 } };
    const reply = okData<{ draftId: string; draftName: string }>(await ask('invitation.inviteCreator', { handle: 'creator.0' }, TIKTOK));
    expect(reply.draftName).toBe('Summer serum launch');
    const draft = readStoredDraft((await deps.db.invitationDrafts.get(reply.draftId))!);
    // NOW is 2026-11-24 12:00 UTC; the background counts from earliestDay (12 h earlier, the same day).
    expect(draft.terms).toMatchObject({ language: 'vi', endDate: '2026-12-24', brief: { postBy: '2026-12-08' } });
    // The next click uses that draft (now the newest ready one): still one draft, one invitation.
    expect(okData<{ draftId: string }>(await ask('invitation.inviteCreator', { handle: 'creator.0' }, TIKTOK)).draftId).toBe(reply.draftId);
    expect(await deps.db.invitationDrafts.count()).toBe(1);
    expect(await deps.db.invitations.count()).toBe(1);
  });

  it('offers drafts to the Affiliate Center helper but not to tiktok.com', async () => {
    const { ask } = setup();
    okData(await ask('invitation.draft.save', { draft: newDraft('d', 'D', 1, 'en', completeTerms()) }));
    const template = newDraft('t', 'T', 1, 'en', completeTerms('en', { isTemplate: true }));
    okData(await ask('invitation.draft.save', { draft: template }));
    const { drafts } = okData<{ drafts: { id: string }[] }>(await ask('invitation.drafts', {}, AFFILIATE));
    expect(drafts.map((d) => d.id)).toEqual(['d']);
    expect(await ask('invitation.drafts', {}, TIKTOK)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });
});

describe('earliestDay', () => {
  it.each([
    [Date.UTC(2026, 10, 24, 12), '2026-11-24'],
    [Date.UTC(2026, 10, 24, 11, 59), '2026-11-23'],
    [Date.UTC(2026, 10, 25, 3), '2026-11-24'],
  ])('%s → %s (the day in UTC−12)', (now, day) => {
    expect(earliestDay(now)).toBe(day);
  });
});

describe('database version 3 (applied invitations)', () => {
  it('keeps every version-1 row and repairs the drafts of a literal v1 fixture', async () => {
    const name = `vettok-migration-${process.pid}`;
    await seedShippedVersion(name, 1, {
      shortlists: [{ id: 'l1', name: 'My shortlist', createdAt: 1, archived: false }],
      shortlistEntries: [{ id: 'e1', listId: 'l1', handle: 'jelly.here10', status: 'scouting', priority: 0, tags: [], note: '', addedAt: 2 }],
      invitationDrafts: [
        { id: 'empty', name: 'Old empty', createdAt: 1, updatedAt: 2, terms: {} },
        { id: 'partial', name: 'Old partial', createdAt: 3, updatedAt: 4, terms: { collaborationName: 'Kept', videos: 'three', language: 'ms' } },
      ],
    });

    const db = new VettokDatabase(name);
    await db.open();
    expect(db.verno).toBe(10);
    expect(await db.shortlists.toArray()).toEqual([{ id: 'l1', name: 'My shortlist', createdAt: 1, archived: false }]);
    expect(await entryCount(db)).toBe(1);
    // Terms added after version 3 (the content brief, the sample terms) are filled in when read.
    expect(readStoredDraft((await db.invitationDrafts.get('empty'))!)).toEqual({ id: 'empty', name: 'Old empty', createdAt: 1, updatedAt: 2, terms: defaultTerms() });
    expect(readStoredDraft((await db.invitationDrafts.get('partial'))!).terms).toEqual({ ...defaultTerms(), collaborationName: 'Kept', language: 'ms' });
    expect(await db.invitations.count()).toBe(0);
    await db.delete();
  });
});
