import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Collaboration } from '../../../lib/collaborations/collaboration';
import {
  ALARM_PREFIX,
  alarmsToClear,
  MAX_ALARMS,
  planReminders,
  REMINDER_LEAD_MS,
} from '../../../lib/collaborations/reminders';
import { collaboration, DAY, HOUR, result, resultsWithRoi } from './factories';

const submitted = Date.UTC(2026, 4, 4, 9);
const reviewDue = submitted + 48 * HOUR;
const review = collaboration({ id: 'c1', dates: { contentSubmittedAt: submitted } });
const ID = `c1:content-review:${reviewDue}`;

const plan = (collaborations: readonly Collaboration[], now: number, notified: readonly string[] = []) =>
  planReminders({ collaborations, notified, now, timeZone: 'Europe/London' });

describe('reminder planner', () => {
  it.each([
    // label, now, already notified, due now, alarms, overdue count
    ['before the lead time: two alarms, nothing due', submitted + HOUR, [], [], [`${ID}:due-soon`, `${ID}:overdue`], 0],
    ['inside the lead time: "due soon" now, one alarm left', submitted + 30 * HOUR, [], [`${ID}:due-soon`], [`${ID}:overdue`], 0],
    ['"due soon" already shown', submitted + 30 * HOUR, [`${ID}:due-soon`], [], [`${ID}:overdue`], 0],
    ['at the due time: overdue', reviewDue, [`${ID}:due-soon`], [`${ID}:overdue`], [], 1],
    ['both passed unseen: only "overdue" is shown', reviewDue + 3 * DAY, [], [`${ID}:overdue`], [], 1],
    ['overdue already shown: nothing new, still counted on the badge', reviewDue + 3 * DAY, [`${ID}:overdue`], [], [], 1],
  ] as const)('%s', (_label, now, notified, due, alarms, overdueCount) => {
    const p = plan([review], now, notified);
    expect(p.due.map((r) => r.id)).toEqual(due);
    expect(p.alarms.map((a) => a.name)).toEqual(alarms.map((id) => `${ALARM_PREFIX}${id}`));
    expect(p.overdueCount).toBe(overdueCount);
  });

  it('alarms carry the reminder times', () => {
    expect(plan([review], submitted).alarms.map((a) => a.when)).toEqual([
      reviewDue - REMINDER_LEAD_MS['content-review'],
      reviewDue,
    ]);
  });

  it('a reminder names its kind, stage, creator and message', () => {
    const [r] = plan([review], reviewDue).due;
    expect(r).toEqual({
      id: `${ID}:overdue`,
      type: 'deadline',
      kind: 'content-review',
      stage: 'overdue',
      collaborationId: 'c1',
      creatorHandle: 'alice',
      dueAt: reviewDue,
      at: reviewDue,
      messageKey: 'collab.reminder.content-review.overdue',
      params: { handle: 'alice' },
    });
  });

  it('a closed deadline stops reminding, leaves the badge and its ids are no longer kept', () => {
    const reviewed = collaboration({ id: 'c1', dates: { contentSubmittedAt: submitted, contentReviewedAt: reviewDue + HOUR } });
    const p = plan([reviewed], reviewDue + DAY, [`${ID}:overdue`, 'gone:x']);
    expect(p).toMatchObject({ due: [], alarms: [], overdueCount: 0, keepNotified: [] });
    expect(plan([review], reviewDue + DAY, [`${ID}:overdue`, 'gone:x']).keepNotified).toEqual([`${ID}:overdue`]);
  });

  it('a recorded extension moves the posting deadline and reminds again', () => {
    const received = Date.UTC(2026, 4, 1, 9);
    const base = collaboration({ id: 'p', dates: { sampleReceivedAt: received } });
    const now = received + 19 * DAY;
    const first = plan([base], now);
    expect(first.due.map((r) => (r.type === 'deadline' ? r.stage : r.type))).toEqual(['overdue']);
    const notified = first.due.map((r) => r.id);
    const extended = { ...base, sampleExtensionDays: 7 as const };
    const second = plan([extended], now, notified);
    expect(second.overdueCount).toBe(0);
    expect(second.due.map((r) => (r.type === 'deadline' ? r.stage : r.type))).toEqual(['due-soon']);
    expect(second.alarms).toHaveLength(1);
  });

  it('notifies a stop-loss run once, and not for a collaboration already terminated', () => {
    const results = resultsWithRoi([1, 1]);
    const c = collaboration({ id: 's', results });
    const now = Date.UTC(2026, 1, 1);
    const first = plan([c], now);
    expect(first.due).toEqual([
      expect.objectContaining({
        id: `s:stop-loss:${results[1]?.id}`,
        type: 'stop-loss',
        messageKey: 'collab.reminder.stop-loss',
        params: { handle: 'alice', count: 2, threshold: 1.5 },
      }),
    ]);
    expect(first.terminateCount).toBe(1);
    expect(first.overdueCount).toBe(0);
    expect(plan([c], now, first.due.map((r) => r.id)).due).toEqual([]);
    expect(plan([{ ...c, status: 'terminated' }], now).due).toEqual([]);
  });

  it('caps the alarms below Chrome\'s 500, earliest first', () => {
    const many = Array.from({ length: 300 }, (_, i) =>
      collaboration({ id: `m${i}`, dates: { contentSubmittedAt: submitted + i * 1000 } }),
    );
    const p = plan(many, submitted);
    expect(p.alarms).toHaveLength(MAX_ALARMS);
    expect(p.alarms.map((a) => a.when)).toEqual([...p.alarms.map((a) => a.when)].sort((a, b) => a - b));
  });

  it('names alarms to clear: the planner\'s own that it no longer wants, never others', () => {
    const p = plan([review], submitted);
    const wanted = p.alarms.map((a) => a.name);
    expect(alarmsToClear([...wanted, `${ALARM_PREFIX}old`, 'snapshot-refresh'], p)).toEqual([`${ALARM_PREFIX}old`]);
  });

  it('reports an unknown time zone replaced by UTC', () => {
    expect(planReminders({ collaborations: [], notified: [], now: 0, timeZone: 'Nowhere/Land' }).timeZone).toBe('UTC');
  });
});

