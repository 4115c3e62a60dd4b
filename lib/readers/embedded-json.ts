/**
 * The JSON a page embeds in `<script id=…>`: from a Document (content script) or, for saved files,
 * from the raw HTML text (some parsers drop scripts that follow malformed SVG; reading the text
 * avoids that). Never throws; anything unparseable is undefined.
 */

const MAX_JSON = 20_000_000;

export function parseJson(raw: string | null | undefined): unknown {
  if (!raw || raw.length > MAX_JSON) return undefined;
  try {
    return JSON.parse(raw) as unknown;
  } catch {
    return undefined;
  }
}

export function embeddedJson(doc: Document, id: string): unknown {
  return parseJson(doc.getElementById(id)?.textContent);
}

/** `<script … id="ID" …>…</script>` in raw HTML. */
export function embeddedJsonInHtml(html: string, id: string): unknown {
  const escaped = id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const open = new RegExp(`<script\\b[^>]*\\bid=["']${escaped}["'][^>]*>`, 'i').exec(html);
  if (!open) return undefined;
  const start = open.index + open[0].length;
  const end = html.indexOf('</script>', start);
  return end < 0 ? undefined : parseJson(html.slice(start, end));
}

/** A JSON string (escapes included) or a brace; `lastIndex` is set before each scan. */
const JSON_TOKENS = /"(?:[^"\\]|\\[\s\S])*"|[{}]/g;

/**
 * The value of the first `"key": {…}` member in a JSON text, parsed on its own. TikTok's UDR script
 * is ~250 KB, mostly an i18n table; the creator's `webapp.user-detail` is a few KB, so reading just
 * that member keeps a profile read within budget. In valid JSON an unescaped `"key":` can only be
 * an object key. Returns undefined when the member is absent or not a well-formed object.
 */
export function jsonMember(raw: string, key: string): unknown {
  const needle = `${JSON.stringify(key)}:`;
  const at = raw.indexOf(needle);
  if (at < 0) return undefined;
  let i = at + needle.length;
  while (i < raw.length && (raw[i] === ' ' || raw[i] === '\n' || raw[i] === '\r' || raw[i] === '\t')) i++;
  if (raw[i] !== '{') return undefined;
  const start = i;
  // Whole strings and braces, matched natively: the loop runs once per token, not per character
  // (a video page's member is ~28 KB, read in a script that has just been compiled).
  const tokens = JSON_TOKENS;
  tokens.lastIndex = start;
  let depth = 0;
  for (let m = tokens.exec(raw); m !== null; m = tokens.exec(raw)) {
    const c = raw.charCodeAt(m.index);
    if (c === 123 /* { */) depth++;
    else if (c === 125 /* } */ && --depth === 0) return parseJson(raw.slice(start, tokens.lastIndex));
  }
  return undefined;
}

/**
 * The UDR script of a page reduced to the scopes asked for: `{__DEFAULT_SCOPE__: {scope: …}}`.
 * Undefined when the page has no UDR script.
 */
export function universalDataScopes(doc: Document, scopes: readonly string[]): unknown {
  const raw = doc.getElementById('__UNIVERSAL_DATA_FOR_REHYDRATION__')?.textContent;
  if (!raw || raw.length > MAX_JSON) return undefined;
  const picked: Record<string, unknown> = {};
  for (const scope of scopes) {
    const value = jsonMember(raw, scope);
    if (value !== undefined) picked[scope] = value;
  }
  return { __DEFAULT_SCOPE__: picked };
}
