import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildCsv, csvCell, csvDelimiterFor, UTF8_BOM, type CsvDelimiter } from '../../../lib/shortlists/csv';

/** A small RFC 4180 reader, to check that what we write reads back as written (Excel splits on `delimiter`). */
function parseCsv(text: string, delimiter: CsvDelimiter = ','): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === delimiter) {
      row.push(cell);
      cell = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += c;
  }
  return rows;
}

describe('csvCell', () => {
  it.each([
    ['plain', 'plain'],
    ['=1+1', "'=1+1"],
    ['+86 138', "'+86 138"],
    ['-2', "'-2"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tx', "'\tx"],
    ['\rx', `"'\rx"`],
    ['=HYPERLINK("http://x","y")', `"'=HYPERLINK(""http://x"",""y"")"`],
    ['a,b', '"a,b"'],
    ['line\nbreak', '"line\nbreak"'],
    ['say "hi"', '"say ""hi"""'],
    ['头部达人 全网最低', '头部达人 全网最低'],
    // Excel with ";" as its list separator (id, vi, de, fr) splits an unquoted cell at every ";":
    // each piece that could start a formula is neutralised, and the cell is quoted.
    ["a;=cmd|' /C calc'!A0;", `"a;'=cmd|' /C calc'!A0;"`],
    ['x,+1', `"x,'+1"`],
    ['tag; -dash', `"tag;' -dash"`],
    ['a;@SUM(A1)', `"a;'@SUM(A1)"`],
    ['a;b', '"a;b"'],
    ['', ''],
  ])('%j → %j', (input, output) => {
    expect(csvCell(input)).toBe(output);
  });

  it('writes numbers as numbers (negative ones too) and nothing for missing values', () => {
    expect(csvCell(-5)).toBe('-5');
    expect(csvCell(38490)).toBe('38490');
    expect(csvCell(null)).toBe('');
    expect(csvCell(undefined)).toBe('');
    expect(csvCell(Number.NaN)).toBe('');
  });
});

/** What a cell reads back as: the apostrophe sits in front of every segment that could start a formula. */
const neutralised = (text: string) => text.replace(/(^|[,;])(?=[ \t\r]*[=+\-@]|[\t\r])/g, "$1'");
/** Every piece Excel could make a cell of (split on either separator) is safe. */
const noPieceStartsAFormula = (cell: string) => cell.split(/[,;]/).every((piece) => !/^[ \t\r]*[=+\-@]|^[\t\r]/.test(piece));

describe('csvDelimiterFor', () => {
  it.each([
    ['en', ','],
    ['zh-CN', ','],
    ['th', ','],
    ['id', ';'],
    ['vi', ';'],
    ['de', ';'],
    ['fr', ';'],
    ['not a locale', ','],
  ])('%s → %s', (locale, delimiter) => {
    expect(csvDelimiterFor(locale)).toBe(delimiter);
  });
});

describe('buildCsv', () => {
  it('separates fields with ";" when asked, and a tag list joined with "; " stays one field', () => {
    const csv = buildCsv(['达人', 'tags'], [['jelly.here10', 'beauty; =HYPERLINK("x")']], ';');
    expect(csv).toBe(`${UTF8_BOM}达人;tags\r\njelly.here10;"beauty;' =HYPERLINK(""x"")"\r\n`);
    expect(parseCsv(csv.slice(1), ';')).toEqual([
      ['达人', 'tags'],
      ['jelly.here10', `beauty;' =HYPERLINK("x")`],
    ]);
  });

  it('starts with the UTF-8 BOM and ends lines with CRLF', () => {
    const csv = buildCsv(['达人', 'note'], [['jelly.here10', '腰部']]);
    expect(csv.startsWith(UTF8_BOM)).toBe(true);
    expect(csv).toBe(`${UTF8_BOM}达人,note\r\njelly.here10,腰部\r\n`);
  });

  it.each([',', ';'] as const)('with "%s": reads back as written (property), and no piece of any cell starts a formula', (delimiter) => {
    const text = fc.oneof(fc.string(), fc.stringMatching(/^[a-z=+\-@;, \t"]{0,12}$/));
    fc.assert(
      fc.property(fc.array(fc.array(text, { minLength: 2, maxLength: 2 }), { maxLength: 8 }), (rows) => {
        const csv = buildCsv(['a', 'b'], rows, delimiter);
        const back = parseCsv(csv.slice(1), delimiter);
        expect(back.length).toBe(rows.length + 1);
        back.slice(1).forEach((cells, i) => {
          expect(cells.length).toBe(2);
          cells.forEach((cell, j) => {
            expect(noPieceStartsAFormula(cell)).toBe(true);
            expect(cell).toBe(neutralised(rows[i]![j]!));
          });
        });
      }),
    );
  });
});
