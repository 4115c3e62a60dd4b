import * as z from 'zod/mini';

/** A local document of the replica (PouchDB never replicates `_local/` documents). */
const OUTBOX_ID = '_local/vettok-outbox';

const OutboxSchema = z.object({ ids: z.array(z.string().check(z.maxLength(1000))) });

/**
 * The documents this seat wrote into its replica that the server has not taken yet, kept in the
 * replica itself: "offline with pending N" stays true after the worker restarts. Ids are noted
 * before their documents are written (a stop in between counts one too many until the next push,
 * never one too few), and saved a moment after they went out.
 */
export function createOutbox(local: PouchDB.Database, saveDelayMs = 500) {
  const ids = new Set<string>();
  let saved: Promise<void> = Promise.resolve();
  let timer: ReturnType<typeof setTimeout> | null = null;

  const write = async () => {
    const held = await local.get(OUTBOX_ID).catch(() => null);
    await local.put({ _id: OUTBOX_ID, ...(held ? { _rev: held._rev } : {}), ids: [...ids] });
  };
  /** Writes the set now, after any write under way. */
  const save = (): Promise<void> => {
    if (timer) clearTimeout(timer);
    timer = null;
    saved = saved.then(write, write);
    return saved;
  };
  const later = () => {
    timer ??= setTimeout(() => void save().catch((error: unknown) => console.warn('team outbox not saved', error)), saveDelayMs);
  };

  return {
    /** Reads what was still waiting when the worker last stopped. */
    async load(): Promise<void> {
      const parsed = OutboxSchema.safeParse(await local.get(OUTBOX_ID).catch(() => null));
      if (parsed.success) for (const id of parsed.data.ids) ids.add(id);
    },
    /** Documents about to be written into the replica: saved before they are. */
    async writing(written: readonly string[]): Promise<void> {
      for (const id of written) ids.add(id);
      if (written.length) await save();
    },
    /** Documents the push took to the server. */
    sent(sentIds: readonly string[]) {
      let changed = false;
      for (const id of sentIds) changed = ids.delete(id) || changed;
      if (changed) later();
    },
    /** The push caught up: nothing waits. */
    clear() {
      if (ids.size === 0) return;
      ids.clear();
      later();
    },
    get size() {
      return ids.size;
    },
    /** Saves what is pending now (before the workspace stops). */
    flush: save,
  };
}

export type Outbox = ReturnType<typeof createOutbox>;
