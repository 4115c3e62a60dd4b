import { describe, expect, it } from 'vitest';
import { createBackgroundRouter } from '../../../lib/background/handlers';
import { importFailureOf } from '../../../lib/backup/import-failure';
import { MAX_BACKUP_NESTING, readBackup } from '../../../lib/backup/read-backup';
import { nestingExceeds } from '../../../lib/backup/json-depth';
import { backupText } from '../../../lib/backup/build-backup';
import { sampleData } from '../../sample-data';
import { MessageError } from '../../../lib/messaging/reply-shape';
import { fakeBackgroundDeps, sequentialIds } from '../../integration/test-db';

const ID = 'abcdefghijklmnopabcdefghijklmnop';
const SELF = { id: ID, baseUrl: `chrome-extension://${ID}/` };
const PAGE = { id: ID, url: `chrome-extension://${ID}/sidepanel.html` };

describe('import errors a merchant understands', () => {
  it('recognises the worker stopping mid-import, as Chromium and Firefox report it', () => {
    for (const message of [
      'A listener indicated an asynchronous response by returning true, but the message channel closed before a response was received',
      'Could not establish connection. Receiving end does not exist.',
      'Message manager disconnected',
      'import session unknown or chunk out of order',
    ]) {
      expect(importFailureOf(new Error(message)), message).toBe('interrupted');
    }
    expect(importFailureOf(new MessageError('storage-full', 'no room left'))).toBeNull();
    expect(importFailureOf(new Error('something else'))).toBeNull();
  });

  it('refuses a deeply nested file by its nesting, before any recursion (it overflowed the stack before)', async () => {
    const deep = `{"format":"vettok-backup","schemaVersion":4,"counts":${'['.repeat(200_000)}${']'.repeat(200_000)}}`;
    expect(await readBackup(deep)).toMatchObject({ ok: false, code: 'too-deep' });
    // Brackets inside strings are text, not nesting; escaped quotes do not end a string.
    expect(nestingExceeds(`{"a":"${'['.repeat(500)}\\"${'{'.repeat(500)}"}`, MAX_BACKUP_NESTING)).toBe(false);
    expect(nestingExceeds(`${'['.repeat(MAX_BACKUP_NESTING)}${']'.repeat(MAX_BACKUP_NESTING)}`, MAX_BACKUP_NESTING)).toBe(false);
    expect(nestingExceeds(`${'['.repeat(MAX_BACKUP_NESTING + 1)}`, MAX_BACKUP_NESTING)).toBe(true);
  });

  it("refuses deep nesting in an export's layout too: in the head by its nesting, in the data by zod (which stops at the first level it does not expect)", async () => {
    const { text } = await backupText(sampleData(), new Date());
    expect(text).toContain('"tags":[]');
    const deep = `${'['.repeat(200_000)}${']'.repeat(200_000)}`;
    // In the data: JSON.parse reads it (iteratively); zod refuses the tag, without recursing into it.
    expect(await readBackup(text.replace('"tags":[]', `"tags":[${deep}]`))).toMatchObject({ ok: false, code: 'invalid' });
    // In the head (walked for forbidden keys), and in the data when the text has a forbidden name (walked key by key).
    expect(await readBackup(text.replace('"createdAt":', `"deep":${deep},"createdAt":`))).toMatchObject({ ok: false, code: 'too-deep' });
    expect(await readBackup(text.replace('"tags":[]', `"tags":["prototype",${deep}]`))).toMatchObject({ ok: false, code: 'too-deep' });
    // Deep under a key no schema names: zod leaves it out of what it returns, but the data's text
    // is scanned before the checksum's fallbacks walk the parsed data (they overflowed the stack).
    expect(text).toContain('"archived":false');
    expect(await readBackup(text.replace('"archived":false', `"archived":false,"x":${deep}`))).toMatchObject({ ok: false, code: 'too-deep' });
    // Not the export's layout (a second "data" key after the first): the whole text is scanned.
    expect(await readBackup(text.replace(/}$/, `,"data":${deep}}`))).toMatchObject({ ok: false, code: 'too-deep' });
  });

  it('says "interrupted" (retry works) when the worker restarted between preview and confirmation, "incomplete" otherwise', async () => {
    const before = createBackgroundRouter(fakeBackgroundDeps({ ids: sequentialIds('a') }), SELF);
    const begin = await before({ vettok: 1, name: 'backup.import.begin', payload: { chunks: 2, totalChars: 10 } }, PAGE);
    const { sessionId } = (begin as { data: { sessionId: string } }).data;
    // The same side panel talks to a restarted worker: a fresh set of handlers that never saw the session.
    const after = createBackgroundRouter(fakeBackgroundDeps({ ids: sequentialIds('b') }), SELF);
    expect(await after({ vettok: 1, name: 'backup.import.commit', payload: { sessionId, mode: 'merge' } }, PAGE)).toMatchObject({
      ok: true,
      data: { imported: false, code: 'interrupted' },
    });
    expect(await before({ vettok: 1, name: 'backup.import.check', payload: { sessionId } }, PAGE)).toMatchObject({
      ok: true,
      data: { imported: false, code: 'incomplete' },
    });
  });
});
