import { readFileSync } from 'node:fs';
import { parseAst } from 'vite';
import { describe, expect, it } from 'vitest';
import { cataloguesAsJson } from '../../../scripts/build-plugins';
import { overlayEn } from '../../../lib/i18n/overlay.en';

type Transform = (this: { parse: typeof parseAst }, code: string, id: string) => { code: string } | null;
const transform = (code: string, id: string) => (cataloguesAsJson.transform as unknown as Transform).call({ parse: parseAst }, code, id);

/** The texts a transformed catalogue parses: its one argument, a JSON string literal. */
function textsOf(code: string): unknown {
  const literal = /JSON\.parse\(("(?:[^"\\]|\\.)*")\);$/.exec(code)![1]!;
  return JSON.parse(JSON.parse(literal) as string);
}

describe('cataloguesAsJson', () => {
  it('turns a catalogue into JSON.parse of the same texts', () => {
    // The catalogue as the TypeScript step hands it on (types gone).
    const source = readFileSync('lib/i18n/overlay.en.ts', 'utf8').replace(/ as const;/, ';');
    const out = transform(source, '/repo/lib/i18n/overlay.en.ts')!;
    expect(out.code).toMatch(/^export const overlayEn = \/\* @__PURE__ \*\/ JSON\.parse\(/);
    expect(textsOf(out.code)).toEqual(overlayEn);
  });

  it('leaves other modules alone', () => {
    expect(transform('export const a = { b: 1 };', '/repo/lib/i18n/format.ts')).toBeNull();
  });

  it('fails the build rather than lose a text that is not a string literal', () => {
    const id = '/repo/lib/i18n/x.en.ts';
    expect(() => transform("export const x = { a: 'ok', b: 'c' + 'd' };", id)).toThrow(/other than string texts/);
    expect(() => transform("export const x = { [k]: 'v' };", id)).toThrow(/other than string texts/);
    expect(() => transform("export const x = { ...y };", id)).toThrow(/other than string texts/);
    expect(() => transform('export function f() {}', id)).toThrow(/only exported constants/);
  });
});
