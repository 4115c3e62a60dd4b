import { describe, expect, it } from 'vitest';
import type { Collaboration } from '../../../lib/collaborations/collaboration';
import {
  computeAllDeadlines,
  computeDeadlines,
  resolveTimeZone,
  type DeadlineKind,
} from '../../../lib/collaborations/deadlines';
import { collaboration, DAY, HOUR, result } from './factories';

type DateField = 'sampleRequestedAt' | 'sampleReceivedAt' | 'contentSubmittedAt' | 'settledAt';

const FIELD: Record<DeadlineKind, DateField> = {
  'sample-approval': 'sampleRequestedAt',
  'sample-posting': 'sampleReceivedAt',
  'content-review': 'contentSubmittedAt',
  'settlement-appeal': 'settledAt',
};

function only(kind: DeadlineKind, startedAt: number, extra: Partial<Collaboration> = {}): Collaboration {
  return collaboration({
    settlementDisputed: kind === 'settlement-appeal',
    ...extra,
    dates: { [FIELD[kind]]: startedAt },
  });
}

describe('deadline computation across time zones and daylight saving', () => {
  it.each([
    // label, kind, zone, started (UTC), due (UTC), elapsed hours
    // Day rules: calendar days in the merchant's zone, same local clock time.
    ['posting 14 d, London, across spring forward (15:00 GMT → 15:00 BST)', 'sample-posting', 'Europe/London', Date.UTC(2026, 2, 20, 15), Date.UTC(2026, 3, 3, 14), 335],
    ['posting 14 d, London, across fall back (15:00 BST → 15:00 GMT)', 'sample-posting', 'Europe/London', Date.UTC(2026, 9, 20, 14), Date.UTC(2026, 10, 3, 15), 337],
    ['posting 14 d, New York, across spring forward (09:00 EST → 09:00 EDT)', 'sample-posting', 'America/New_York', Date.UTC(2026, 2, 1, 14), Date.UTC(2026, 2, 15, 13), 335],
    ['posting 14 d, New York, across fall back (09:00 EDT → 09:00 EST)', 'sample-posting', 'America/New_York', Date.UTC(2026, 9, 25, 13), Date.UTC(2026, 10, 8, 14), 337],
    ['posting 14 d, Shanghai, same instant as the London row: exactly 336 h', 'sample-posting', 'Asia/Shanghai', Date.UTC(2026, 2, 20, 15), Date.UTC(2026, 3, 3, 15), 336],
    ['posting 14 d, Jakarta: exactly 336 h', 'sample-posting', 'Asia/Jakarta', Date.UTC(2026, 2, 20, 15), Date.UTC(2026, 3, 3, 15), 336],
    ['posting 14 d, Shanghai, across a month end (23:30 on 31 Jan → 23:30 on 14 Feb)', 'sample-posting', 'Asia/Shanghai', Date.UTC(2026, 0, 31, 15, 30), Date.UTC(2026, 1, 14, 15, 30), 336],
    ['posting due at a skipped London hour (01:30) moves to 02:30 BST', 'sample-posting', 'Europe/London', Date.UTC(2026, 2, 15, 1, 30), Date.UTC(2026, 2, 29, 1, 30), 336],
    ['posting due at a repeated London hour (01:30) is the first one', 'sample-posting', 'Europe/London', Date.UTC(2026, 9, 11, 0, 30), Date.UTC(2026, 9, 25, 0, 30), 336],
    ['approval 7 d, New York, across spring forward (12:00 EST → 12:00 EDT)', 'sample-approval', 'America/New_York', Date.UTC(2026, 2, 5, 17), Date.UTC(2026, 2, 12, 16), 167],
    ['approval 7 d, London, across fall back', 'sample-approval', 'Europe/London', Date.UTC(2026, 9, 22, 9), Date.UTC(2026, 9, 29, 10), 169],
    ['approval 7 d, Jakarta', 'sample-approval', 'Asia/Jakarta', Date.UTC(2026, 9, 22, 9), Date.UTC(2026, 9, 29, 9), 168],
    // Hour rules: exact elapsed time, whatever the zone.
    ['review 48 h, London, across spring forward (12:00 GMT → 13:00 BST)', 'content-review', 'Europe/London', Date.UTC(2026, 2, 28, 12), Date.UTC(2026, 2, 30, 12), 48],
    ['review 48 h, New York, across fall back', 'content-review', 'America/New_York', Date.UTC(2026, 9, 31, 16), Date.UTC(2026, 10, 2, 16), 48],
    ['review 48 h, Shanghai', 'content-review', 'Asia/Shanghai', Date.UTC(2026, 2, 28, 12), Date.UTC(2026, 2, 30, 12), 48],
    ['appeal 72 h, New York, across fall back (12:00 EDT → 11:00 EST)', 'settlement-appeal', 'America/New_York', Date.UTC(2026, 9, 31, 16), Date.UTC(2026, 10, 3, 16), 72],
    ['appeal 72 h, London, across spring forward', 'settlement-appeal', 'Europe/London', Date.UTC(2026, 2, 27, 18), Date.UTC(2026, 2, 30, 18), 72],
    ['appeal 72 h, Jakarta', 'settlement-appeal', 'Asia/Jakarta', Date.UTC(2026, 2, 27, 18), Date.UTC(2026, 2, 30, 18), 72],
  ] as const)('%s', (_label, kind, zone, startedAt, dueAt, hours) => {
    const [deadline, ...rest] = computeDeadlines(only(kind, startedAt), startedAt, zone);
    expect(rest).toEqual([]);
    expect(deadline).toMatchObject({ kind, collaborationId: 'c1', creatorHandle: 'alice', startedAt, dueAt, overdue: false });
    expect((dueAt - startedAt) / HOUR).toBe(hours);
    expect(deadline?.id).toBe(`c1:${kind}:${dueAt}`);
  });

  it('a recorded 7-day extension gives 21 calendar days', () => {
    const received = Date.UTC(2026, 2, 20, 15);
    const [deadline] = computeDeadlines(only('sample-posting', received, { sampleExtensionDays: 7 }), received, 'Europe/London');
    expect(deadline?.dueAt).toBe(Date.UTC(2026, 3, 10, 14));
    expect(deadline?.rule).toEqual({ unit: 'calendar-days', amount: 21 });
  });

  it.each([
    ['one ms before the due time', -1, false],
    ['at the due time', 0, true],
    ['after the due time', 3 * DAY, true],
  ])('overdue %s: %s', (_label, offset, overdue) => {
    const submitted = Date.UTC(2026, 4, 1, 9);
    const [deadline] = computeDeadlines(only('content-review', submitted), submitted + 48 * HOUR + offset, 'UTC');
    expect(deadline?.overdue).toBe(overdue);
  });

  const t0 = Date.UTC(2026, 4, 1, 9);
  it.each([
    ['sample request decided', { sampleRequestedAt: t0, sampleDecidedAt: t0 + DAY }, []],
    ['sample shipped counts as approved', { sampleRequestedAt: t0, sampleShippedAt: t0 + DAY }, []],
    ['sample received counts as approved too', { sampleRequestedAt: t0, sampleReceivedAt: t0 + DAY }, ['sample-posting']],
    ['sample request open', { sampleRequestedAt: t0 }, ['sample-approval']],
    ['sample received, nothing published', { sampleReceivedAt: t0 }, ['sample-posting']],
    ['sample received and published', { sampleReceivedAt: t0, publishedAt: t0 + DAY }, []],
    ['content reviewed after submission', { contentSubmittedAt: t0, contentReviewedAt: t0 + HOUR }, []],
    ['resubmitted after the review: open again', { contentSubmittedAt: t0 + 2 * HOUR, contentReviewedAt: t0 + HOUR }, ['content-review']],
    ['content published closes the review', { contentSubmittedAt: t0, publishedAt: t0 + HOUR }, []],
    ['settled without dispute: no appeal window', { settledAt: t0 }, []],
  ] as const)('%s → %j', (_label, dates, kinds) => {
    const c = collaboration({ dates });
    expect(computeDeadlines(c, t0, 'UTC').map((d) => d.kind)).toEqual(kinds);
  });

  it('a result closes the posting deadline even without a published date', () => {
    const c = collaboration({ dates: { sampleReceivedAt: t0 }, results: [result()] });
    expect(computeDeadlines(c, t0, 'UTC')).toEqual([]);
  });

  it('the appeal window opens when disputed and closes with the appeal', () => {
    const disputed = collaboration({ settlementDisputed: true, dates: { settledAt: t0 } });
    expect(computeDeadlines(disputed, t0, 'UTC').map((d) => d.kind)).toEqual(['settlement-appeal']);
    const appealed = collaboration({ settlementDisputed: true, dates: { settledAt: t0, appealedAt: t0 + HOUR } });
    expect(computeDeadlines(appealed, t0, 'UTC')).toEqual([]);
  });

  it.each(['cancelled', 'terminated'] as const)('a %s collaboration keeps only the appeal window', (status) => {
    const c = collaboration({
      status,
      settlementDisputed: true,
      dates: { sampleRequestedAt: t0, sampleReceivedAt: t0, contentSubmittedAt: t0, settledAt: t0 },
    });
    expect(computeDeadlines(c, t0, 'UTC').map((d) => d.kind)).toEqual(['settlement-appeal']);
  });

  it('lists all open deadlines of all collaborations, earliest first', () => {
    const a = collaboration({ id: 'a', dates: { sampleReceivedAt: t0, contentSubmittedAt: t0 } });
    const b = collaboration({ id: 'b', dates: { sampleRequestedAt: t0 } });
    expect(computeAllDeadlines([a, b], t0, 'Asia/Shanghai').map((d) => `${d.collaborationId}:${d.kind}`)).toEqual([
      'a:content-review',
      'b:sample-approval',
      'a:sample-posting',
    ]);
  });

  it('an unknown time zone falls back to UTC instead of failing', () => {
    expect(resolveTimeZone('Not/AZone')).toBe('UTC');
    expect(resolveTimeZone(undefined)).toBe('UTC');
    expect(resolveTimeZone('Asia/Jakarta')).toBe('Asia/Jakarta');
    const [deadline] = computeDeadlines(only('sample-posting', t0), t0, 'Not/AZone');
    expect(deadline?.dueAt).toBe(t0 + 14 * DAY);
  });
});
