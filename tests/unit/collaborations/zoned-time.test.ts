import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addCalendarDays, fromLocal, isValidTimeZone, offsetAt, toLocal } from '../../../lib/collaborations/zoned-time';
import { HOUR } from './factories';

const ZONES = ['Europe/London', 'America/New_York', 'Asia/Shanghai', 'Asia/Jakarta', 'UTC', 'Asia/Kolkata', 'Australia/Lord_Howe'];
const local = (year: number, month: number, day: number, hour = 0, minute = 0) => ({
  year,
  month,
  day,
  hour,
  minute,
  second: 0,
  millisecond: 0,
});

describe('zoned time with Intl only', () => {
  it.each([
    ['Asia/Shanghai', Date.UTC(2026, 0, 15), 8],
    ['Asia/Shanghai', Date.UTC(2026, 6, 15), 8],
    ['Asia/Jakarta', Date.UTC(2026, 6, 15), 7],
    ['Europe/London', Date.UTC(2026, 0, 15), 0],
    ['Europe/London', Date.UTC(2026, 6, 15), 1],
    ['America/New_York', Date.UTC(2026, 0, 15), -5],
    ['America/New_York', Date.UTC(2026, 6, 15), -4],
    ['Asia/Kolkata', Date.UTC(2026, 6, 15), 5.5],
    // London springs forward at 01:00 UTC on 29 March 2026.
    ['Europe/London', Date.UTC(2026, 2, 29, 0, 59), 0],
    ['Europe/London', Date.UTC(2026, 2, 29, 1, 0), 1],
  ])('%s at %d is UTC%+d', (zone, at, hours) => {
    expect(offsetAt(at, zone)).toBe(hours * HOUR);
  });

  it.each([
    ['an ordinary time', 'America/New_York', local(2026, 7, 4, 12), Date.UTC(2026, 6, 4, 16)],
    ['midnight', 'Asia/Shanghai', local(2026, 1, 1, 0), Date.UTC(2025, 11, 31, 16)],
    ['day 32 rolls into the next month', 'Asia/Jakarta', local(2026, 1, 32, 10), Date.UTC(2026, 1, 1, 3)],
    ['skipped 01:30 (London spring) moves forward to 02:30 BST', 'Europe/London', local(2026, 3, 29, 1, 30), Date.UTC(2026, 2, 29, 1, 30)],
    ['skipped 02:30 (New York spring) moves forward to 03:30 EDT', 'America/New_York', local(2026, 3, 8, 2, 30), Date.UTC(2026, 2, 8, 7, 30)],
    ['repeated 01:30 (London autumn) is the earlier, BST', 'Europe/London', local(2026, 10, 25, 1, 30), Date.UTC(2026, 9, 25, 0, 30)],
    ['repeated 01:30 (New York autumn) is the earlier, EDT', 'America/New_York', local(2026, 11, 1, 1, 30), Date.UTC(2026, 10, 1, 5, 30)],
  ])('fromLocal: %s', (_label, zone, wall, expected) => {
    expect(fromLocal(wall, zone)).toBe(expected);
  });

  it('round-trips any instant in any zone (a repeated hour maps to its first occurrence)', () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(1990, 0, 1), max: Date.UTC(2060, 0, 1) }), fc.constantFrom(...ZONES), (t, zone) => {
        const wall = toLocal(t, zone);
        const back = fromLocal(wall, zone);
        expect([t, t - HOUR, t - HOUR / 2]).toContain(back);
        expect(toLocal(back, zone)).toEqual(wall);
      }),
      { numRuns: 1_000 },
    );
  });

  it('calendar days keep the local clock time (or the time after a skipped hour)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2050, 0, 1) }),
        fc.integer({ min: 0, max: 40 }),
        fc.constantFrom(...ZONES),
        (t, days, zone) => {
          const start = toLocal(t, zone);
          const due = addCalendarDays(t, days, zone);
          const end = toLocal(due, zone);
          // Same clock time, or later by the length of a skipped hour (Lord Howe skips 30 min).
          const shift = end.hour * 60 + end.minute - (start.hour * 60 + start.minute);
          expect(shift === 0 || (shift > 0 && shift <= 60)).toBe(true);
          const elapsed = due - t;
          expect(Math.abs(elapsed - days * 24 * HOUR)).toBeLessThanOrEqual(2 * HOUR);
          const startDay = Date.UTC(start.year, start.month - 1, start.day);
          expect(Date.UTC(end.year, end.month - 1, end.day) - startDay).toBe(days * 24 * HOUR);
        },
      ),
      { numRuns: 1_000 },
    );
  });

  it.each([
    ['Europe/London', true],
    ['Asia/Shanghai', true],
    ['UTC', true],
    ['Mars/Olympus_Mons', false],
    ['', false],
  ])('isValidTimeZone(%j) = %s', (zone, ok) => {
    expect(isValidTimeZone(zone)).toBe(ok);
  });
});
