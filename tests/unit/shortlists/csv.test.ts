import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildCsv, csvCell, UTF8_BOM } from '../../../lib/shortlists/csv';

/** A small RFC 4180 reader, to check that what we write reads back as written. */
function parseCsv(text: string): string[][] {
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
    else if (c === ',') {
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

describe('buildCsv', () => {
  it('starts with the UTF-8 BOM and ends lines with CRLF', () => {
    const csv = buildCsv(['达人', 'note'], [['jelly.here10', '腰部']]);
    expect(csv.startsWith(UTF8_BOM)).toBe(true);
    expect(csv).toBe(`${UTF8_BOM}达人,note\r\njelly.here10,腰部\r\n`);
  });

  it('reads back exactly (property), and no cell ever starts a formula', () => {
    fc.assert(
      fc.property(fc.array(fc.array(fc.string(), { minLength: 2, maxLength: 2 }), { maxLength: 8 }), (rows) => {
        const csv = buildCsv(['a', 'b'], rows);
        const back = parseCsv(csv.slice(1));
        expect(back.length).toBe(rows.length + 1);
        back.slice(1).forEach((cells, i) => {
          cells.forEach((cell, j) => {
            expect(/^[=+\-@\t\r]/.test(cell)).toBe(false);
            const original = rows[i]![j]!;
            expect(cell).toBe(/^[=+\-@\t\r]/.test(original) ? `'${original}` : original);
          });
        });
      }),
    );
  });
});
