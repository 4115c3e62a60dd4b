// `npm run compile:validators`: writes lib/backup/compiled-validators.ts, the parsers zod's own
// compiler (`z.compile`, zod ≥ 4.6) generates for the backup's per-row schemas. zod builds them with
// `new Function`, which the extension's content security policy forbids (MV3: no 'unsafe-eval'), so
// zod parses there with its interpreter: ≈ 35 µs a creator record, 3–5 s of the check of a
// 100,000-creator backup. The same generated code written as a module runs anywhere; the schemas
// install it with `z.withParser` (lib/backup/checked-envelope.ts). A row it does not accept is parsed
// again by the schema's own interpreter, which gives the refusal and its message: what passes and
// what is refused is zod's, either way.
//
// With each parser comes a check that a row is already what the parser would return (valid, and no
// key at any depth that the schema does not name): zod's assert-only code for the schema with every
// object made strict. The import keeps such a row as JSON.parse made it instead of building a copy
// (lib/backup/checked-envelope.ts).
//
// tests/unit/backup/compiled-validators.test.ts fails when the file is not what this script writes
// from the schemas as they are (change a schema, run the script) and checks that both paths agree.
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import * as z from 'zod/mini';
import { compileFn } from 'zod/v4/core';
import { SnapshotRowSchema } from '../lib/backup/snapshot-row';
import { CreatorRecordSchema, ShortlistEntrySchema } from '../lib/schemas/records';

export const COMPILED_VALIDATORS_FILE = join(import.meta.dirname, '../lib/backup/compiled-validators.ts');

/** The schemas compiled, by the name of the row they check (`parse<Name>`, `isExact<Name>`). */
const SCHEMAS: Record<string, z.ZodMiniType> = {
  CreatorRecord: CreatorRecordSchema,
  ShortlistEntry: ShortlistEntrySchema,
  SnapshotRow: SnapshotRowSchema,
};

/** Kinds of schema whose parsed value is the input itself (no key to leave out, nothing inside). */
const LEAVES = new Set(['string', 'number', 'boolean', 'null', 'enum', 'literal']);

/**
 * The schema with every object strict (a key its shape does not name is refused), at every depth;
 * checks and everything else as they are. What this accepts, the schema accepts, and its parser
 * returns a row equal to the input: nothing to leave out. A union may hold only leaves (the parser
 * of a union of objects returns the first option that parses, which could leave keys out that a
 * later strict option accepts); anything else the script does not know stops it.
 */
function withoutUnknownKeys(schema: z.ZodMiniType, where: string): z.ZodMiniType {
  const def = schema._zod.def as z.core.$ZodTypeDef & Record<string, unknown>;
  const like = (patch: Record<string, unknown>) => z.util.clone(schema, { ...def, ...patch } as typeof def);
  const inner = (key: string) => withoutUnknownKeys(def[key] as z.ZodMiniType, where);
  if (LEAVES.has(def.type)) return schema;
  switch (def.type) {
    case 'object': {
      const shape = Object.fromEntries(Object.entries(def['shape'] as Record<string, z.ZodMiniType>).map(([key, value]) => [key, withoutUnknownKeys(value, `${where}.${key}`)]));
      // A loose object (unknown keys kept) keeps its catchall: its parser returns them too.
      return like({ shape, catchall: def['catchall'] ?? z.never() });
    }
    case 'array':
      return like({ element: inner('element') });
    case 'optional':
    case 'nullable':
      return like({ innerType: inner('innerType') });
    case 'record':
      return like({ valueType: inner('valueType') });
    case 'union': {
      const options = def['options'] as z.ZodMiniType[];
      if (!options.every((option) => LEAVES.has(option._zod.def.type))) throw new Error(`${where}: a union of objects or arrays; its exact check cannot be made strict`);
      return schema;
    }
    default:
      throw new Error(`${where}: a ${def.type} schema; the exact check does not know it (add it to withoutUnknownKeys)`);
  }
}

/** zod's helpers a generated parser may call, written as the module reaches them. */
function helperName(value: unknown): string | null {
  if (value === Object.prototype.propertyIsEnumerable) return 'Object.prototype.propertyIsEnumerable';
  for (const [name, helper] of Object.entries(z.util)) if (helper === value) return `z.util.${name}`;
  return null;
}

