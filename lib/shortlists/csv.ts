/** CSV that Excel opens correctly (UTF-8 BOM, CRLF) and that cannot smuggle formulas into a sheet. */

export const UTF8_BOM = '\uFEFF';

/**
 * The field separator. Excel splits a CSV on the list separator of the merchant's regional
 * settings: "," where the decimal mark is "." (en, zh-CN), ";" where it is "," (id, vi, de, fr…).
 */
export type CsvDelimiter = ',' | ';';

/**
 * A segment start a spreadsheet would read as a formula (OWASP CSV injection list: = + - @, tab,
 * carriage return): at the start of the cell, and after every "," or ";" — Excel in a locale whose
 * list separator is the other one splits the cell there, and each piece becomes a cell of its own.
 */
const FORMULA_SEGMENT = /(^|[,;])(?=[ \t\r]*[=+\-@]|[\t\r])/g;
/** A cell holding any of these is quoted, whichever separator the file uses. */
const NEEDS_QUOTES = /[",;\r\n]/;

export type CsvValue = string | number | boolean | null | undefined;

/**
 * One cell: every segment that a spreadsheet would run as a formula is prefixed with an apostrophe,
 * and any cell with a separator (either one), quote or line break is quoted. Numbers are written as
 * numbers.
 */
export function csvCell(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  let text = value.replace(FORMULA_SEGMENT, "$1'");
  if (NEEDS_QUOTES.test(text)) text = `"${text.replace(/"/g, '""')}"`;
  return text;
}

/** The separator Excel expects for a language tag: ";" where the language writes decimals with ",". */
export function csvDelimiterFor(locale: string): CsvDelimiter {
  try {
    const decimal = new Intl.NumberFormat(locale).formatToParts(1.5).find((p) => p.type === 'decimal')?.value;
    return decimal === ',' ? ';' : ',';
  } catch {
    return ',';
  }
}

/** The whole file: BOM, header line, one line per row, CRLF line ends. */
export function buildCsv(header: readonly string[], rows: Iterable<readonly CsvValue[]>, delimiter: CsvDelimiter = ','): string {
  const lines = [header.map(csvCell).join(delimiter)];
  for (const row of rows) lines.push(row.map(csvCell).join(delimiter));
  return UTF8_BOM + lines.join('\r\n') + '\r\n';
}
