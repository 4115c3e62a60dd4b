#!/usr/bin/env node
// Gzip size of every script and stylesheet in the built extension, per entrypoint.
// Run after `npm run build`: `node bench/bundle-sizes.mjs` (add --json for a machine-readable summary).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

const OUT = '.output/chrome-mv3';

function walk(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

/** Files an HTML entrypoint loads, followed through its module imports. */
function pageFiles(html) {
  const seen = new Set();
  const queue = [...readFileSync(join(OUT, html), 'utf8').matchAll(/(?:src|href)="\/?([^"]+\.(?:js|css))"/g)].map((m) => m[1]);
  while (queue.length) {
    const file = queue.shift();
    if (seen.has(file)) continue;
    seen.add(file);
    if (file.endsWith('.js')) {
      const code = readFileSync(join(OUT, file), 'utf8');
      for (const m of code.matchAll(/from\s*["']\.{1,2}\/([^"']+\.js)["']|import\(["']\.{1,2}\/([^"']+\.js)["']\)/g)) {
        const target = m[1] ?? m[2];
        queue.push(target.startsWith('chunks/') ? target : `chunks/${target}`);
      }
    }
  }
  return [...seen];
}

export function bundleSizes() {
  const files = walk(OUT).filter((f) => /\.(js|css)$/.test(f)).map((f) => relative(OUT, f));
  const gz = (file) => gzipSync(readFileSync(join(OUT, file)), { level: 9 }).length;
  const entries = {};
  for (const file of files) {
    const m = /^(background|content-scripts\/[^.]+)\.(js|css)$/.exec(file);
    if (m) (entries[m[1].replace('content-scripts/', '')] ??= []).push(file);
  }
  for (const html of ['popup.html', 'sidepanel.html']) entries[html.replace('.html', '')] = pageFiles(html);
  return Object.fromEntries(
    Object.entries(entries).map(([name, list]) => [name, { files: list, gzipBytes: list.reduce((sum, f) => sum + gz(f), 0) }]),
  );
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const sizes = bundleSizes();
  if (process.argv.includes('--json')) {
    console.log(JSON.stringify(sizes, null, 2));
  } else {
    console.log('| entrypoint | gzip |\n|---|---|');
    for (const [name, { gzipBytes }] of Object.entries(sizes)) console.log(`| ${name} | ${(gzipBytes / 1024).toFixed(1)} KB |`);
  }
}
