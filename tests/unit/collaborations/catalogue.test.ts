import { describe, expect, it } from 'vitest';
import { CollaborationStatusSchema } from '../../../lib/collaborations/collaboration';
import { creatorOutcome, resultFlags, gpmFloors } from '../../../lib/collaborations/commerce-flags';
import { DEADLINE_KINDS } from '../../../lib/collaborations/deadlines';
import { FORMULA_GPM, FORMULA_ROI, REASON_KEYS } from '../../../lib/collaborations/metrics';
import { planReminders } from '../../../lib/collaborations/reminders';
import { CATALOGUES } from '../../../lib/i18n';
import { collaborationsEn } from '../../../lib/i18n/collaborations.en';
import { collaborationsZhCN } from '../../../lib/i18n/collaborations.zh-CN';
import { collaboration, DAY, result, resultsWithRoi } from './factories';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? '').sort();
const en: Record<string, string> = collaborationsEn;
const zh: Record<string, string> = collaborationsZhCN;

describe('collaboration catalogues (wired into lib/i18n/index.ts)', () => {
  it('zh-CN and en have the same keys, none empty, all prefixed "collab."', () => {
    expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort());
    for (const [key, text] of [...Object.entries(en), ...Object.entries(zh)]) {
      expect(key.startsWith('collab.')).toBe(true);
      expect(text.trim()).not.toBe('');
    }
  });

  it.each(Object.keys(collaborationsEn))('%s has the same placeholders in both languages', (key) => {
    expect(placeholders(zh[key] ?? '')).toEqual(placeholders(en[key] ?? ''));
  });

  it('is wired into both catalogues unchanged (no other catalogue overrides a collab. key)', () => {
    for (const [key, text] of Object.entries(en)) expect((CATALOGUES.en as Record<string, string>)[key]).toBe(text);
    for (const [key, text] of Object.entries(zh)) expect((CATALOGUES['zh-CN'] as Record<string, string>)[key]).toBe(text);
  });

  it('has a text for every status, deadline kind, formula and reason the logic uses', () => {
    const keys = [
      ...CollaborationStatusSchema.options.map((s) => `collab.status.${s}`),
      ...DEADLINE_KINDS.map((k) => `collab.deadline.${k}`),
      FORMULA_ROI,
      FORMULA_GPM,
      ...Object.values(REASON_KEYS),
    ];
    for (const key of keys) expect(en, key).toHaveProperty([key]);
  });

  it('every reminder and flag message exists and only uses placeholders its params or evidence fill', () => {
    const now = Date.UTC(2026, 5, 1);
    const t = now - 40 * DAY;
    const everything = collaboration({
      settlementDisputed: true,
      dates: { sampleReceivedAt: t, contentSubmittedAt: t, settledAt: t },
    });
    const approval = collaboration({ id: 'ap', dates: { sampleRequestedAt: t } });
    const messages: { messageKey: string; fill: Record<string, unknown> }[] = [];
    // Every deadline at both stages: walk the clock hour by hour through 40 days.
    const seen = new Set<string>();
    for (let at = t; at <= now; at += 3_600_000) {
      for (const r of planReminders({ collaborations: [everything, approval], notified: [...seen], now: at, timeZone: 'UTC' }).due) {
        seen.add(r.id);
        messages.push({ messageKey: r.messageKey, fill: r.params });
      }
    }
    const stopLoss = collaboration({ id: 's', results: resultsWithRoi([1, 1]) });
    for (const r of planReminders({ collaborations: [stopLoss], notified: [], now, timeZone: 'UTC' }).due) {
      messages.push({ messageKey: r.messageKey, fill: r.params });
    }
    const floors = gpmFloors([result({ id: 'a', gmv: 300 }), result({ id: 'b', gmv: 400 }), result({ id: 'c', gmv: 500 })]);
    const p10 = [
      ...resultFlags(everything, result({ gmv: 100, views: 100_000, refunds: 60 }), floors),
      ...resultFlags(everything, result({ gmv: 100, refunds: null }), floors),
    ];
    const outcomes = [
      ...creatorOutcome([stopLoss, everything], 'alice', now, 'UTC').flags,
      ...creatorOutcome([collaboration({ status: 'terminated', terminationReason: 'low-roi' })], 'alice', now, 'UTC').flags,
    ];
    for (const f of [...p10, ...outcomes]) messages.push({ messageKey: f.messageKey, fill: f.evidence });

    const used = new Set(messages.map((m) => m.messageKey));
    expect([...used].sort()).toEqual(
      Object.keys(en)
        .filter((k) => k.startsWith('collab.reminder.') || k.startsWith('collab.flag.'))
        .sort(),
    );
    for (const { messageKey, fill } of messages) {
      expect(en, messageKey).toHaveProperty([messageKey]);
      for (const name of placeholders(en[messageKey] ?? '')) expect(fill, `${messageKey} {${name}}`).toHaveProperty([name]);
    }
  });
});
