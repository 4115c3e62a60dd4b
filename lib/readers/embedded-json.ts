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
