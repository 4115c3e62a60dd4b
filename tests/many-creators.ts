/** Many creators in a backup, generated: deterministic, so every run (the shortlists bench, the import tests) holds the same rows. */
import type { BackupData } from '../lib/backup/backup-format';
import type { Flag } from '../lib/schemas/assessment';
import type { CreatorRecord, EntryStatus, ShortlistEntry } from '../lib/schemas/records';
import { EntryStatusSchema } from '../lib/schemas/records';
import { DEFAULT_SETTINGS } from '../lib/schemas/settings';
import { merchantTierOf, tierOf } from '../lib/scoring/tier';
import { realSnapshot } from './fixture-files';
import { realCreator } from './sample-data';

/** A deterministic pseudo-random sequence (mulberry32), so every run measures the same data. */
function random(seed: number) {
  return () => {
    seed |= 0;
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `count` creators in one list (plus a second list holding a tenth of them), a visit for every tenth. */
export function generate(count: number): BackupData {
  const rnd = random(count);
  const template = realCreator('user-detail-scope-nasa-2026-09.json');
  const snapshotTemplate = realSnapshot('user-detail-scope-nasa-2026-09.json');
  const flag: Flag = template.assessment.flags[0] ?? { id: 'mass-follow', pitfall: 'P1', severity: 'warn', evidence: {}, messageKey: 'flag.mass-follow' };
  const langs = ['en', 'id', 'th', 'vi', 'ms', 'zh-Hans', 'es'];
  const confidences = ['profile', 'views', 'full'] as const;
  const statuses = EntryStatusSchema.options;
  const creators: CreatorRecord[] = [];
  const entries: ShortlistEntry[] = [];
  const snapshots: BackupData['snapshots'] = [];
  const t0 = Date.UTC(2026, 5, 1);
  for (let i = 0; i < count; i++) {
    const handle = `c${String(i).padStart(6, '0')}.${langs[i % langs.length]!.toLowerCase().replace(/[^a-z]/g, '')}`;
    const followers = Math.floor(1000 * Math.pow(3000, rnd()));
    const score = Math.round(rnd() * 100);
    const flags = rnd() < 0.3 ? [flag] : rnd() < 0.1 ? [{ ...flag, id: 'market-mismatch', pitfall: 'P8' as const }] : [];
    creators.push({
      ...template,
      handle,
      nickname: i % 5 === 0 ? `达人 ${i}` : `Creator ${i}`,
      language: langs[i % langs.length]!,
      followers,
      score,
      tier: tierOf(followers),
      assessment: {
        ...template.assessment,
        score,
        grade: score >= 80 ? 'A' : score >= 65 ? 'B' : score >= 50 ? 'C' : score >= 35 ? 'D' : 'E',
        tier: tierOf(followers),
        merchantTier: merchantTierOf(followers, DEFAULT_SETTINGS.thresholds),
        confidence: confidences[i % 3]!,
        flags,
      },
      firstSeenAt: t0 + i * 1000,
      updatedAt: t0 + i * 1000,
    });
    entries.push({
      id: `e${i}`,
      listId: 'main',
      handle,
      status: statuses[Math.floor(rnd() * statuses.length)] as EntryStatus,
      priority: i % 4,
      tags: i % 7 === 0 ? ['beauty'] : i % 11 === 0 ? ['sample', 'vip'] : [],
      note: i % 13 === 0 ? '寄样 =SUM(A1) note' : '',
      addedAt: t0 + i * 1000,
    });
    if (i % 10 === 0) {
      entries.push({ ...entries[entries.length - 1]!, id: `f${i}`, listId: 'second' });
      snapshots.push({ id: snapshots.length + 1, handle, capturedAt: t0 + i * 1000, snapshot: { ...snapshotTemplate, handle, capturedAt: t0 + i * 1000 } });
    }
  }
  return {
    creators,
    snapshots,
    shortlists: [
      { id: 'main', name: `Bench ${count}`, createdAt: t0, archived: false },
      { id: 'second', name: 'Second', createdAt: t0 + 1, archived: false },
    ],
    shortlistEntries: entries,
    invitationDrafts: [],
    invitations: [],
    collaborations: [],
  };
}

