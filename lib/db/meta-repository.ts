/** Keys of the `meta` table. */
export const META_LAST_BACKUP = 'lastBackupAt';
export const META_LAST_LIST = 'lastListId';
