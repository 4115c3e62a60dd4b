import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

/**
 * Issue 9 §7: the lint rules that keep page text out of HTML sinks and keep the pure lib folders
 * free of Dexie and browser APIs actually fire. ESLint runs with the project's own config on small
 * offending snippets, linted as if they lived at the given path.
 */
const eslint = new ESLint({ cwd: process.cwd() });

async function ruleIds(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((m) => m.ruleId ?? `fatal: ${m.message}`);
}

const SINKS: [string, string, string][] = [
  ['innerHTML', 'export function f(el: HTMLElement, bio: string) { el.innerHTML = bio; }', 'components/card/x.ts'],
  ['outerHTML', 'export function f(el: HTMLElement, bio: string) { el.outerHTML = bio; }', 'entrypoints/popup/x.ts'],
  ['insertAdjacentHTML', "export function f(el: HTMLElement, bio: string) { el.insertAdjacentHTML('beforeend', bio); }", 'lib/page/x.ts'],
  ['dangerouslySetInnerHTML', 'export const C = ({ bio }: { bio: string }) => <div dangerouslySetInnerHTML={{ __html: bio }} />;', 'components/card/x.tsx'],
  ['eval', 'export const f = (s: string) => eval(s);', 'lib/background/x.ts'],
  ['new Function', "export const f = (s: string) => new Function('x', s);", 'entrypoints/background/x.ts'],
];

const PURE_FOLDERS = ['lib/readers', 'lib/scoring', 'lib/compliance', 'lib/invitations', 'lib/collaborations'];
const IMPURE_IMPORTS: [string, string, string][] = [
  ['Dexie', "import Dexie from 'dexie';\nexport const d = Dexie;", 'no-restricted-imports'],
  ['dexie-react-hooks', "import { useLiveQuery } from 'dexie-react-hooks';\nexport const u = useLiveQuery;", 'no-restricted-imports'],
  ['wxt/browser', "import { browser } from 'wxt/browser';\nexport const b = browser;", 'no-restricted-imports'],
  ['webextension-polyfill', "import browser from 'webextension-polyfill';\nexport const b = browser;", 'no-restricted-imports'],
  ['the database module', "import { VettokDatabase } from '../db/database';\nexport const d = VettokDatabase;", 'no-restricted-imports'],
  ['the messaging client', "import { send } from '../messaging/client';\nexport const s = send;", 'no-restricted-imports'],
  ['the chrome global', 'export const id = chrome.runtime.id;', 'no-restricted-globals'],
  ['the indexedDB global', "export const open = () => indexedDB.open('x');", 'no-restricted-globals'],
];

describe('lint rules (project config, programmatic ESLint)', () => {
  it.each(SINKS)('forbids %s', async (_label, code, path) => {
    expect(await ruleIds(code, path)).toContain('no-restricted-syntax');
  });

  const matrix = PURE_FOLDERS.flatMap((folder) => IMPURE_IMPORTS.map(([label, code, rule]) => [folder, label, code, rule] as const));
  it.each(matrix)('%s may not use %s', async (folder, _label, code, rule) => {
    expect(await ruleIds(code, `${folder}/offender.ts`)).toContain(rule);
  });

  it('allows the same imports outside the pure folders, and plain text rendering anywhere', async () => {
    expect(await ruleIds("import Dexie from 'dexie';\nexport const d = Dexie;", 'lib/db/offender.ts')).toEqual([]);
    expect(await ruleIds('export function f(el: HTMLElement, bio: string) { el.textContent = bio; }', 'components/card/x.ts')).toEqual([]);
  });

  const REPOSITORY_IMPORTS: [string, string][] = [
    ['a repository (alias path)', "import { importData } from '@/lib/db/backup-repository';\nexport const f = importData;"],
    ['a repository (relative path)', "import { updateEntry } from '../../lib/db/entries-repository';\nexport const f = updateEntry;"],
    ['the entry-view writer', "import { refreshViewsOf } from '@/lib/db/entry-views';\nexport const f = refreshViewsOf;"],
    ['a migration', "import { addEntryViews } from '@/lib/db/migrations/v5-entry-view';\nexport const f = addEntryViews;"],
  ];
  const UI_FILES = ['components/shortlists/offender.tsx', 'entrypoints/sidepanel/offender.ts', 'entrypoints/popup/offender.ts', 'entrypoints/content/offender.ts'];
  const boundary = UI_FILES.flatMap((file) => REPOSITORY_IMPORTS.map(([label, code]) => [file, label, code] as const));
  it.each(boundary)('the database boundary: %s may not import %s', async (file, _label, code) => {
    expect(await ruleIds(code, file)).toContain('no-restricted-imports');
  });

  it('the database boundary lets pages read through queries and the background use repositories', async () => {
    const query = "import { loadListRows } from '@/lib/db/queries/shortlist-rows';\nimport { VettokDatabase } from '@/lib/db/database';\nexport const f = [loadListRows, VettokDatabase];";
    expect(await ruleIds(query, 'components/shortlists/reader.tsx')).toEqual([]);
    expect(await ruleIds("import type { BulkAction } from '@/lib/db/entries-repository';\nexport type B = BulkAction;", 'components/shortlists/reader.tsx')).toEqual([]);
    expect(await ruleIds("import { importData } from '@/lib/db/backup-repository';\nexport const f = importData;", 'entrypoints/background/writer.ts')).toEqual([]);
    expect(await ruleIds("import { importData } from '../db/backup-repository';\nexport const f = importData;", 'lib/background/writer.ts')).toEqual([]);
  });
});
