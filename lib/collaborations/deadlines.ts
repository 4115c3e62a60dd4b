import type { Collaboration } from './collaboration';
import { addCalendarDays, isValidTimeZone } from './zoned-time';

/**
 * Deadlines of a collaboration, computed from its stored dates and `now` (never from timers), so a
 * service worker that slept through a due time still sees it on wake.
 *
 * | kind              | starts at          | due after                         | closed by                                  | source |
 * |-------------------|--------------------|-----------------------------------|--------------------------------------------|--------|
 * | sample-approval   | sampleRequestedAt  | 7 calendar days                   | sampleDecidedAt, shipped or received       | market.md, Sample Guide for Sellers |
 * | sample-posting    | sampleReceivedAt   | 14 calendar days (+7 if extended) | publishedAt or any result                  | market.md, Sample Integrity Policy (P4) |
 * | content-review    | contentSubmittedAt | 48 hours                          | contentReviewedAt ≥ submission, publishedAt | seed: 商家需在48小时内反馈 (P5) |
 * | settlement-appeal | settledAt          | 72 hours, only when disputed      | appealedAt                                  | seed: 可在72小时内发起申诉 |
 *
 * Decision on "days": a day rule is counted in calendar days in the merchant's time zone and ends at
 * the same local clock time as it started (received Mon 15:00 → due Mon 15:00 two weeks later), so
 * the date the merchant sees does not shift by an hour across a daylight-saving change; such a
 * deadline is 14 × 24 h ± 1 h long. Hour rules (48 h, 72 h) are exact elapsed time, whatever the
 * zone. In zones without daylight saving (Asia/Shanghai, Asia/Jakarta) both readings agree.
 *
 * A deadline is overdue from its due instant on (now ≥ dueAt). Cancelled and terminated
 * collaborations keep only the appeal window: money in dispute still matters after the end.
 */

export type DeadlineKind = 'sample-approval' | 'sample-posting' | 'content-review' | 'settlement-appeal';

export const DEADLINE_KINDS: readonly DeadlineKind[] = [
  'sample-approval',
  'sample-posting',
  'content-review',
  'settlement-appeal',
];

export type DeadlineRule = { unit: 'calendar-days'; amount: number } | { unit: 'hours'; amount: number };

export const SAMPLE_APPROVAL_DAYS = 7;
export const SAMPLE_POSTING_DAYS = 14;
export const CONTENT_REVIEW_HOURS = 48;
export const APPEAL_WINDOW_HOURS = 72;

export interface Deadline {
  /** Stable while the deadline does not move: collaborationId:kind:dueAt. */
  id: string;
  kind: DeadlineKind;
  collaborationId: string;
  creatorHandle: string;
  startedAt: number;
  dueAt: number;
  rule: DeadlineRule;
  overdue: boolean;
}

const HOUR = 3_600_000;

/** The zone deadlines are counted in; an unknown zone falls back to UTC rather than failing. */
export function resolveTimeZone(timeZone: string | null | undefined): string {
  return timeZone && isValidTimeZone(timeZone) ? timeZone : 'UTC';
}

function dueOf(startedAt: number, rule: DeadlineRule, timeZone: string): number {
  return rule.unit === 'hours' ? startedAt + rule.amount * HOUR : addCalendarDays(startedAt, rule.amount, timeZone);
}

/** The open deadlines of one collaboration, earliest due first. */
export function computeDeadlines(collaboration: Collaboration, now: number, timeZone: string): Deadline[] {
  const zone = resolveTimeZone(timeZone);
  const d = collaboration.dates;
  const ended = collaboration.status === 'cancelled' || collaboration.status === 'terminated';
  const open: { kind: DeadlineKind; startedAt: number; rule: DeadlineRule }[] = [];

  const sampleMoved = d.sampleShippedAt !== null || d.sampleReceivedAt !== null;
  if (!ended && d.sampleRequestedAt !== null && d.sampleDecidedAt === null && !sampleMoved) {
    open.push({
      kind: 'sample-approval',
      startedAt: d.sampleRequestedAt,
      rule: { unit: 'calendar-days', amount: SAMPLE_APPROVAL_DAYS },
    });
  }
  if (!ended && d.sampleReceivedAt !== null && d.publishedAt === null && collaboration.results.length === 0) {
    open.push({
      kind: 'sample-posting',
      startedAt: d.sampleReceivedAt,
      rule: { unit: 'calendar-days', amount: SAMPLE_POSTING_DAYS + collaboration.sampleExtensionDays },
    });
  }
  if (
    !ended &&
    d.contentSubmittedAt !== null &&
    d.publishedAt === null &&
    (d.contentReviewedAt === null || d.contentReviewedAt < d.contentSubmittedAt)
  ) {
    open.push({
      kind: 'content-review',
      startedAt: d.contentSubmittedAt,
      rule: { unit: 'hours', amount: CONTENT_REVIEW_HOURS },
    });
  }
  if (collaboration.settlementDisputed && d.settledAt !== null && d.appealedAt === null) {
    open.push({
      kind: 'settlement-appeal',
      startedAt: d.settledAt,
      rule: { unit: 'hours', amount: APPEAL_WINDOW_HOURS },
    });
  }

  return open
    .map(({ kind, startedAt, rule }) => {
      const dueAt = dueOf(startedAt, rule, zone);
      return {
        id: `${collaboration.id}:${kind}:${dueAt}`,
        kind,
        collaborationId: collaboration.id,
        creatorHandle: collaboration.creatorHandle,
        startedAt,
        dueAt,
        rule,
        overdue: now >= dueAt,
      };
    })
    .sort((a, b) => a.dueAt - b.dueAt);
}

/** Open deadlines across collaborations, earliest due first. */
export function computeAllDeadlines(
  collaborations: readonly Collaboration[],
  now: number,
  timeZone: string,
): Deadline[] {
  return collaborations
    .flatMap((c) => computeDeadlines(c, now, timeZone))
    .sort((a, b) => a.dueAt - b.dueAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** The sample-posting due time whether or not it is still open (for the outcome summary). */
export function samplePostingDueAt(collaboration: Collaboration, timeZone: string): number | null {
  const received = collaboration.dates.sampleReceivedAt;
  if (received === null) return null;
  return addCalendarDays(received, SAMPLE_POSTING_DAYS + collaboration.sampleExtensionDays, resolveTimeZone(timeZone));
}
