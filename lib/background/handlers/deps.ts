import type { VettokDatabase } from '../../db/database';
import type { IdSource } from '../../db/shortlists-repository';
import type { Locale } from '../../i18n';
import type { ClaimScanner } from '../../invitations/lint';
import type { Assessment } from '../../schemas/assessment';
import type { Settings } from '../../schemas/settings';
import type { TabCreator } from '../tab-page';
import type { TeamHandlers } from '../../team/service/team-handlers';
import type { BackupCheckPhase } from '../../backup/read-backup';

/** The timed steps of an import: the staged file read, the check's, the preview's plan, the commit's write. */
export type ImportPhase = 'read' | BackupCheckPhase | 'plan' | 'write';
/** What the background times for the bench: each step of an import, and the card's lookup of a creator's lists. */
export type MeasureName = `import:${ImportPhase}` | 'memberships';

/** Everything the background's handlers need from the browser, passed in so tests can fake it. */
export interface BackgroundDeps {
  db: VettokDatabase;
  now(): number;
  ids: IdSource;
  settings(): Promise<Settings>;
  saveSettings(settings: Settings): Promise<void>;
  locale(): Promise<Locale>;
  /** Remembers which creator a tab shows, and on which page (survives service-worker restarts). */
  tabCreators: {
    get(tabId: number): Promise<TabCreator | null>;
    set(tabId: number, shown: TabCreator | null): Promise<void>;
  };
  /**
   * The tab's URL now (null when the tab is gone or on a site the extension may not see). Without it
   * the recorded creator is taken as still shown.
   */
  tabUrl?(tabId: number): Promise<string | null>;
  setBadge(tabId: number, assessment: Assessment | null): Promise<void>;
  /**
   * The text of the backup file the side panel staged under `key` (lib/db/import-staging.ts), the
   * staging store emptied; null when there is none. Without it only chunked imports work.
   */
  takeStagedImport?(key: string, maxBytes: number): Promise<{ text: string; bytes?: Uint8Array } | { tooLarge: number } | null>;
  /** Empties the staging store (erase everything: no backup file outlives the data). */
  clearStagedImports?(): Promise<void>;
  /** Rows written so far by a running import (shown in the side panel); optional. */
  importProgress?(done: number, total: number): void;
  /**
   * How long a timed step took, as it ends: each step of an import (`import:read`, a staged file's
   * bytes read and decoded; the check's steps, `BackupCheckPhase`; `import:plan`, the preview;
   * `import:write`, the commit) and `memberships` (the lists a creator page's card shows, looked up
   * after each visit). The extension records them as performance measures (`vettok:<name>`), which
   * the shortlists bench reads; optional.
   */
  measure?(name: MeasureName, ms: number): void;
  /** Banned-claims checker for invitation messages; the app's adapter unless a test passes one. */
  claimScanner?: ClaimScanner;
  /** The merchant's IANA time zone for collaboration deadlines; UTC when not given. */
  timeZone?(): string;
  /** Re-plans reminders, alarms and the badge after a collaboration changed (lib/background/reminders.ts). */
  collaborationsChanged?(): Promise<void>;
  /**
   * Scout mode: shows `handle` in the side panel's Scouted view (remembered for the panel, which
   * opens on it) and opens the panel beside the sender's tab; false when the browser would not open it.
   */
  openScouted?(handle: string, tabId: number | null): Promise<boolean>;
  /**
   * The card's collaboration line: shows `handle`'s collaboration (`collaborationId` when named) in
   * the side panel's Collaborations tab and opens the panel beside the sender's tab; false when the
   * browser would not open it.
   */
  openCollaboration?(handle: string, collaborationId: string | null, tabId: number | null): Promise<boolean>;
  /** Scout mode: loads the list script (the chips) into the tab's page, whose list watcher saw a list arrive. */
  startScout?(tabId: number): Promise<void>;
  /** The team workspace's handlers (lib/team/service); refused where absent. */
  team?: TeamHandlers;
}
