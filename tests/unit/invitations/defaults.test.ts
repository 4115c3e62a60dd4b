import { describe, expect, it } from 'vitest';
import { settingsFrom } from '../../../lib/platform/settings-item';
import { addDays, startingDefaults, termsFromDefaults, type InvitationDefaults } from '../../../lib/invitations/defaults';
import { defaultsReadyOn, lintDefaults } from '../../../lib/invitations/defaults-draft';
import { lintTerms } from '../../../lib/invitations/lint';
import { defaultTerms } from '../../../lib/invitations/terms';
import { DEFAULT_SETTINGS } from '../../../lib/schemas/settings';
import { completeTerms } from './fixtures';
import { testScanner } from './test-scanner';

/** Defaults a merchant sets once: the complete fixture terms, ending 30 days and posting 14 days after each draft. */
const SET_ONCE: InvitationDefaults = { ...startingDefaults(completeTerms('id')), endAfterDays: 30, postWithinDays: 14 };

describe('invitation defaults (Settings)', () => {
  it('counts calendar days across month and year ends', () => {
    expect(addDays('2026-11-24', 30)).toBe('2026-12-24');
    expect(addDays('2026-12-20', 14)).toBe('2027-01-03');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
  });

  it('a draft made from complete defaults is ready on any day, its dates counted from that day', () => {
    for (const today of ['2026-11-24', '2027-06-30', '2030-12-31']) {
      const terms = termsFromDefaults(SET_ONCE, today);
      expect(terms.endDate).toBe(addDays(today, 30));
      expect(terms.brief.postBy).toBe(addDays(today, 14));
      expect(terms.language).toBe('id');
      expect(lintTerms(terms, { scanner: testScanner, today }).ready).toBe(true);
      expect(defaultsReadyOn(SET_ONCE, today, testScanner)).toEqual(terms);
    }
  });

  it('incomplete defaults are not used, and their problems name the fields', () => {
    const incomplete = startingDefaults(defaultTerms('en'));
    expect(defaultsReadyOn(incomplete, '2026-11-24', testScanner)).toBeNull();
    const fields = lintDefaults(incomplete, '2026-11-24', testScanner).issues.filter((i) => i.severity === 'error').map((i) => i.field);
    // startingDefaults sets the end 30 days out, so of a new draft's 7 errors the end date is gone.
    expect(fields).toEqual(['collaborationName', 'products', 'sellerEmail', 'usageRights', 'breachAction', 'stopLossRoi']);
  });

  it('a post-by day later than the end is refused', () => {
    const late = { ...SET_ONCE, postWithinDays: 31 };
    expect(lintDefaults(late, '2026-11-24', testScanner).issues.map((i) => i.id)).toContain('post-by-after-end');
    expect(defaultsReadyOn(late, '2026-11-24', testScanner)).toBeNull();
  });

  it('live in the settings, validated with them; settings saved before them read none', () => {
    expect(settingsFrom({ ...DEFAULT_SETTINGS, invitationDefaults: SET_ONCE }).invitationDefaults).toEqual(SET_ONCE);
    const { invitationDefaults: _gone, ...before } = DEFAULT_SETTINGS;
    expect(settingsFrom(before).invitationDefaults ?? null).toBeNull();
    expect(settingsFrom({ ...DEFAULT_SETTINGS, invitationDefaults: { terms: 'x' } }).invitationDefaults ?? null).toBeNull();
  });
});
