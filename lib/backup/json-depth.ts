/**
 * The deepest nesting of arrays and objects in a JSON text, counted without parsing it (strings
 * skipped, escapes honoured); stops as soon as `limit` is passed. Every step after it (JSON.parse,
 * the key walk, zod) recurses once per level, so a file nested deeper than any backup can be is
 * refused here, before any of them could overflow the stack.
 */
export function nestingExceeds(text: string, limit: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c /* \ */) i++;
      else if (c === 0x22 /* " */) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x7b /* { */ || c === 0x5b /* [ */) {
      if (++depth > limit) return true;
    } else if (c === 0x7d /* } */ || c === 0x5d /* ] */) depth--;
  }
  return false;
}
