import { beforeEach, describe, expect, it, vi } from 'vitest';
import { MAX_BACKUP_BYTES } from '../../../lib/backup/backup-format';
import { createBackupTransport, type BackupPhase } from '../../../lib/messaging/backup-transport';
import { MessageError, send } from '../../../lib/messaging/client';
import { IMPORT_CHUNK_CHARS } from '../../../lib/messaging/protocol';

vi.mock('../../../lib/messaging/client', async (original) => ({ ...(await original<typeof import('../../../lib/messaging/client')>()), send: vi.fn() }));
// The staging store cannot be written here: the file goes in chunks.
vi.mock('../../../lib/db/import-staging', () => ({ stageImportFile: vi.fn(async () => Promise.reject(new Error('no staging'))) }));
const sent = vi.mocked(send);

function transport() {
  const phases: BackupPhase[] = [];
  return { phases, backup: createBackupTransport((p) => phases.push(p)) };
}

beforeEach(() => {
  sent.mockReset();
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});

describe('backup transport (lib/messaging/backup-transport.ts)', () => {
  it('refuses an empty or oversized file before sending anything', async () => {
    const { phases, backup } = transport();
    await backup.checkFile(new File([], 'empty.json'));
    await backup.checkFile({ size: MAX_BACKUP_BYTES + 1, name: 'big.json' } as File);
    expect(phases).toEqual([
      { kind: 'done', outcome: 'refused', code: 'not-json', detail: '0 bytes', retry: undefined },
      { kind: 'done', outcome: 'refused', code: 'too-large', detail: expect.stringMatching(/ MB$/), retry: undefined },
    ]);
    expect(sent).not.toHaveBeenCalled();
  });

  it('sends the file in chunks, then shows the preview the check answers', async () => {
    const text = 'x'.repeat(IMPORT_CHUNK_CHARS + 1);
    const check = { checked: true, createdAt: '2026-12-01T00:00:00.000Z', counts: { creators: 1 }, plans: { merge: {}, replace: {} } };
    sent.mockImplementation((async (name: string) => {
      if (name === 'backup.import.begin') return { sessionId: 's1' };
      if (name === 'backup.import.chunk') return { received: 1 };
      return check;
    }) as never);
    const { phases, backup } = transport();
    const file = new File([text], 'b.json');
    await backup.checkFile(file);
    expect(sent.mock.calls.map(([name]) => name)).toEqual(['backup.import.begin', 'backup.import.chunk', 'backup.import.chunk', 'backup.import.check']);
    expect(phases.at(-1)).toMatchObject({ kind: 'preview', sessionId: 's1', file, counts: { creators: 1 } });
  });

  it('offers the file again when the background restarted meanwhile, and not for other failures', async () => {
    const { phases, backup } = transport();
    const file = new File(['{}'], 'b.json');
    sent.mockResolvedValueOnce({ imported: false, code: 'interrupted', detail: 'd' } as never);
    await backup.commit('s1', file, 'merge');
    sent.mockRejectedValueOnce(new MessageError('storage-full', 'full'));
    await backup.commit('s1', file, 'merge');
    expect(phases.filter((p) => p.kind === 'done')).toEqual([
      { kind: 'done', outcome: 'refused', code: 'interrupted', detail: 'd', retry: file },
      { kind: 'done', outcome: 'failed', error: expect.any(MessageError), interrupted: false, retry: undefined },
    ]);
  });
});
