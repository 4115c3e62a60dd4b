/**
 * Benchmark: how long readProfilePage takes on a real, fully rendered profile page.
 * Run: npx tsx bench/read-profile.ts
 *
 * Parses the largest real profile captures once with happy-dom, then times readProfilePage over
 * many iterations (median and p95 per read, against a 5 ms budget: exit 1 if over; run with
 * `node --expose-gc --import tsx bench/read-profile.ts` to collect garbage between rounds), and reports
 * how many profiles per second the JSON-only reader (readUniversalData on parsed JSON) manages.
 * Note: happy-dom drops the scripts that follow an SVG <style> in the 2023 SIGI page, so that
 * page is read from its DOM and JSON-LD here (Chromium keeps them).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { Window } from 'happy-dom';
import { readProfilePage } from '../lib/readers/read-profile-page';
import { readUniversalData } from '../lib/readers/universal-data';
import { REAL_CAPTURES } from '../tests/fixture-files';

const BUDGET_MS = 5;
const ITERATIONS = 200;
const ROUNDS = 5;
const WARMUP = 30;

function parse(html: string, url: string): Document {
  const window = new Window({
    url,
    settings: { disableJavaScriptEvaluation: true, disableJavaScriptFileLoading: true, disableCSSFileLoading: true, disableIframePageLoading: true },
  });
  return new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

const profiles = readdirSync(REAL_CAPTURES)
  .filter((f) => f.startsWith('profile-') && f.endsWith('.html'))
  .map((f) => ({ file: f, size: statSync(`${REAL_CAPTURES}/${f}`).size }))
  .sort((a, b) => b.size - a.size);
const largest = profiles[0]!;
const largestUdr = profiles.find((p) => p.file.includes('universal-data'))!;

let over = false;
for (const { file, size } of [largest, largestUdr]) {
  const handle = /^profile-(.+?)-\d{4}-/.exec(file)![1]!;
  const url = `https://www.tiktok.com/@${handle}`;
  const t0 = performance.now();
  const doc = parse(readFileSync(`${REAL_CAPTURES}/${file}`, 'utf8'), url);
  const parseMs = performance.now() - t0;
  const first = readProfilePage(doc, url, Date.now());
  if (!first.ok) throw new Error(`${file} did not read: ${first.reason}`);
  for (let i = 0; i < WARMUP; i++) readProfilePage(doc, url, Date.now());
  // Several rounds: on a shared machine, preemption and GC put spikes in any one round. Both the
  // figures over all reads and those of the quietest round are printed; the budget is judged on
  // the quietest round's p95.
  const all: number[] = [];
  const rounds: { median: number; p95: number }[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    (globalThis as { gc?: () => void }).gc?.();
    const times: number[] = [];
    for (let i = 0; i < ITERATIONS; i++) {
      const start = performance.now();
      readProfilePage(doc, url, Date.now());
      times.push(performance.now() - start);
    }
    times.sort((a, b) => a - b);
    all.push(...times);
    rounds.push({ median: percentile(times, 50), p95: percentile(times, 95) });
  }
  all.sort((a, b) => a - b);
  const best = rounds.reduce((a, b) => (b.p95 < a.p95 ? b : a));
  const verdict = best.p95 <= BUDGET_MS ? 'within' : 'OVER';
  if (best.p95 > BUDGET_MS) over = true;
  console.log(`${file} (${(size / 1024).toFixed(0)} KiB, parsed once in ${parseMs.toFixed(0)} ms, primary source ${first.snapshot.source})`);
  console.log(`  all ${ROUNDS * ITERATIONS} reads: median ${percentile(all, 50).toFixed(2)} ms, p95 ${percentile(all, 95).toFixed(2)} ms, max ${all.at(-1)!.toFixed(2)} ms`);
  console.log(`  quietest round of ${ITERATIONS}: median ${best.median.toFixed(2)} ms, p95 ${best.p95.toFixed(2)} ms — ${verdict} the ${BUDGET_MS} ms budget`);
}

// JSON-only reader: readUniversalData on an already-parsed UDR dump.
const json = JSON.parse(readFileSync(`${REAL_CAPTURES}/universal-data-profile-khanhiattm2-2026-07.json`, 'utf8')) as unknown;
const N = 20_000;
let ok = 0;
const start = performance.now();
for (let i = 0; i < N; i++) if (readUniversalData(json, i, null).ok) ok++;
const seconds = (performance.now() - start) / 1000;
if (ok !== N) throw new Error('JSON reader failed on the capture');
console.log(`readUniversalData (parsed JSON): ${Math.round(N / seconds).toLocaleString('en')} profiles/s (${((seconds / N) * 1e6).toFixed(1)} µs each)`);

process.exit(over ? 1 : 0);
