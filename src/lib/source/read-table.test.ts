/**
 * Reading never silently loses or garbles data: line endings, cell counts, encodings, forbidden
 * characters, sizes and decompression bombs, each reported with file, row and column.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS, MAX_CELL_CHARS } from './limits';
import { formatProblem, InvalidInputError } from './problems';
import { decodeText, readCsvTable, readTable } from './read-table';
import type { Table } from './table';
import { zipDirectory } from './read-xlsx';
import { HEADER, minimalXlsx, VALID_ROWS } from './test-tables';

const encode = (text: string) => new TextEncoder().encode(text);

function problemsOf(run: () => unknown): string[] {
  try {
    run();
  } catch (error) {
    if (error instanceof InvalidInputError) return error.problems.map(formatProblem);
    throw error;
  }
  throw new Error('expected an InvalidInputError');
}

async function problemsOfAsync(run: () => Promise<unknown>): Promise<string[]> {
  const error = await run().then(
    () => new Error('expected an InvalidInputError'),
    (e: unknown) => e,
  );
  if (error instanceof InvalidInputError) return error.problems.map(formatProblem);
  throw error;
}

const lines = [HEADER, ...VALID_ROWS];
const reference: Table = readCsvTable(encode(lines.join('\n') + '\n'), 'export.csv');

describe('line endings', () => {
  it('reads every mix of CRLF, LF and CR as the same records, never merging two', () => {
    const endings = ['\r\n', '\n', '\r'];
    // Every ending after every row, in rotation: each line break meets each other kind.
    for (let shift = 0; shift < 3; shift++) {
      const text = lines.map((line, i) => line + endings[(i + shift) % 3]).join('');
      expect(readCsvTable(encode(text), 'export.csv')).toEqual(reference);
    }
    expect(readCsvTable(encode(lines.join('\r')), 'export.csv')).toEqual(reference);
  });

  it('keeps a line break inside a quoted cell as part of the cell', () => {
    const table = readCsvTable(encode(`a,b\r\n"one\rtwo\nthree",x\r2,y\n`), 'export.csv');
    expect(table.records).toEqual([
      { row: 2, cells: ['one\rtwo\nthree', 'x'] },
      { row: 3, cells: ['2', 'y'] },
    ]);
  });

  it('reports a record with the wrong number of cells by its row, instead of merging or padding it', () => {
    for (const [edit, found] of [
      [(row: string) => `${row},extra`, 16],
      [(row: string) => row.split(',').slice(0, 5).join(','), 5],
    ] as const) {
      const rows = [...VALID_ROWS];
      rows[2] = edit(rows[2]!);
      // Blank lines before it still count, as in a spreadsheet.
      const problems = problemsOf(() => readCsvTable(encode([HEADER, rows[0], '', rows[1], '\r', ...rows.slice(2)].join('\n')), 'export.csv'));
      expect(problems).toEqual([
        `export.csv, row 6: expected 15 cells as in the header, found ${found}: a stray separator, quote or line break? Records are never merged or split to make them fit`,
      ]);
    }
  });

  it('counts blank lines in row numbers', () => {
    const table = readCsvTable(encode([HEADER, '', VALID_ROWS[0], '\r\n', VALID_ROWS[1]].join('\n')), 'export.csv');
    expect(table.records.map((r) => r.row)).toEqual([3, 6]);
  });
});

describe('encodings', () => {
  const text = lines.join('\r\n');

  it('reads UTF-16 with a BOM (LE and BE) and without one (LE and BE) like UTF-8', () => {
    const le = Buffer.from(text, 'utf16le');
    const be = Buffer.from(le).swap16();
    for (const bytes of [Buffer.concat([Buffer.from([0xff, 0xfe]), le]), Buffer.concat([Buffer.from([0xfe, 0xff]), be]), le, be]) {
      expect(readCsvTable(bytes, 'export.csv')).toEqual(reference);
    }
  });

  it('refuses UTF-16 cut to an odd length, and UTF-32, with a message that names the encoding', () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    expect(problemsOf(() => readCsvTable(le.subarray(0, le.length - 1), 'export.csv'))[0]).toMatch(/UTF-16.*odd number of bytes/);
    expect(problemsOf(() => readCsvTable(Buffer.from([0xff, 0xfe, 0, 0, 0x61, 0, 0, 0]), 'export.csv'))[0]).toMatch(/UTF-32/);
  });

  it('reads a file with no UTF-8 sequence at all as Windows-1252', () => {
    const bytes = Buffer.from(text.replace(/[^\x00-\x7f]/g, ''), 'latin1');
    const withAe = Buffer.concat([bytes, Buffer.from('\r\nB\xe6rum bibliotek'.padEnd(20, ' '), 'latin1')]);
    expect(decodeText(withAe).encoding).toBe('Windows-1252');
    expect(decodeText(withAe).text).toContain('Bærum');
  });

  it('keeps a UTF-8 file UTF-8 when a few bytes are invalid, and reports each with row and column', () => {
    const bytes = encode(text);
    // One invalid byte (0xE6, "æ" in Windows-1252) in the first cell of row 4; the file has other UTF-8 ("Leverandør").
    const at = Buffer.from(bytes).indexOf('Bergen og Kinn');
    const damaged = Buffer.concat([bytes.subarray(0, at), Buffer.from([0xe6]), bytes.subarray(at)]);
    expect(decodeText(damaged).encoding).toBe('UTF-8');
    const problems = problemsOf(() => readCsvTable(damaged, 'export.csv'));
    expect(problems).toEqual([expect.stringMatching(/^export\.csv, row 5, column "Medlem": the cell contains bytes that are not valid UTF-8/)]);
  });

  it('reports a byte that fits neither UTF-8 nor Windows-1252', () => {
    const bytes = Buffer.from(`${HEADER.replace('ø', 'o')}\r\n${VALID_ROWS[0]!.replace('Oslo bibliotek', 'Oslo\x81bibliotek')}`, 'latin1');
    expect(problemsOf(() => readCsvTable(bytes, 'export.csv'))).toEqual([
      expect.stringMatching(/row 2, column "Medlem": the cell contains the byte 0x81, which is neither UTF-8 nor Windows-1252/),
    ]);
  });
});

describe('forbidden characters', () => {
  const forbidden = ['\u0000', '\u0008', '\u000b', '\u000c', '\u001b', '\u007f', '\u0085', '\u009b', '\ufffe', '\uffff'];

  it('reports every control character and every character XML forbids, with row and column, in any cell', () => {
    for (const char of forbidden) {
      const rows = [...VALID_ROWS];
      rows[2] = rows[2]!.replace('PressReader,', `Press${char}Reader,`);
      const problems = problemsOf(() => readCsvTable(encode([HEADER, ...rows].join('\n')), 'export.csv'));
      expect(problems, `U+${char.charCodeAt(0).toString(16)}`).toEqual([expect.stringMatching(/^export\.csv, row 4, column "Produkt": the cell contains /)]);
    }
  });

  it('reports an unpaired surrogate (possible in UTF-16)', () => {
    const bytes = Buffer.concat([
      Buffer.from([0xff, 0xfe]),
      Buffer.from(`${HEADER}\n${VALID_ROWS[0]!.replace('Oslo bibliotek', 'Oslo \ud800bibliotek')}`, 'utf16le'),
    ]);
    expect(problemsOf(() => readCsvTable(bytes, 'export.csv'))).toEqual([
      expect.stringMatching(/row 2, column "Medlem": the cell contains (an unpaired surrogate|characters that are not valid UTF-16LE)/),
    ]);
  });

  it('checks XLSX cells the same way', async () => {
    const rows = [HEADER.split(','), ...VALID_ROWS.map((r) => r.split(','))];
    rows[2]![0] = 'Oslo\u0085bibliotek';
    const problems = await problemsOfAsync(() => readTable(minimalXlsx(rows), 'export.xlsx'));
    expect(problems).toEqual([expect.stringMatching(/^export\.xlsx, row 3, column "Medlem": the cell contains the control character U\+0085/)]);
  });

  it('refuses a cell longer than a spreadsheet cell can be', () => {
    const rows = [...VALID_ROWS];
    rows[0] = rows[0]!.replace('Oslo bibliotek', 'x'.repeat(MAX_CELL_CHARS + 1));
    expect(problemsOf(() => readCsvTable(encode([HEADER, ...rows].join('\n')), 'export.csv'))).toEqual([
      expect.stringMatching(/row 2, column "Medlem": the cell has 32768 characters/),
    ]);
  });
});

describe('sizes', () => {
  it('refuses a file over the limit before reading it', async () => {
    const problems = await problemsOfAsync(() => readTable(encode(lines.join('\n')), 'export.csv', { limits: { ...DEFAULT_LIMITS, maxBytes: 100 } }));
    expect(problems[0]).toMatch(/more than the limit of 100 bytes \(HHH_MAX_SOURCE_MB\)/);
  });

  it('refuses a CSV of nothing but separators or line breaks before parsing it into millions of cells', { timeout: 60_000 }, () => {
    const commas = Buffer.concat([encode('a,b\n'), Buffer.alloc(20_000_001, ',')]);
    expect(problemsOf(() => readCsvTable(commas, 'commas.csv'))).toEqual([
      expect.stringMatching(/^commas\.csv: the file has up to 20000004 cells .*at most 20000000/),
    ]);
    // Blank lines are skipped as they are read (csv-parse takes minutes if each is kept as a misshapen record).
    const blank = Buffer.concat([encode('a,b\n'), Buffer.alloc(1_000_000, '\n'), encode('1,2\n')]);
    expect(readCsvTable(blank, 'blank.csv').records).toEqual([{ row: 1_000_002, cells: ['1', '2'] }]);
  });

  it('refuses a decompression bomb from the sizes the zip declares, before inflating', async () => {
    // 8 MB of one repeated row compresses to a few kilobytes.
    const bomb = minimalXlsx([['a'], ['x'.repeat(1000)]], { repeatLastRow: 8000 });
    expect(bomb.length).toBeLessThan(200_000);
    const problems = await problemsOfAsync(() => readTable(bomb, 'bomb.xlsx', { limits: { ...DEFAULT_LIMITS, maxBytes: 1024 * 1024 } }));
    expect(problems[0]).toMatch(/^bomb\.xlsx: the workbook would inflate to \d+\.\d MB .*refused before unpacking/);
  });

  it('refuses a zip that declares a 4 GB entry, in the default limits, without allocating it', async () => {
    const workbook = Buffer.from(minimalXlsx([HEADER.split(',')]));
    const directory = zipDirectory(workbook);
    expect(Array.isArray(directory)).toBe(true);
    // Patch the sheet's declared size in the central directory (its entry is the last).
    const at = workbook.lastIndexOf(Buffer.from('xl/worksheets/sheet1.xml')) - 46;
    expect(workbook.readUInt32LE(at)).toBe(0x02014b50);
    workbook.writeUInt32LE(0xfffffff0, at + 24);
    const problems = await problemsOfAsync(() => readTable(workbook, 'forged.xlsx'));
    expect(problems[0]).toMatch(/would inflate to 4096\.0 MB .*more than the limit of 200\.0 MB/);
  });

  it('reads a workbook of 3,000 rows, and refuses one of 200,000 rows with a message about its size', { timeout: 120_000 }, async () => {
    const header = HEADER.split(',');
    const row = VALID_ROWS[0]!.replace(/"[^"]*"/, '0').split(',');
    const table = await readTable(minimalXlsx([header, row], { repeatLastRow: 2_998 }), 'big.xlsx');
    expect(table.records).toHaveLength(2_999);
    expect(table.records.at(-1)).toEqual({ row: 3_000, cells: row });
    const problems = await problemsOfAsync(() =>
      readTable(minimalXlsx([header.slice(0, 3), row.slice(0, 3)], { level: 1, repeatLastRow: 200_000 }), 'huge.xlsx'),
    );
    expect(problems).toEqual([
      expect.stringMatching(
        /^huge\.xlsx: the sheet sheet1\.xml has 200002 rows, more than the 50000 the XLSX reader handles \(HHH_MAX_XLSX_ROWS\): save the export as CSV/,
      ),
    ]);
  });
});
