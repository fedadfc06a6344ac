/**
 * Reads an export file into a header and records. CSV with comma or semicolon, in UTF-8 (with or
 * without BOM), UTF-16 (with a BOM, or recognised by its zero bytes) or Windows-1252 as Excel
 * writes it; quoted fields may hold separators and newlines; CRLF, LF and CR may be mixed.
 *
 * Nothing is silently lost or garbled: the encoding is decided from the whole file, a record with
 * the wrong number of cells is an error naming its row, and every cell (also in columns the pull
 * ignores, since such bytes mean the file is damaged) is checked for bytes that fit no encoding,
 * control characters and every other character XML 1.0 forbids, with row and column.
 */
import { parse } from 'csv-parse/sync';
import { DEFAULT_LIMITS, formatBytes, MAX_CELL_CHARS, MAX_CELLS, MAX_COLLECTED_PROBLEMS, MAX_ROWS, type ReadLimits } from './limits';
import { InvalidInputError, type Problem } from './problems';
import { isXlsx, readXlsxTable } from './read-xlsx';
import type { Table } from './table';

export type TextEncoding = 'UTF-8' | 'UTF-16LE' | 'UTF-16BE' | 'Windows-1252';

export interface DecodedText {
  text: string;
  encoding: TextEncoding;
}

/** Counts well-formed multi-byte UTF-8 sequences and bytes that fit in none. */
function utf8Census(bytes: Uint8Array): { multiByte: number; invalid: number } {
  let multiByte = 0;
  let invalid = 0;
  for (let i = 0; i < bytes.length; ) {
    const lead = bytes[i]!;
    const length = lead < 0x80 ? 1 : lead >= 0xc2 && lead <= 0xdf ? 2 : lead >= 0xe0 && lead <= 0xef ? 3 : lead >= 0xf0 && lead <= 0xf4 ? 4 : 0;
    let ok = length > 0 && i + length <= bytes.length;
    for (let k = 1; ok && k < length; k++) ok = (bytes[i + k]! & 0xc0) === 0x80;
    if (!ok) {
      invalid++;
      i++;
    } else {
      if (length > 1) multiByte++;
      i += length;
    }
  }
  return { multiByte, invalid };
}

/** UTF-16 without a BOM: ASCII-heavy text then has a zero byte in every other position. */
function sniffUtf16(bytes: Uint8Array): TextEncoding | undefined {
  const sample = bytes.subarray(0, Math.min(bytes.length, 4096) & ~1);
  if (sample.length < 4) return undefined;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < sample.length; i += 2) {
    if (sample[i] === 0) evenZeros++;
    if (sample[i + 1] === 0) oddZeros++;
  }
  const pairs = sample.length / 2;
  if (oddZeros > pairs * 0.3 && evenZeros < pairs * 0.05) return 'UTF-16LE';
  if (evenZeros > pairs * 0.3 && oddZeros < pairs * 0.05) return 'UTF-16BE';
  return undefined;
}

/**
 * Decides the encoding from the file as a whole: a BOM; else valid UTF-8; else Windows-1252, but
 * only when the file has no well-formed UTF-8 sequence at all. A file that is UTF-8 apart from a
 * few bad bytes stays UTF-8: the bad bytes become U+FFFD, which `checkCells` reports with row and
 * column, rather than the whole file silently turning into Windows-1252 mojibake.
 */
export function decodeText(bytes: Uint8Array, file = 'the file'): DecodedText {
  const [b0, b1, b2, b3] = bytes;
  if ((b0 === 0xff && b1 === 0xfe && b2 === 0 && b3 === 0) || (b0 === 0 && b1 === 0 && b2 === 0xfe && b3 === 0xff)) {
    throw new InvalidInputError([{ file, message: 'the file is UTF-32, which is not read: save it as UTF-8 (or UTF-16) CSV or as XLSX' }]);
  }
  const bom: TextEncoding | undefined =
    b0 === 0xef && b1 === 0xbb && b2 === 0xbf ? 'UTF-8' : b0 === 0xff && b1 === 0xfe ? 'UTF-16LE' : b0 === 0xfe && b1 === 0xff ? 'UTF-16BE' : undefined;
  const utf16 = bom === 'UTF-16LE' || bom === 'UTF-16BE' ? bom : bom ? undefined : sniffUtf16(bytes);
  if (utf16) {
    if (bytes.length % 2 !== 0)
      throw new InvalidInputError([
        { file, message: `the file is ${utf16.replace(/(LE|BE)$/, '')} (${utf16}) but has an odd number of bytes: it was cut short; export it again` },
      ]);
    // Not fatal: an unpaired surrogate becomes U+FFFD, which checkCells reports with its row and column.
    return { text: new TextDecoder(utf16.toLowerCase(), { ignoreBOM: false }).decode(bytes), encoding: utf16 };
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes), encoding: 'UTF-8' };
  } catch {
    if (bom === 'UTF-8' || utf8Census(bytes).multiByte > 0) return { text: new TextDecoder('utf-8', { ignoreBOM: false }).decode(bytes), encoding: 'UTF-8' };
    return { text: new TextDecoder('windows-1252').decode(bytes), encoding: 'Windows-1252' };
  }
}

