import { describe, expect, it } from 'vitest';
import { backupReminder } from '../../../lib/backup/reminder';

const DAY = 86_400_000;
const NOW = Date.UTC(2026, 10, 24);

describe('backupReminder', () => {
  it.each([
    [null, true, 'never'],
    [null, false, null],
    [NOW - 3 * DAY, true, null],
    [NOW - 14 * DAY, true, null],
    [NOW - 15 * DAY, true, 'old'],
  ] as const)('last %s, has data %s → %s', (last, hasData, expected) => {
    expect(backupReminder(last, NOW, hasData)).toBe(expected);
  });
});
