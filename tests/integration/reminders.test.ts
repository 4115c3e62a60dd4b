import { describe, expect, it } from 'vitest';
import { createReminders, type ReminderDeps } from '../../lib/background/reminders';
import { newCollaboration, type Collaboration } from '../../lib/collaborations/collaboration';
import { ALARM_PREFIX } from '../../lib/collaborations/reminders';
import type { VettokDatabase } from '../../lib/db/database';
import { freshDb } from './test-db';

const HOUR = 3_600_000;
const T0 = Date.UTC(2026, 10, 2, 9);

/** The browser side of one service-worker lifetime; alarms persist across lifetimes like Chrome's. */
function fakeBrowser() {
  const alarms = new Map<string, number>();
  const shown: { id: string; title: string; message: string }[] = [];
  let overdue = -1;
  return {
    alarms,
    shown,
    overdue: () => overdue,
    deps(db: VettokDatabase, now: () => number): ReminderDeps {
      return {
        db,
        now,
        timeZone: () => 'Asia/Shanghai',
        locale: async () => 'en',
        alarms: {
          getAll: async () => [...alarms].map(([name, scheduledTime]) => ({ name, scheduledTime })),
          create: async (name, when) => void alarms.set(name, when),
          clear: async (name) => alarms.delete(name),
        },
        notify: async (id, title, message) => void shown.push({ id, title, message }),
        setOverdueCount: async (count) => void (overdue = count),
      };
    },
  };
}

function submitted(at: number): Collaboration {
  const c = newCollaboration({ id: 'c1', creatorHandle: 'jelly.here10', now: at - 10 * 24 * HOUR });
  return { ...c, status: 'content-submitted', dates: { ...c.dates, contentSubmittedAt: at } };
}

describe('collaboration reminders across service-worker restarts', () => {
  it('shows a reminder whose due time passed while the worker was asleep, once', async () => {
    const db = freshDb();
    const browser = fakeBrowser();
    await db.collaborations.add(submitted(T0));

    // First lifetime: an hour after the submission nothing is due; alarms wait for 24 h and 48 h.
    let clock = T0 + HOUR;
    const first = await createReminders(browser.deps(db, () => clock)).run();
    expect(first.due).toEqual([]);
    expect(browser.shown).toEqual([]);
    expect([...browser.alarms.values()].sort()).toEqual([T0 + 24 * HOUR, T0 + 48 * HOUR]);
    expect([...browser.alarms.keys()].every((n) => n.startsWith(ALARM_PREFIX))).toBe(true);
    expect(browser.overdue()).toBe(0);

    // The worker is stopped; no alarm ran. It wakes 50 h after the submission (a fresh instance).
    clock = T0 + 50 * HOUR;
    await createReminders(browser.deps(db, () => clock)).run();
    expect(browser.shown).toHaveLength(1);
    expect(browser.shown[0]).toMatchObject({ id: expect.stringContaining('content-review'), title: 'Vettok · collaborations' });
    expect(browser.shown[0]!.message).toBe('Content review for @jelly.here10 is overdue (48 hours passed).');
    expect(browser.overdue()).toBe(1);
    expect(browser.alarms.size).toBe(0);
    expect(await db.notifiedReminders.count()).toBe(1);

    // Another restart, and a write: the same reminder is not shown again.
    const third = createReminders(browser.deps(db, () => clock));
    await Promise.all([third.run(), third.run()]);
    expect(browser.shown).toHaveLength(1);

    // Reviewing closes the deadline: the badge count and the notified set are cleared.
    await db.collaborations.update('c1', { 'dates.contentReviewedAt': clock });
    await third.run();
    expect(browser.overdue()).toBe(0);
    expect(await db.notifiedReminders.count()).toBe(0);
  });

  it('notifies a stop-loss run once, in the merchant language', async () => {
    const db = freshDb();
    const browser = fakeBrowser();
    const c = newCollaboration({ id: 'c2', creatorHandle: 'jelly.here10', roiThreshold: 2, now: T0 });
    const low = (id: string, date: number) => ({
      id, seq: 1, date, kind: 'video' as const, link: null, views: 1000, orders: 1, gmv: 10, refunds: 0,
      costs: { commission: 10, fee: null, sample: null, shipping: null }, currency: 'USD',
    });
    await db.collaborations.add({ ...c, results: [low('r1', T0 + HOUR), low('r2', T0 + 2 * HOUR)] });
    const reminders = createReminders({ ...browser.deps(db, () => T0 + 3 * HOUR), locale: async () => 'zh-CN' });
    const plan = await reminders.run();
    expect(plan.terminateCount).toBe(1);
    await reminders.run();
    expect(browser.shown).toHaveLength(1);
    expect(browser.shown[0]!.message).toContain('@jelly.here10');
    expect(browser.shown[0]!.title).toBe('Vettok · 达人合作');
  });

  it('leaves alarms that are not its own alone', async () => {
    const db = freshDb();
    const browser = fakeBrowser();
    browser.alarms.set('backup-reminder', T0 + HOUR);
    browser.alarms.set(`${ALARM_PREFIX}stale`, T0 + HOUR);
    await createReminders(browser.deps(db, () => T0)).run();
    expect([...browser.alarms.keys()]).toEqual(['backup-reminder']);
  });
});
