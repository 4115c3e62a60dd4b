import type { VettokDatabase } from './database';

export const META_LAST_BACKUP = 'lastBackupAt';
export const META_LAST_LIST = 'lastListId';

export async function getMeta(db: VettokDatabase, key: string): Promise<string | number | null> {
  return (await db.meta.get(key))?.value ?? null;
}

export async function setMeta(db: VettokDatabase, key: string, value: string | number | null): Promise<void> {
  await db.meta.put({ key, value });
}
