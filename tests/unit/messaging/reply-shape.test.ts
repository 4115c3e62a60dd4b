import { describe, expect, it } from 'vitest';
import { ErrorCodeSchema, ReplySchema } from '../../../lib/messaging/reply';
import { ERROR_CODES, MessageError, openReply } from '../../../lib/messaging/reply-shape';

const thrown = (raw: unknown): MessageError => {
  try {
    openReply(raw);
  } catch (error) {
    if (error instanceof MessageError) return error;
    throw error;
  }
  throw new Error('did not throw');
};

describe('openReply (content scripts: the envelope only)', () => {
  it('gives the data of a successful reply', () => {
    const data = { locale: 'en', lists: [] };
    expect(openReply({ ok: true, data })).toBe(data);
    expect(openReply(JSON.parse('{"ok":true,"data":{"a":1}}'))).toEqual({ a: 1 });
  });

  it('throws the background error with its code', () => {
    for (const code of ERROR_CODES) {
      const error = thrown({ ok: false, error: { code, message: 'why' } });
      expect([error.code, error.message]).toEqual([code, 'why']);
    }
  });

  it.each([
    ['nothing (a dropped request)', undefined],
    ['null', null],
    ['a string', 'ok'],
    ['an array', [{ ok: true, data: {} }]],
    ['ok missing', { data: {} }],
    ['ok not a boolean', { ok: 'true', data: {} }],
    ['data missing', { ok: true }],
    ['data not an object', { ok: true, data: 'x' }],
    ['data an array', { ok: true, data: [] }],
    ['data a class instance', { ok: true, data: new Date() }],
    ['a class instance', Object.assign(Object.create({ ok: true }), { data: {} })],
    ['error missing', { ok: false }],
    ['unknown error code', { ok: false, error: { code: 'teapot', message: 'x' } }],
    ['error message not a string', { ok: false, error: { code: 'internal', message: 1 } }],
  ])('refuses %s as internal', (_name, raw) => {
    expect(thrown(raw).code).toBe('internal');
  });

  it('knows the same error codes as the protocol', () => {
    expect(ErrorCodeSchema.options).toEqual([...ERROR_CODES]);
    expect(ReplySchema.safeParse({ ok: false, error: { code: 'storage-full', message: '' } }).success).toBe(true);
  });
});
