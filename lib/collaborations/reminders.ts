import type { Collaboration } from './collaboration';
import { computeAllDeadlines, resolveTimeZone, type Deadline, type DeadlineKind } from './deadlines';
import { evaluateCollaborationStopLoss } from './stop-loss';

/**
 * The reminder planner: a pure function of (collaborations, ids already notified, now, time zone).
 * The background calls it on every service-worker start, on every alarm and after every write:
 * it shows `due` as notifications, adds their ids to the persisted notified set, replaces the
 * collaboration alarms with `alarms`, sets the badge to `overdueCount` and stores `keepNotified`.
 * Because due reminders come from stored timestamps and not from the alarm that woke the worker,
 * a due time that passed while the worker (or the computer) slept fires on the next call, once.
 *
 * Each deadline has two reminders: "due soon" (a lead time before) and "overdue" (at the due time).
 * When both have passed unseen, only "overdue" is shown. A reminder id contains the due time, so a
 * deadline that moves (a 7-day extension, a resubmission for review) reminds again.
 * A stop-loss run (P9) notifies once per run, keyed on the result that completed it.
 */

export type ReminderStage = 'due-soon' | 'overdue';

/** How long before the due time "due soon" fires. Sample posting: 3 days, as TikTok reminds creators
 * 3 and 1 day before (research/market.md, creator-side sample rules). */
export const REMINDER_LEAD_MS: Record<DeadlineKind, number> = {
  'sample-approval': 24 * 3_600_000,
  'sample-posting': 3 * 24 * 3_600_000,
  'content-review': 24 * 3_600_000,
  'settlement-appeal': 24 * 3_600_000,
};

/** Chrome allows 500 alarms per extension; stay well under. Later ones are planned on a later call. */
export const MAX_ALARMS = 400;
/** Every alarm the planner asks for is named with this prefix; others are not the planner's. */
export const ALARM_PREFIX = 'collab-reminder:';

export type Reminder =
  | {
      id: string;
      type: 'deadline';
      kind: DeadlineKind;
      stage: ReminderStage;
      collaborationId: string;
      creatorHandle: string;
      dueAt: number;
      /** When it should be shown. */
      at: number;
      messageKey: string;
      params: { handle: string };
    }
  | {
      id: string;
      type: 'stop-loss';
      collaborationId: string;
      creatorHandle: string;
      at: number;
      messageKey: string;
      params: { handle: string; count: number; threshold: number };
    };

export interface AlarmSpec {
  name: string;
  /** Epoch ms, as `alarms.create(name, { when })` takes it. */
  when: number;
}

export interface ReminderPlanInput {
  collaborations: readonly Collaboration[];
  /** Ids of reminders already shown, as persisted. */
  notified: Iterable<string>;
  now: number;
  /** The merchant's IANA zone; unknown zones fall back to UTC (reported in the plan). */
  timeZone: string;
}

export interface ReminderPlan {
  /** Show these now, then persist their ids as notified. */
  due: Reminder[];
  /** The complete set of collaboration alarms that should exist; clear any other with ALARM_PREFIX. */
  alarms: AlarmSpec[];
  /** Open deadlines past their due time: the badge count. */
  overdueCount: number;
  overdue: Deadline[];
  /** Collaborations whose stop-loss rule says terminate and which are not terminated yet. */
  terminateCount: number;
  /** The notified ids still worth keeping (the rest belong to deadlines that closed). */
  keepNotified: string[];
  timeZone: string;
}

export function reminderIdOf(deadline: Deadline, stage: ReminderStage): string {
  return `${deadline.id}:${stage}`;
}

export const alarmNameOf = (reminderId: string): string => `${ALARM_PREFIX}${reminderId}`;

function deadlineReminder(deadline: Deadline, stage: ReminderStage): Reminder {
  return {
    id: reminderIdOf(deadline, stage),
    type: 'deadline',
    kind: deadline.kind,
    stage,
    collaborationId: deadline.collaborationId,
    creatorHandle: deadline.creatorHandle,
    dueAt: deadline.dueAt,
    at: stage === 'overdue' ? deadline.dueAt : deadline.dueAt - REMINDER_LEAD_MS[deadline.kind],
    messageKey: `collab.reminder.${deadline.kind}.${stage}`,
    params: { handle: deadline.creatorHandle },
  };
}

function stopLossReminders(collaborations: readonly Collaboration[]): Reminder[] {
  const reminders: Reminder[] = [];
  for (const c of collaborations) {
    if (c.status === 'terminated' || c.status === 'cancelled') continue;
    const evaluation = evaluateCollaborationStopLoss(c);
    if (evaluation.status !== 'terminate' || evaluation.triggeredAt === null) continue;
    const last = evaluation.evidence.at(-1);
    reminders.push({
      id: `${c.id}:stop-loss:${last?.resultId ?? ''}`,
      type: 'stop-loss',
      collaborationId: c.id,
      creatorHandle: c.creatorHandle,
      at: evaluation.triggeredAt,
      messageKey: 'collab.reminder.stop-loss',
      params: { handle: c.creatorHandle, count: evaluation.consecutiveCount, threshold: evaluation.threshold },
    });
  }
  return reminders;
}

export function planReminders(input: ReminderPlanInput): ReminderPlan {
  const { collaborations, now } = input;
  const timeZone = resolveTimeZone(input.timeZone);
  const notified = new Set(input.notified);
  const deadlines = computeAllDeadlines(collaborations, now, timeZone);

  const due: Reminder[] = [];
  const future: Reminder[] = [];
  const known = new Set<string>();

  for (const deadline of deadlines) {
    const soon = deadlineReminder(deadline, 'due-soon');
    const late = deadlineReminder(deadline, 'overdue');
    known.add(soon.id).add(late.id);
    // Only the latest stage that has passed is shown; "due soon" after the due time is noise.
    const current = now >= late.at ? late : now >= soon.at ? soon : null;
    if (current && !notified.has(current.id)) due.push(current);
    for (const r of [soon, late]) if (r.at > now) future.push(r);
  }

  const stopLoss = stopLossReminders(collaborations);
  for (const r of stopLoss) {
    known.add(r.id);
    if (r.at > now) future.push(r);
    else if (!notified.has(r.id)) due.push(r);
  }

  const alarms = future
    .sort((a, b) => a.at - b.at || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .slice(0, MAX_ALARMS)
    .map((r) => ({ name: alarmNameOf(r.id), when: r.at }));
  const overdue = deadlines.filter((d) => d.overdue);

  return {
    due: due.sort((a, b) => a.at - b.at || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)),
    alarms,
    overdueCount: overdue.length,
    overdue,
    terminateCount: stopLoss.length,
    keepNotified: [...notified].filter((id) => known.has(id)).sort(),
    timeZone,
  };
}

/** Existing alarm names the plan no longer wants (only the planner's own, by prefix). */
export function alarmsToClear(existingNames: readonly string[], plan: ReminderPlan): string[] {
  const wanted = new Set(plan.alarms.map((a) => a.name));
  return existingNames.filter((name) => name.startsWith(ALARM_PREFIX) && !wanted.has(name));
}
