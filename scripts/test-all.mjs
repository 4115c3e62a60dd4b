#!/usr/bin/env node
// `npm test`: type-check, lint, unit and integration tests, the builds, web-ext lint, then end-to-end
// tests in real Chromium and real Firefox. Stops at the first failing step and ends with one summary line.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromePath } from './chrome-path.mjs';
import { firefoxPath } from './firefox-path.mjs';

const ci = process.env.CI === 'true' || process.env.CI === '1';
const results = [];
mkdirSync('test-results', { recursive: true });

function run(label, command, args, env = {}) {
  console.log(`\n── ${label} ──`);
  const started = Date.now();
  const outcome = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (outcome.status !== 0) {
    console.error(`\n✖ ${label} failed (${seconds} s)`);
    summary();
    process.exit(outcome.status ?? 1);
  }
  console.log(`✔ ${label} (${seconds} s)`);
}

function counts(file) {
  if (!existsSync(file)) return { passed: 0, failed: 0 };
  const report = JSON.parse(readFileSync(file, 'utf8'));
  return { passed: report.numPassedTests ?? 0, failed: report.numFailedTests ?? 0 };
}

function summary() {
  const unit = counts('test-results/unit.json');
  const e2e = counts('test-results/e2e.json');
  const firefox = counts('test-results/e2e-firefox.json');
  const passed = unit.passed + e2e.passed + firefox.passed;
  const failed = unit.failed + e2e.failed + firefox.failed;
  for (const line of results) console.log(line);
  console.log(`tests: ${passed} passed, ${failed} failed`);
}

/**
 * Up front: the real-capture tier. `../shared` is a folder beside the checkout, outside the repository,
 * with the team's real TikTok captures (`fixtures/real`) and product documents. Every tier runs on the
 * project's own fixtures (tests/fixtures/); the real captures add a tier when they are there.
 */
const realCaptures = resolve(import.meta.dirname, '../../shared/fixtures/real');
if (existsSync(realCaptures)) {
  console.log(`real-capture tier: on (${realCaptures})`);
} else {
  const explained =
    `no ${realCaptures}: ../shared, beside the checkout, holds the team's real TikTok captures; ` +
    'it is optional, and without it every tier runs on the project fixtures in tests/fixtures/.';
  if (ci) {
    console.error(`\n✖ REAL-CAPTURE TIER CANNOT RUN: ${explained}\nCI=true requires it: place the captures at ${realCaptures}, or run without CI=true.`);
    process.exit(1);
  }
  const line = `real-capture tier: skipped (${explained})`;
  console.log(line);
  results.push(line);
}

const vitest = ['vitest', 'run', '--reporter=default', '--reporter=json'];
run('type-check', 'npx', ['tsc', '--noEmit']);
// What renders inside TikTok's pages, as the DOM JSX runtime builds it (tsconfig.page.json).
run('type-check (in-page code)', 'npx', ['tsc', '--noEmit', '-p', 'tsconfig.page.json']);
run('lint', 'npx', ['eslint', '.', '--max-warnings=0']);
run('unit and integration tests', 'npx', [...vitest, '--outputFile.json=test-results/unit.json']);
run('build', 'npx', ['wxt', 'build']);
run('build for Firefox', 'npx', ['wxt', 'build', '-b', 'firefox']);
run('web-ext lint (Firefox build)', 'node', ['scripts/web-ext-lint.mjs']);

/** One browser's end-to-end suite: run when the browser is there; one loud line when not (CI=true fails). */
function e2eSuite(browser, path, installHint, envName, config, output) {
  if (!path) {
    const line = `!!! ${browser.toUpperCase()} END-TO-END TESTS SKIPPED: no ${browser} found (set ${envName}, or install it: ${installHint}) !!!`;
    if (ci) {
      console.error(`\n${line.replace('SKIPPED', 'CANNOT RUN')}\nCI=true requires the end-to-end tests.`);
      process.exit(1);
    }
    console.warn(`\n${line}\n`);
    results.push(line);
    return;
  }
  run(`end-to-end tests in ${browser}`, 'npx', [...vitest, '--config', config, `--outputFile.json=${output}`], { [envName]: path });
}

e2eSuite('Chromium', chromePath(), 'sudo apt-get install chromium', 'CHROME_PATH', 'vitest.e2e.config.ts', 'test-results/e2e.json');
e2eSuite('Firefox', firefoxPath(), 'sudo apt-get install firefox-esr', 'FIREFOX_PATH', 'vitest.firefox.config.ts', 'test-results/e2e-firefox.json');
summary();
