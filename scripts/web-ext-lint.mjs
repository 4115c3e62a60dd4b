#!/usr/bin/env node
// Mozilla's add-on linter (`web-ext lint`, the checks addons.mozilla.org runs) on the Firefox build.
// Fails on any error, and on any warning or notice not listed below; each listed one is explained in
// the README ("Firefox" → "web-ext lint").
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const SOURCE = '.output/firefox-mv3';

/** Warnings that remain, by code and the bundled file they come from. */
const EXPLAINED = [
  // react-dom (popup, side panel): `dangerouslySetInnerHTML` support and its `<script>` element
  // workaround. Vettok never passes `dangerouslySetInnerHTML` (lint forbids it).
  { code: 'UNSAFE_VAR_ASSIGNMENT', file: /^chunks\/use-locale-[\w-]+\.js$/ },
  // PouchDB (background, the team workspace): pouchdb-utils' `scopeEval` builds a function from a
  // design document's filter or view text. It runs only for a filter or view named as text; the
  // team replication passes neither, and the extension's CSP would refuse it anyway.
  { code: 'DANGEROUS_EVAL', file: /^background\.js$/ },
];

if (!existsSync(`${SOURCE}/manifest.json`)) {
  console.error(`web-ext lint: build the add-on first (npm run build:firefox): ${SOURCE}`);
  process.exit(1);
}
const run = spawnSync('npx', ['web-ext', 'lint', '--source-dir', SOURCE, '--output', 'json', '--no-config-discovery'], { encoding: 'utf8' });
let report;
try {
  report = JSON.parse(run.stdout);
} catch {
  console.error(run.stdout, run.stderr);
  console.error('web-ext lint: no report');
  process.exit(1);
}
const explained = (m) => EXPLAINED.some((e) => e.code === m.code && e.file.test(m.file ?? ''));
const unexplained = [...report.errors, ...report.warnings.filter((m) => !explained(m)), ...report.notices.filter((m) => !explained(m))];
for (const m of [...report.errors, ...report.warnings, ...report.notices]) {
  console.log(`${explained(m) ? '  (explained) ' : '✖ '}${m._type} ${m.code} ${m.file ?? ''}${m.line ? `:${m.line}` : ''} — ${m.message}`);
}
console.log(`web-ext lint: ${report.summary.errors} errors, ${report.summary.warnings} warnings, ${report.summary.notices} notices; ${unexplained.length} not explained`);
process.exit(unexplained.length === 0 ? 0 : 1);
