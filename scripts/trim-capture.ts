// `npx tsx scripts/trim-capture.ts CAPTURE...`: derives the project's test fixtures from real captured
// TikTok pages and API responses. Each capture is written to tests/fixtures/ under its own name, in
// its own shape, with what no reader and no test uses taken out: page scripts, large style sheets,
// icons, and the parts of the embedded JSON that describe the app rather than the creator (the
// i18n table, app and business context, video stream and music URLs). A capture with nothing to
// take out is copied byte for byte. tests/unit/readers/project-fixtures.test.ts proves that every
// fixture still reads exactly as its capture.
import { readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';

const OUT = join(import.meta.dirname, '../tests/fixtures');

/** `<script>` elements the readers read: everything else in a page is code or tracking. */
const DATA_SCRIPT = /\bid=["'](__UNIVERSAL_DATA_FOR_REHYDRATION__|SIGI_STATE|__NEXT_DATA__)["']|type=["']application\/ld\+json["']/i;
/** Embedded-JSON members that describe the web app, not the creator (the i18n table alone is ~200 KB). */
const APP_SCOPES = new Set(['webapp.i18n-translation', 'webapp.biz-context', 'webapp.app-context', 'AppContext', 'BizContext']);
/** Objects whose nested parts are stream, cover and audio URLs; their plain fields (id, duration, title…) stay. */
const MEDIA_KEYS = new Set(['video', 'music']);
/** Inline style sheets up to this size stay, so a page still looks like itself in a browser. */
const STYLE_KEPT_UP_TO = 8_000;

function trimJson(value: unknown, key = ''): unknown {
  if (Array.isArray(value)) return value.map((v) => trimJson(v));
  if (value === null || typeof value !== 'object') return value;
  const entries = Object.entries(value as Record<string, unknown>);
  if (MEDIA_KEYS.has(key)) {
    return Object.fromEntries(entries.filter(([, v]) => v === null || typeof v !== 'object').filter(([, v]) => typeof v !== 'string' || v.length <= 120));
  }
  return Object.fromEntries(entries.filter(([k]) => !APP_SCOPES.has(k)).map(([k, v]) => [k, trimJson(v, k)]));
}

/** JSON as a page embeds it: `<` escaped, so no string can close the script element. */
const embedded = (value: unknown): string => JSON.stringify(value).replace(/</g, '\\u003c');

function trimHtml(html: string): string {
  return html
    .replace(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi, (whole, attributes: string, body: string) => {
      if (!DATA_SCRIPT.test(attributes)) return '';
      if (/ld\+json/i.test(attributes)) return whole;
      return `<script${attributes}>${embedded(trimJson(JSON.parse(body)))}</script>`;
    })
    .replace(/<style\b[^>]*>[\s\S]*?<\/style>/gi, (whole) => (whole.length <= STYLE_KEPT_UP_TO ? whole : ''))
    .replace(/<link\b[^>]*>/gi, (whole) => (/\brel=["']canonical["']/i.test(whole) ? whole : ''))
    .replace(/<noscript\b[^>]*>[\s\S]*?<\/noscript>/gi, '')
    // Icons go. The verified badge (a #20D5EC circle) is read from the DOM, and an SVG's own
    // <style> changes how an HTML parser reads what follows it: both stay.
    .replace(/<svg\b[^>]*>[\s\S]*?<\/svg>/gi, (whole) => (/#20d5ec|<style\b/i.test(whole) ? whole : '<svg></svg>'));
}

function trimCapture(text: string, name: string): string {
  if (name.endsWith('.html')) return trimHtml(text);
  const trimmed = JSON.stringify(trimJson(JSON.parse(text)), null, 2) + '\n';
  return JSON.stringify(JSON.parse(trimmed)) === JSON.stringify(JSON.parse(text)) ? text : trimmed;
}

const files = process.argv.slice(2);
if (files.length === 0) {
  console.error('usage: npx tsx scripts/trim-capture.ts CAPTURE...  (writes tests/fixtures/<name>)');
  process.exit(2);
}
for (const file of files) {
  const name = basename(file);
  const text = readFileSync(file, 'utf8');
  const out = trimCapture(text, name);
  writeFileSync(join(OUT, name), out);
  console.log(`${name}: ${text.length} → ${out.length} characters`);
}
