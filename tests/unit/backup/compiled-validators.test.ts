import { readFileSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { BackupEnvelopeSchema } from '../../../lib/backup/backup-format';
import { CheckedEnvelopeSchema } from '../../../lib/backup/checked-envelope';
import {
  isExactCreatorRecord,
  isExactShortlistEntry,
  isExactSnapshotRow,
  parseCreatorRecord,
  parseShortlistEntry,
  parseSnapshotRow,
} from '../../../lib/backup/compiled-validators';
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
const CASES: { name: string; schema: z.ZodMiniType; compiled: (input: unknown) => unknown; isExact: (input: unknown) => boolean; rows: Json[] }[] = [
  { name: 'creator record', schema: CreatorRecordSchema, compiled: parseCreatorRecord, isExact: isExactCreatorRecord, rows: data.creators as unknown as Json[] },
  { name: 'shortlist entry', schema: ShortlistEntrySchema, compiled: parseShortlistEntry, isExact: isExactShortlistEntry, rows: data.shortlistEntries as unknown as Json[] },
  {
    name: 'visit',
    schema: SnapshotRowSchema,
    compiled: parseSnapshotRow,
    isExact: isExactSnapshotRow,
    rows: [...data.snapshots, { ...data.snapshots[0]!, id: 9, snapshot: richSnapshot(data.snapshots[0]!.snapshot) }] as unknown as Json[],
  },
];

/** `value` without its `__proto__` keys, at any depth (what a parser returns for a record holding one). */
function withoutProtoKeys(value: Json): Json {
  if (Array.isArray(value)) return value.map(withoutProtoKeys);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(Object.entries(value).filter(([key]) => key !== '__proto__').map(([key, v]) => [key, withoutProtoKeys(v)]));
}

describe.each(CASES)('compiled $name parser and the schema agree', ({ schema, compiled, isExact, rows }) => {
  it('on valid rows: the same row back, and the row is exact (kept as parsed, not copied)', () => {
    for (const row of rows) {
      const parsed = schema.safeParse(asParsed(row));
      expect(parsed.success).toBe(true);
      expect(compiled(asParsed(row))).toStrictEqual(parsed.data);
      expect(isExact(asParsed(row))).toBe(true);
    }
  });

  it('exact only when the schema accepts the row and returns it unchanged (a key it does not name, at any depth, is not exact)', () => {
    const cases = fc.integer({ min: 0, max: rows.length - 1 }).chain((i) =>
      fc.tuple(fc.constant(i), fc.constantFrom(...pathsOf(rows[i]!)), mutation),
    );
    let exact = 0;
    fc.assert(
      fc.property(cases, ([i, path, change]) => {
        const input = mutated(asParsed(rows[i]!), path, change);
        if (!isExact(input)) return;
        exact += 1;
        const parsed = schema.safeParse(input);
        expect(parsed.success).toBe(true);
        // Equal to the row as given but for a record's "__proto__" key, which the parsers drop and
        // the import refuses before validating (forbidden-key).
        expect(parsed.data).toStrictEqual(withoutProtoKeys(input));
      }),
      { numRuns: 600 },
    );
    // Some changes keep a row valid and exact (a value set to another valid one): the check ran.
    expect(exact).toBeGreaterThan(0);
    // A key added to each object of each row: exact exactly when the schema accepts the row and
    // returns it with that key (a record's); not where it drops the key (an object's unknown key)
    // or refuses it (a strict object).
    let notExact = 0;
    for (const row of rows) {
      const withKey = (path: (string | number)[]) =>
        path.length === 0 ? { ...(asParsed(row) as Record<string, Json>), extra: 1 } : mutated(asParsed(row), path, { kind: 'add-key', key: 'extra', value: 1 });
      for (const path of pathsOf(row)) {
        const input = withKey(path);
        const parsed = schema.safeParse(input);
        const unchanged = parsed.success && isDeepStrictEqual(parsed.data, input);
        if (!unchanged) notExact += 1;
        expect(isExact(input)).toBe(unchanged);
      }
    }
    expect(notExact).toBeGreaterThan(0);
  }, 60_000);

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

  it('keeps exact rows as they are and copies the others without their unknown keys, as BackupEnvelopeSchema returns them', () => {
    const creators = asParsed([data.creators[0]!, { ...data.creators[1]!, extra: 1 }, data.creators[2]!] as unknown as Json) as Json[];
    const variant = { ...envelope, data: { ...(envelope.data as object), creators } };
    const checked = CheckedEnvelopeSchema.safeParse(variant);
    const plain = BackupEnvelopeSchema.safeParse(variant);
    expect(checked.success && plain.success).toBe(true);
    expect(checked.data).toStrictEqual(plain.data);
    expect(checked.data!.data.creators[0]).toBe(creators[0]);
    expect(checked.data!.data.creators[1]).not.toBe(creators[1]);
    expect(checked.data!.data.creators[1]).not.toHaveProperty('extra');
  });

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
