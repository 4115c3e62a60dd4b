import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { embeddedJsonInHtml, jsonMember } from '../../../lib/readers/embedded-json';

describe('jsonMember', () => {
  it('finds a member despite braces and escaped quotes in strings', () => {
    const raw = JSON.stringify({ a: { t: 'x } " { \\ "webapp.user-detail": {' }, 'webapp.user-detail': { s: '}{', n: [1, { b: 2 }] }, z: 1 });
    expect(jsonMember(raw, 'webapp.user-detail')).toEqual({ s: '}{', n: [1, { b: 2 }] });
  });

  it('absent, not an object, or truncated → undefined', () => {
    expect(jsonMember('{"a":1}', 'b')).toBeUndefined();
    expect(jsonMember('{"b":1}', 'b')).toBeUndefined();
    expect(jsonMember('{"b":{"c":', 'b')).toBeUndefined();
  });

  it('agrees with JSON.parse on arbitrary objects', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.jsonValue()), fc.dictionary(fc.string(), fc.jsonValue()), (before, member) => {
        const raw = JSON.stringify({ ...before, 'webapp.user-detail': member });
        const expected = JSON.parse(raw)['webapp.user-detail'];
        const first = raw.indexOf('"webapp.user-detail":');
        // When a key in `before` contains the needle itself, the first match wins; compare only the clean case.
        if (first !== raw.lastIndexOf('"webapp.user-detail":')) return;
        expect(jsonMember(raw, 'webapp.user-detail')).toEqual(expected);
      }),
      { numRuns: 200 },
    );
  });
});

describe('embeddedJsonInHtml', () => {
  it('reads a script by id from raw HTML', () => {
    expect(embeddedJsonInHtml('<p><script type="application/json" id="SIGI_STATE">{"a":1}</script>', 'SIGI_STATE')).toEqual({ a: 1 });
    expect(embeddedJsonInHtml('<script id="SIGI_STATE">{"a":</script>', 'SIGI_STATE')).toBeUndefined();
    expect(embeddedJsonInHtml('<script id="OTHER">{}</script>', 'SIGI_STATE')).toBeUndefined();
  });
});