const t0 = Date.UTC(2026, 2, 1);
const maybeDate = fc.option(fc.integer({ min: t0, max: t0 + 60 * DAY }), { nil: null });
const arbitraryCollaboration = fc
  .record({
    id: fc.constantFrom('a', 'b', 'c', 'd'),
    sampleRequestedAt: maybeDate,
    sampleReceivedAt: maybeDate,
    contentSubmittedAt: maybeDate,
    contentReviewedAt: maybeDate,
    settledAt: maybeDate,
    disputed: fc.boolean(),
    extended: fc.boolean(),
    rois: fc.array(fc.option(fc.integer({ min: 0, max: 30 }).map((n) => n / 10), { nil: null }), { maxLength: 4 }),
  })
  .map((r) => {
    const { id, disputed, extended, rois, ...dates } = r;
    return collaboration({
      id,
      dates,
      settlementDisputed: disputed,
      sampleExtensionDays: extended ? 7 : 0,
      results: resultsWithRoi(rois).map((x) => ({ ...x, id: `${id}-${x.id}` })),
    });
  });
const collaborationsArb = fc.uniqueArray(arbitraryCollaboration, { selector: (c) => c.id, maxLength: 4 });
const zoneArb = fc.constantFrom('Europe/London', 'America/New_York', 'Asia/Shanghai', 'Asia/Jakarta');

describe('reminder planner properties', () => {
  it('idempotent: once the due ids are stored, a second call returns nothing new and the same alarms', () => {
    fc.assert(
      fc.property(collaborationsArb, fc.integer({ min: t0, max: t0 + 90 * DAY }), zoneArb, (collaborations, now, timeZone) => {
        const first = planReminders({ collaborations, notified: [], now, timeZone });
        const notified = [...first.keepNotified, ...first.due.map((r) => r.id)];
        const second = planReminders({ collaborations, notified, now, timeZone });
        expect(second.due).toEqual([]);
        expect(second.alarms).toEqual(first.alarms);
        expect(second.overdueCount).toBe(first.overdueCount);
        expect([...second.keepNotified].sort()).toEqual([...new Set(notified)].sort());
      }),
    );
  });

  it('over any sequence of wake-ups, each reminder is shown at most once and every overdue deadline once', () => {
    fc.assert(
      fc.property(
        collaborationsArb,
        fc.array(fc.integer({ min: 0, max: 90 * DAY }), { minLength: 1, maxLength: 6 }),
        zoneArb,
        (collaborations, offsets, timeZone) => {
          let notified: string[] = [];
          const shown: string[] = [];
          const wakes = [...offsets].sort((a, b) => a - b).map((o) => t0 + o);
          for (const now of wakes) {
            const p = planReminders({ collaborations, notified, now, timeZone });
            shown.push(...p.due.map((r) => r.id));
            notified = [...p.keepNotified, ...p.due.map((r) => r.id)];
          }
          expect(new Set(shown).size).toBe(shown.length);
          const last = wakes.at(-1) ?? t0;
          const final = planReminders({ collaborations, notified, now: last, timeZone });
          for (const d of final.overdue) expect(shown).toContain(`${d.id}:overdue`);
        },
      ),
    );
  });
});

it('a result with a future date sets an alarm for its stop-loss notice instead of firing early', () => {
  const now = Date.UTC(2026, 0, 1);
  const results = [result({ id: 'a', date: now - DAY, gmv: 100 }), result({ id: 'b', date: now + DAY, gmv: 100 })];
  const p = planReminders({ collaborations: [collaboration({ id: 'f', results })], notified: [], now, timeZone: 'UTC' });
  expect(p.due).toEqual([]);
  expect(p.alarms).toEqual([{ name: `${ALARM_PREFIX}f:stop-loss:b`, when: now + DAY }]);
});
