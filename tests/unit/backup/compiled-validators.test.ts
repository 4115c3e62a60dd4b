import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { BackupEnvelopeSchema } from '../../../lib/backup/backup-format';
import { CheckedEnvelopeSchema } from '../../../lib/backup/checked-envelope';
import { parseCreatorRecord, parseShortlistEntry, parseSnapshotRow } from '../../../lib/backup/compiled-validators';
import { SnapshotRowSchema } from '../../../lib/backup/snapshot-row';
import type { CreatorSnapshot } from '../../../lib/schemas/creator-snapshot';
import { CreatorRecordSchema, ShortlistEntrySchema } from '../../../lib/schemas/records';
import { COMPILED_VALIDATORS_FILE, compiledValidatorsSource } from '../../../scripts/compile-validators';
import { sampleData } from '../../sample-data';

describe('compiled validators (lib/backup/compiled-validators.ts)', () => {
  it('are what scripts/compile-validators.ts writes from the schemas as they are now', () => {
    // A schema changed without `npm run compile:validators`: the compiled parser would check the old rules.
    expect(readFileSync(COMPILED_VALIDATORS_FILE, 'utf8')).toBe(compiledValidatorsSource());
  });
});

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Every path to a value inside `value` (the root's own path is []). */
function pathsOf(value: Json, at: (string | number)[] = []): (string | number)[][] {
  const out = [at];
  if (Array.isArray(value)) value.forEach((v, i) => out.push(...pathsOf(v, [...at, i])));
  else if (value !== null && typeof value === 'object') for (const [k, v] of Object.entries(value)) out.push(...pathsOf(v, [...at, k]));
  return out;
}

type Mutation = { kind: 'set'; value: Json } | { kind: 'delete' } | { kind: 'add-key'; key: string; value: Json };

/** `value` with one change at `path`: another JSON value there, the key gone, or a key added to the object there. */
function mutated(value: Json, path: (string | number)[], change: Mutation): Json {
  const copy = structuredClone(value);
  if (path.length === 0) return change.kind === 'set' ? change.value : copy;
  let parent = copy as Record<string | number, Json>;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, Json>;
  const last = path.at(-1)!;
  if (change.kind === 'set') parent[last] = change.value;
  else if (change.kind === 'delete') {
    if (Array.isArray(parent)) parent.splice(Number(last), 1);
    else delete parent[last];
  } else {
    const target = parent[last];
    if (target !== null && typeof target === 'object' && !Array.isArray(target)) {
      // Set as JSON.parse sets it: "__proto__" becomes an own key, not the prototype.
      Object.defineProperty(target, change.key, { value: change.value, enumerable: true, writable: true, configurable: true });
    }
  }
  return copy;
}

/** The value JSON.parse would give for it (no undefined, -0 or non-finite numbers). */
const asParsed = (value: Json): Json => JSON.parse(JSON.stringify(value)) as Json;

const jsonValue: fc.Arbitrary<Json> = fc.oneof(
  fc.constantFrom<Json>(null, true, false, 0, -1, 1.5, 101, 1e300, '', 'x', 'P1', 'ok', 'A', 'mid', 'views', 'Tiktok', 'UPPER', 'a'.repeat(65), [], {}, ['P1'], [{}]),
  fc.jsonValue({ maxDepth: 2 }) as fc.Arbitrary<Json>,
);

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('set' as const), value: jsonValue }),
  fc.constant({ kind: 'delete' as const }),
  fc.record({ kind: fc.constant('add-key' as const), key: fc.constantFrom('__proto__', 'constructor', 'extra', 'score'), value: jsonValue }),
);

/** A visit with what the profile fixtures lack: recent videos and the Affiliate Center's figures. */
function richSnapshot(snapshot: CreatorSnapshot): CreatorSnapshot {
  return {
    ...snapshot,
    recentVideos: [
      { id: 'v1', createTime: 1_780_000_000_000, views: 1200, likes: 80, comments: 4, shares: 1, saves: null, pinned: false, caption: '寄样 #beauty', exact: true, locationCreated: 'VN', textLanguage: 'vi' },
      { id: 'v2', createTime: null, views: null, likes: null, comments: null, shares: null, saves: null, pinned: true, caption: null, exact: false },
    ],
    commerce: {
      currency: 'VND',
      gmv: null,
      gmvLow: 10_000_000,
      gmvHigh: 50_000_000,
      unitsSold: 120,
      gpm: null,
      medianViews: 5000,
      engagementRate: 0.0239,
      categories: ['Beauty'],
      audienceLocations: [{ key: 'VN', share: 0.9, count: 900 }],
      audienceAges: [{ key: '18-24', share: 0.5 }],
      audienceGenders: [],
      followerTrend: [{ at: 1_780_000_000_000, followers: 1000 }],
    },
  };
}

