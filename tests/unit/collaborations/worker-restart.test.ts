/**
 * Integration of the planner with the extension APIs a service worker uses (fake-browser): the worker
 * plans at t0 and sets its alarms, is stopped, nothing runs while the computer sleeps past the due
 * time, and on the next start the overdue reminder fires exactly once — from stored timestamps, not
 * from the alarm. The missed alarm Chrome delivers on wake, and later restarts, add nothing.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Collaboration } from '../../../lib/collaborations/collaboration';
import { ALARM_PREFIX, alarmsToClear, planReminders, type ReminderPlan } from '../../../lib/collaborations/reminders';
import { collaboration, DAY, HOUR } from './factories';

const NOTIFIED_KEY = 'collab.notifiedReminders';

/** The state that survives a worker restart: the database and storage.local (and the browser's alarms). */
interface Persisted {
  collaborations: Collaboration[];
}

/** A worker instance: in-memory state lives only as long as the instance. */
function startWorker(persisted: Persisted, timeZone: string, shown: string[]) {
  async function wake(now: number): Promise<ReminderPlan> {
    const stored = await fakeBrowser.storage.local.get(NOTIFIED_KEY);
    const notified = (stored[NOTIFIED_KEY] as string[] | undefined) ?? [];
    const plan = planReminders({ collaborations: persisted.collaborations, notified, now, timeZone });
    for (const reminder of plan.due) {
      await fakeBrowser.notifications.create(reminder.id, { type: 'basic', title: 'Vettok', message: reminder.messageKey, iconUrl: 'icon.png' });
      shown.push(reminder.id);
    }
    await fakeBrowser.storage.local.set({ [NOTIFIED_KEY]: [...plan.keepNotified, ...plan.due.map((r) => r.id)] });
    const existing = (await fakeBrowser.alarms.getAll()).map((a) => a.name);
    for (const name of alarmsToClear(existing, plan)) await fakeBrowser.alarms.clear(name);
    for (const alarm of plan.alarms) await fakeBrowser.alarms.create(alarm.name, { when: alarm.when });
    await fakeBrowser.action.setBadgeText({ text: plan.overdueCount > 0 ? String(plan.overdueCount) : '' });
    return plan;
  }
  let clock = 0;
  const onAlarm = (alarm: { name: string }) => {
    if (alarm.name.startsWith(ALARM_PREFIX)) return wake(clock);
    return undefined;
  };
  fakeBrowser.alarms.onAlarm.addListener(onAlarm);
  return {
    /** The start event (runtime.onStartup / first message) at a given time. */
    start: (now: number) => {
      clock = now;
      return wake(now);
    },
    /** Chrome delivers an alarm (late, if the computer slept through it). */
    deliverAlarm: async (name: string, now: number) => {
      clock = now;
      const alarm = await fakeBrowser.alarms.get(name);
      if (alarm) await fakeBrowser.alarms.clear(name);
      await fakeBrowser.alarms.onAlarm.trigger(alarm ?? { name, scheduledTime: now, persistAcrossSessions: false });
    },
    stop: () => fakeBrowser.alarms.onAlarm.removeListener(onAlarm),
  };
}

const badge = () => fakeBrowser.action.getBadgeText({});
const alarmTimes = async () => (await fakeBrowser.alarms.getAll()).map((a) => a.scheduledTime).sort((a, b) => a - b);

describe('reminders survive a service-worker restart', () => {
  beforeEach(() => fakeBrowser.reset());

  it.each([
    {
      label: 'content review (48 h), merchant in Asia/Shanghai',
      timeZone: 'Asia/Shanghai',
      t0: Date.UTC(2026, 4, 4, 2),
      dates: { contentSubmittedAt: Date.UTC(2026, 4, 4, 2) },
      kind: 'content-review',
      dueAt: Date.UTC(2026, 4, 6, 2),
      close: { contentReviewedAt: Date.UTC(2026, 4, 7, 3) },
    },
    {
      label: 'sample posting (14 calendar days) across the London clock change',
      timeZone: 'Europe/London',
      t0: Date.UTC(2026, 2, 20, 15),
      dates: { sampleReceivedAt: Date.UTC(2026, 2, 20, 15) },
      kind: 'sample-posting',
      dueAt: Date.UTC(2026, 3, 3, 14), // 15:00 BST
      close: { publishedAt: Date.UTC(2026, 3, 6, 15) },
    },
  ] as const)('$label', async ({ timeZone, t0, dates, kind, dueAt, close }) => {
    const persisted: Persisted = { collaborations: [collaboration({ id: 'c1', dates })] };
    const shown: string[] = [];
    const overdueId = `c1:${kind}:${dueAt}:overdue`;

    // t0: the worker starts and schedules "due soon" and "overdue".
    const first = startWorker(persisted, timeZone, shown);
    const atStart = await first.start(t0);
    expect(atStart.due).toEqual([]);
    expect(await alarmTimes()).toContain(dueAt);
    expect(await badge()).toBe('');
    first.stop(); // idle worker terminated; its memory is gone

    // Nothing runs until t0 + 3 days past the due time: the computer slept through both alarms.
    const wakeAt = dueAt + 3 * DAY;
    const second = startWorker(persisted, timeZone, shown);
    const onWake = await second.start(wakeAt);
    expect(onWake.due.map((r) => r.id)).toEqual([overdueId]);
    expect(await badge()).toBe('1');
    expect(await fakeBrowser.alarms.getAll()).toEqual([]);

    // Chrome then delivers the missed alarm once; the handler replans and finds nothing new.
    await second.deliverAlarm(`${ALARM_PREFIX}${overdueId}`, wakeAt + 1000);
    second.stop();

    // Another restart an hour later: still nothing new, still on the badge.
    const third = startWorker(persisted, timeZone, shown);
    expect((await third.start(wakeAt + HOUR)).due).toEqual([]);
    expect(shown).toEqual([overdueId]);
    expect(await badge()).toBe('1');

    // The merchant acts: the deadline closes, the badge clears and the stored ids are pruned.
    persisted.collaborations = [collaboration({ id: 'c1', dates: { ...dates, ...close } })];
    const closed = await third.start(wakeAt + 2 * HOUR);
    expect(closed.overdueCount).toBe(0);
    expect(await badge()).toBe('');
    expect((await fakeBrowser.storage.local.get(NOTIFIED_KEY))[NOTIFIED_KEY]).toEqual([]);
    expect(shown).toEqual([overdueId]);
  });

  it('a worker awake at the due time fires from the alarm, and the next start does not repeat it', async () => {
    const t0 = Date.UTC(2026, 9, 30, 16);
    const persisted: Persisted = {
      collaborations: [collaboration({ id: 'c1', settlementDisputed: true, dates: { settledAt: t0 } })],
    };
    const shown: string[] = [];
    const worker = startWorker(persisted, 'America/New_York', shown);
    await worker.start(t0);
    const dueAt = t0 + 72 * HOUR; // across the 1 November fall-back: still exactly 72 h
    await worker.deliverAlarm(`${ALARM_PREFIX}c1:settlement-appeal:${dueAt}:due-soon`, dueAt - 24 * HOUR);
    await worker.deliverAlarm(`${ALARM_PREFIX}c1:settlement-appeal:${dueAt}:overdue`, dueAt);
    worker.stop();
    await startWorker(persisted, 'America/New_York', shown).start(dueAt + DAY);
    expect(shown).toEqual([
      `c1:settlement-appeal:${dueAt}:due-soon`,
      `c1:settlement-appeal:${dueAt}:overdue`,
    ]);
  });
});
