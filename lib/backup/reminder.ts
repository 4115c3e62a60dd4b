/** A backup older than this is "old" and the side panel reminds the merchant. */
export const BACKUP_REMINDER_DAYS = 14;
const DAY = 24 * 60 * 60 * 1000;

/** Whether to remind: never backed up (with data worth keeping), or the last backup is old. */
export function backupReminder(lastBackupAt: number | null, now: number, hasData: boolean): 'never' | 'old' | null {
  if (!hasData) return null;
  if (lastBackupAt === null) return 'never';
  return now - lastBackupAt > BACKUP_REMINDER_DAYS * DAY ? 'old' : null;
}
