import { alarmsToClear, ALARM_PREFIX, planReminders, type ReminderPlan } from '../collaborations/reminders';
import type { VettokDatabase } from '../db/database';
import { translate, type Locale } from '../i18n';

/**
 * Collaboration reminders in the background. `run()` is called on every service-worker start, on
 * every collaboration alarm and after every collaboration write. It plans from the stored
 * timestamps (lib/collaborations/reminders.ts), so a due time that passed while the worker slept
 * is shown on the next start; shown reminders are persisted (table `notifiedReminders`) and never
 * shown twice; the planner's alarms are recreated; the overdue count goes to the badge.
 */
export interface ReminderDeps {
  db: VettokDatabase;
  now(): number;
  /** The merchant's IANA time zone (the browser's). */
  timeZone(): string;
  locale(): Promise<Locale>;
  alarms: {
    getAll(): Promise<{ name: string; scheduledTime?: number }[]>;
    create(name: string, when: number): Promise<void>;
    clear(name: string): Promise<unknown>;
  };
  notify(id: string, title: string, message: string): Promise<void>;
  /** Open deadlines past their due time, for the toolbar badge. */
  setOverdueCount(count: number): Promise<void>;
}

export { ALARM_PREFIX };

export function createReminders(deps: ReminderDeps) {
  let queue: Promise<unknown> = Promise.resolve();

  async function plan(): Promise<ReminderPlan> {
    const [collaborations, notified] = await Promise.all([deps.db.collaborations.toArray(), deps.db.notifiedReminders.toArray()]);
    return planReminders({
      collaborations,
      notified: notified.map((n) => n.id),
      now: deps.now(),
      timeZone: deps.timeZone(),
    });
  }

  async function once(): Promise<ReminderPlan> {
    const result = await plan();
    const now = deps.now();
    // Persist first: a worker stopped mid-way may then miss one notification, never repeat it.
    await deps.db.transaction('rw', deps.db.notifiedReminders, async () => {
      const keep = new Set([...result.keepNotified, ...result.due.map((r) => r.id)]);
      const stored = await deps.db.notifiedReminders.toArray();
      await deps.db.notifiedReminders.bulkDelete(stored.filter((r) => !keep.has(r.id)).map((r) => r.id));
      await deps.db.notifiedReminders.bulkPut(result.due.map((r) => ({ id: r.id, at: now })));
    });
    const locale = await deps.locale();
    const title = translate(locale, 'collab.notification.title');
    for (const reminder of result.due) {
      await deps.notify(reminder.id, title, translate(locale, reminder.messageKey, reminder.params));
    }
    const existing = await deps.alarms.getAll();
    for (const name of alarmsToClear(
      existing.map((a) => a.name),
      result,
    )) {
      await deps.alarms.clear(name);
    }
    const scheduled = new Map(existing.map((a) => [a.name, a.scheduledTime]));
    for (const alarm of result.alarms) {
      if (scheduled.get(alarm.name) !== alarm.when) await deps.alarms.create(alarm.name, alarm.when);
    }
    await deps.setOverdueCount(result.overdueCount);
    return result;
  }

  return {
    /** Runs one planning pass; passes never overlap (a write during an alarm waits its turn). */
    run(): Promise<ReminderPlan> {
      const next = queue.then(once, once);
      queue = next.catch(() => undefined);
      return next;
    },
    /** Whether an alarm is one of the collaboration reminders. */
    owns: (alarmName: string) => alarmName.startsWith(ALARM_PREFIX),
  };
}
export type Reminders = ReturnType<typeof createReminders>;