const data = sampleData();
const CASES: { name: string; schema: z.ZodMiniType; compiled: (input: unknown) => unknown; rows: Json[] }[] = [
  { name: 'creator record', schema: CreatorRecordSchema, compiled: parseCreatorRecord, rows: data.creators as unknown as Json[] },
  { name: 'shortlist entry', schema: ShortlistEntrySchema, compiled: parseShortlistEntry, rows: data.shortlistEntries as unknown as Json[] },
  {
    name: 'visit',
    schema: SnapshotRowSchema,
    compiled: parseSnapshotRow,
    rows: [...data.snapshots, { ...data.snapshots[0]!, id: 9, snapshot: richSnapshot(data.snapshots[0]!.snapshot) }] as unknown as Json[],
  },
];

describe.each(CASES)('compiled $name parser and the schema agree', ({ schema, compiled, rows }) => {
  it('on valid rows: the same row back', () => {
    for (const row of rows) {
      const parsed = schema.safeParse(asParsed(row));
      expect(parsed.success).toBe(true);
      expect(compiled(asParsed(row))).toStrictEqual(parsed.data);
    }
  });

  it('on rows with one value changed, removed or added: both accept (with the same result) or the compiled one refuses', () => {
    const cases = fc.integer({ min: 0, max: rows.length - 1 }).chain((i) =>
      fc.tuple(fc.constant(i), fc.constantFrom(...pathsOf(rows[i]!)), mutation),
    );
    fc.assert(
      fc.property(cases, ([i, path, change]) => {
        const input = mutated(asParsed(rows[i]!), path, change);
        const parsed = schema.safeParse(input);
        const out = compiled(input);
        // The compiled parser may refuse only what the schema refuses: a refusal is parsed again
        // by the schema (z.withParser), so a wrong refusal would cost time, never a wrong answer;
        // a wrong acceptance would let a bad row through.
        if (out === z.INVALID) expect(parsed.success).toBe(false);
        else {
          expect(parsed.success).toBe(true);
          expect(out).toStrictEqual(parsed.data);
        }
      }),
      { numRuns: 600 },
    );
  }, 60_000);
});

describe('CheckedEnvelopeSchema: the envelope with the compiled row parsers', () => {
  const envelope = { format: 'vettok-backup', schemaVersion: 4, createdAt: '2026-12-07T00:00:00.000Z', counts: { creators: 3, snapshots: 3, shortlists: 2, shortlistEntries: 3, invitationDrafts: 1, invitations: 0, collaborations: 0 }, checksum: { algorithm: 'SHA-256', value: 'a'.repeat(64) }, data: asParsed(data as unknown as Json) };

  it('accepts and refuses what BackupEnvelopeSchema does, unknown keys included (both objects strict)', () => {
    const variants: unknown[] = [
      envelope,
      { ...envelope, extra: 1 },
      { ...envelope, data: { ...(envelope.data as object), extra: [] } },
      { ...envelope, data: { ...(envelope.data as object), creators: [{ ...data.creators[0]!, score: '71' }] } },
      { ...envelope, data: { ...(envelope.data as object), shortlistEntries: [{ ...data.shortlistEntries[0]!, handle: 'Upper' }] } },
      { ...envelope, data: { ...(envelope.data as object), snapshots: [{ ...data.snapshots[0]!, id: 0 }] } },
    ];
    for (const variant of variants) {
      const checked = CheckedEnvelopeSchema.safeParse(variant);
      const plain = BackupEnvelopeSchema.safeParse(variant);
      expect(checked.success).toBe(plain.success);
      if (plain.success) expect(checked.data).toStrictEqual(plain.data);
      else expect(checked.error!.issues).toStrictEqual(plain.error.issues);
    }
    expect(CheckedEnvelopeSchema.safeParse(variants[0]).success).toBe(true);
    expect(variants.slice(1).every((v) => !CheckedEnvelopeSchema.safeParse(v).success)).toBe(true);
  });
});
