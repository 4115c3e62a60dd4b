import { describe, expect, it } from 'vitest';
import { checkRecord, fixRecord, partitionEntries, partitionRecords } from '../../../lib/backup/stored-records';
import { newCollaboration } from '../../../lib/collaborations/collaboration';
import { newDraft } from '../../../lib/invitations/draft';
import { LATEST_INSTANT } from '../../../lib/schemas/field-rules';

const NOW = Date.UTC(2026, 11, 6, 12);
const entry = (id: string, patch: object = {}) => ({ id, listId: 'l1', handle: 'alpha', status: 'scouting', priority: 0, tags: [], note: 'kept', addedAt: NOW - 1000, ...patch });

describe('records a view cannot show (lib/backup/stored-records.ts)', () => {
  it('entries: the valid ones pass, each broken one is named with its field', () => {
    const rows = [entry('ok'), entry('far', { addedAt: 1e20 }), entry('prio', { priority: 9 }), entry('edge', { addedAt: LATEST_INSTANT })];
    const { good, bad } = partitionEntries(rows, NOW);
    expect(good.map((r) => r.id)).toEqual(['ok', 'edge']);
    expect(bad.map((b) => [b.id, b.name, b.fixable])).toEqual([
      ['far', '@alpha', true],
      ['prio', '@alpha', false],
    ]);
    expect(bad[0]!.problem).toMatch(/^addedAt: /);
  });

  it('the quick entry check and the full schema agree on what passes', () => {
    const variants = [entry('a'), entry('b', { addedAt: -1 }), entry('c', { addedAt: 1.5 }), entry('d', { status: 'nope' }), entry('e', { listId: '' }), entry('f', { id: 'x'.repeat(65) }), entry('g', { tags: 'a' }), entry('h', { note: null })];
    for (const row of variants) {
      expect(partitionEntries([row], NOW).good.length).toBe(partitionRecords('shortlistEntries', [row], NOW).good.length);
    }
  });

  it('fix: a required date out of range becomes now, a nullable one "not set"; what the merchant wrote stays', () => {
    expect(fixRecord('shortlistEntries', entry('far', { addedAt: 1e20 }), NOW)).toEqual(entry('far', { addedAt: NOW }));
    const collab = newCollaboration({ id: 'c1', creatorHandle: 'alpha', invitationId: null, draftId: null, roiThreshold: 1.5, now: NOW - 5000 });
    const broken = { ...collab, dates: { ...collab.dates, sampleShippedAt: 9e15 } };
    expect(checkRecord('collaborations', broken, NOW)?.problem).toContain('dates.sampleShippedAt');
    const fixed = fixRecord('collaborations', broken, NOW) as typeof collab;
    expect(fixed.dates.sampleShippedAt).toBeNull();
    expect(fixed.stopLoss).toEqual(collab.stopLoss);
    expect(checkRecord('collaborations', fixed, NOW)).toBeNull();
  });

  it('fix: never for a field that is not a date; drafts get their missing terms', () => {
    expect(fixRecord('shortlistEntries', entry('p', { priority: 9 }), NOW)).toBeNull();
    const draft = newDraft('d1', 'Old', NOW);
    const { brief: _b, ...terms } = draft.terms;
    expect(checkRecord('invitationDrafts', { ...draft, terms }, NOW)).toBeNull();
    const badDate = { ...draft, updatedAt: 1e20 };
    expect(checkRecord('invitationDrafts', badDate, NOW)).toMatchObject({ name: 'Old', fixable: true });
    expect(fixRecord('invitationDrafts', badDate, NOW)).toMatchObject({ updatedAt: NOW, name: 'Old' });
  });

  it('snapshots are named by their creator and keyed by their number', () => {
    const bad = checkRecord('snapshots', { id: 7, handle: 'beta', capturedAt: 1e20, snapshot: {} }, NOW);
    expect(bad).toMatchObject({ table: 'snapshots', id: 7, name: '@beta' });
  });
});