/** The separator is whichever of ; and , occurs more often in the header line, outside quotes. */
export function detectDelimiter(text: string): ',' | ';' {
  let commas = 0;
  let semicolons = 0;
  let quoted = false;
  for (const char of text) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === '\n' || char === '\r')) break;
    else if (!quoted && char === ',') commas++;
    else if (!quoted && char === ';') semicolons++;
  }
  return semicolons > commas ? ';' : ',';
}

/**
 * Characters no text field may hold: C0 controls but tab, LF and CR; DEL and the C1 controls;
 * U+FFFD (the mark of bytes that fit no encoding); U+FFFE/U+FFFF; unpaired surrogates. Together
 * every character XML 1.0 forbids, so nothing from the export can break the Atom feed, the HTML,
 * the CSV or a terminal.
 */
export const FORBIDDEN_CHARACTER =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFD\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

const WINDOWS_1252_UNDEFINED = new Set([0x81, 0x8d, 0x8f, 0x90, 0x9d]);

function describeForbidden(char: string, encoding: TextEncoding | undefined): string {
  const code = char.codePointAt(0)!;
  const hex = `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
  if (code === 0xfffd)
    return encoding === 'UTF-8' || encoding === undefined
      ? `bytes that are not valid UTF-8 (read as U+FFFD); the file is UTF-8 elsewhere, so these bytes are damaged`
      : `characters that are not valid ${encoding} (read as U+FFFD)`;
  if (encoding === 'Windows-1252' && WINDOWS_1252_UNDEFINED.has(code))
    return `the byte 0x${code.toString(16).toUpperCase()}, which is neither UTF-8 nor Windows-1252`;
  if (code >= 0xd800 && code <= 0xdfff) return `an unpaired surrogate (${hex}), which is not valid text`;
  const names: Record<number, string> = { 0: 'NUL', 0x0b: 'vertical tab', 0x0c: 'form feed', 0x1b: 'escape', 0x7f: 'DEL' };
  return `the control character ${hex}${names[code] ? ` (${names[code]})` : ''}, which text may not contain`;
}

/**
 * Checks every cell (the header too): no forbidden characters, no cell longer than a spreadsheet
 * cell can be. Collects at most MAX_COLLECTED_PROBLEMS problems.
 */
export function checkCells(table: Table, file: string, encoding?: TextEncoding): Problem[] {
  const problems: Problem[] = [];
  const columnName = (index: number) => table.headers[index] || `column ${index + 1}`;
  const check = (row: number, cells: string[]) => {
    for (const [index, cell] of cells.entries()) {
      if (problems.length >= MAX_COLLECTED_PROBLEMS) return;
      const forbidden = FORBIDDEN_CHARACTER.exec(cell);
      if (forbidden)
        problems.push({
          file,
          row,
          column: columnName(index),
          message: `the cell contains ${describeForbidden(forbidden[0], encoding)} (at character ${forbidden.index + 1})`,
        });
      else if (cell.length > MAX_CELL_CHARS)
        problems.push({
          file,
          row,
          column: columnName(index),
          message: `the cell has ${cell.length} characters; a spreadsheet cell holds at most ${MAX_CELL_CHARS}`,
        });
    }
  };
  check(1, table.headers);
  for (const record of table.records) check(record.row, record.cells);
  return problems;
}

export function readCsvTable(bytes: Uint8Array, file: string): Table {
  const { text, encoding } = decodeText(bytes, file);
  const delimiter = detectDelimiter(text);
  // Every cell costs memory even when empty: a file of nothing but separators or line breaks is
  // refused from a count of them, before parsing.
  const delimiterCode = delimiter.charCodeAt(0);
  let separators = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === delimiterCode || code === 10 || code === 13) separators++;
  }
  if (separators + 1 > MAX_CELLS) {
    throw new InvalidInputError([{ file, message: `the file has up to ${separators + 1} cells (separators and line breaks); at most ${MAX_CELLS} are read` }]);
  }
  const rowNumbers: number[] = [];
  let width = 0;
  let rows: string[][];
  try {
    rows = parse(text, {
      delimiter,
      // Any mix of CRLF, LF and CR ends a record; csv-parse would otherwise take the first one it
      // sees as the only one, and two records joined by another would merge.
      record_delimiter: ['\r\n', '\n', '\r'],
      bom: true,
      // A record with more or fewer cells than the header stops the read, naming its row (never
      // merged or padded). Blank lines are skipped as they are read (so memory holds only
      // records), but counted, so row numbers match what a spreadsheet shows.
      skip_empty_lines: true,
      on_record: (record: string[], context: { records: number; empty_lines: number }) => {
        const row = context.records + context.empty_lines;
        if (row > MAX_ROWS)
          throw new InvalidInputError([{ file, message: `the file has more than ${MAX_ROWS} rows; a spreadsheet export has at most ${MAX_ROWS}` }]);
        if (row === 1) width = record.length;
        else if (record.every((cell) => cell.trim() === '')) return null;
        rowNumbers.push(row);
        return record;
      },
    }) as string[][];
  } catch (error) {
    if (error instanceof InvalidInputError) throw error;
    const e = error as Error & { code?: string; records?: number; empty_lines?: number; record?: string[] };
    const row = typeof e.records === 'number' ? e.records + (e.empty_lines ?? 0) + 1 : undefined;
    const message =
      e.code === 'CSV_RECORD_INCONSISTENT_FIELDS_LENGTH' && Array.isArray(e.record)
        ? `expected ${width} cells as in the header, found ${e.record.length}: a stray separator, quote or line break? Records are never merged or split to make them fit`
        : `not readable as CSV: ${e.message}`;
    throw new InvalidInputError([{ file, row, message }]);
  }
  const [headers, ...records] = rows;
  if (!headers || headers.every((h) => h.trim() === '')) {
    throw new InvalidInputError([{ file, message: 'the file is empty: expected a header row and at least one data row' }]);
  }
  const table: Table = {
    headers: headers.map((h) => h.trim()),
    records: records.map((cells, i) => ({ row: rowNumbers[i + 1]!, cells })),
  };
  const problems = checkCells(table, file, encoding);
  if (problems.length > 0) throw new InvalidInputError(problems);
  return table;
}

/** A person who saves a login page as "export.csv" gets told so, not a list of missing columns. */
export function looksLikeHtml(bytes: Uint8Array): boolean {
  const start = new TextDecoder('utf-8')
    .decode(bytes.subarray(0, 512))
    .replace(/^\uFEFF/, '')
    .trimStart()
    .toLowerCase();
  return start.startsWith('<!doctype html') || start.startsWith('<html') || (start.startsWith('<') && start.includes('<body'));
}

/** CSV or XLSX, told apart by content rather than by file name. */
export async function readTable(bytes: Uint8Array, file: string, options: { sheet?: string; limits?: ReadLimits } = {}): Promise<Table> {
  const limits = options.limits ?? DEFAULT_LIMITS;
  if (bytes.length === 0) throw new InvalidInputError([{ file, message: 'the file is empty: expected a header row and at least one data row' }]);
  if (bytes.length > limits.maxBytes) {
    throw new InvalidInputError([
      { file, message: `the file is ${formatBytes(bytes.length)}, more than the limit of ${formatBytes(limits.maxBytes)} (HHH_MAX_SOURCE_MB)` },
    ]);
  }
  if (isXlsx(bytes)) {
    const table = await readXlsxTable(bytes, file, options.sheet, limits);
    const problems = checkCells(table, file);
    if (problems.length > 0) throw new InvalidInputError(problems);
    return table;
  }
  if (looksLikeHtml(bytes)) throw new InvalidInputError([{ file, message: 'this is an HTML page (a login page?), not an export: expected CSV or XLSX' }]);
  return readCsvTable(bytes, file);
}