/** A constant of the generated code as source; anything else stops the script (it cannot be written out). */
function constantSource(value: unknown, name: string, schema: string): string {
  if (value === z.INVALID) return 'z.INVALID';
  if (value instanceof RegExp) return `new RegExp(${JSON.stringify(value.source)}, ${JSON.stringify(value.flags)})`;
  // JSON writes these back exactly (a non-finite number would come back as null).
  const plain = (v: unknown) => typeof v === 'string' || typeof v === 'boolean' || v === null || (typeof v === 'number' && Number.isFinite(v));
  if (value instanceof Set && [...value].every(plain)) return `new Set(${JSON.stringify([...value])})`;
  if (plain(value)) return JSON.stringify(value);
  const helper = helperName(value);
  if (helper) return helper;
  throw new Error(`${schema}: constant ${name} (${typeof value}) cannot be written as source; keep this schema on the interpreter`);
}

/** zod's generated parser (or, `assertOnly`, its check) for one schema: its constants' names and values, and its code. */
function generated(schema: z.ZodMiniType, assertOnly = false): { names: string[]; values: unknown[]; code: string } {
  const RealFunction = globalThis.Function;
  let captured: { names: string[]; values: unknown[]; code: string } | null = null;
  // compileFn builds `new Function(...constantNames, code)` and calls it with the constants' values.
  globalThis.Function = function (...args: string[]) {
    const code = args.at(-1)!;
    const names = args.slice(0, -1);
    const factory = RealFunction(...args) as (...values: unknown[]) => unknown;
    return (...values: unknown[]) => {
      captured = { names, values, code };
      return factory(...values);
    };
  } as unknown as FunctionConstructor;
  try {
    const fn = compileFn(schema, { assertOnly }) as { definite?: boolean };
    if (!captured) throw new Error('zod did not generate a parser');
    if (fn.definite !== true) throw new Error('the parser calls code of the schema (a refinement or transform); keep it on the interpreter');
  } finally {
    globalThis.Function = RealFunction;
  }
  return captured;
}

/** The module's text. */
export function compiledValidatorsSource(): string {
  const parts = [
    '// Generated by `npm run compile:validators` (scripts/compile-validators.ts) with zod\'s compiler',
    '// from the schemas named below. Do not edit: change the schema and run the script again.',
    // Linted as any other module (no eval, no new Function); not type-checked: zod's code is untyped.
    // zod's checks (assert-only) keep the parsers' assignments to values nothing then reads.
    '/* eslint-disable @typescript-eslint/ban-ts-comment, no-useless-assignment */',
    '// @ts-nocheck',
    "import * as z from 'zod/mini';",
    '',
  ];
  const written = (exported: string, doc: string, result: string, { names, values, code }: ReturnType<typeof generated>) => {
    const args = values.map((v, i) => constantSource(v, names[i]!, exported));
    // Built on first use, so that a bundle importing the schemas' module without checking a
    // backup (the side panel reads its constants) leaves the parsers out.
    const built = `${exported}Built`;
    parts.push(
      `let ${built}: ((input: unknown) => unknown) | undefined;`,
      `/** ${doc} */`,
      `export function ${exported}(input: unknown): ${result} {`,
      `  ${built} ??= ((${names.join(', ')}) => {`,
      `    ${code.trim().split('\n').join('\n    ')}`,
      `  })(${args.join(', ')});`,
      result === 'boolean' ? `  return ${built}(input) === true;` : `  return ${built}(input);`,
      '}',
      '',
    );
  };
  for (const [row, schema] of Object.entries(SCHEMAS)) {
    written(`parse${row}`, `zod's compiled parser of \`${row}Schema\`: the parsed row, or \`z.INVALID\`.`, 'unknown', generated(schema));
    written(
      `isExact${row}`,
      `Whether \`parse${row}\` would return a row equal to this one: valid, with no key \`${row}Schema\` does not name, at any depth (zod's compiled check of the schema with its objects strict). A \`__proto__\` key in a record passes it (the parser drops that key): the import refuses such keys first.`,
      'boolean',
      generated(withoutUnknownKeys(schema, `${row}Schema`), true),
    );
  }
  return parts.join('\n');
}

if (process.argv[1] && resolve(process.argv[1]) === import.meta.filename) {
  writeFileSync(COMPILED_VALIDATORS_FILE, compiledValidatorsSource());
  console.log(`wrote ${COMPILED_VALIDATORS_FILE}`);
}
