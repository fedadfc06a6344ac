/**
 * Reads an export file into a header and records. CSV with comma or semicolon, UTF-8 with or
 * without BOM, or Windows-1252 as Excel writes it; quoted fields may hold separators and newlines.
 */
import { parse } from 'csv-parse/sync';
import { InvalidInputError } from './problems';
import { isXlsx, readXlsxTable } from './read-xlsx';

export interface TableRecord {
  /** The row number a spreadsheet shows for this record (the header is row 1). */
  row: number;
  cells: string[];
}

export interface Table {
  headers: string[];
  records: TableRecord[];
}

export function decodeText(bytes: Uint8Array): string {
  try {
    // fatal: invalid UTF-8 throws, and then it is most likely Windows-1252 from Excel.
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
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

export function readCsvTable(bytes: Uint8Array, file: string): Table {
  const text = decodeText(bytes);
  let rows: string[][];
  try {
    rows = parse(text, {
      delimiter: detectDelimiter(text),
      bom: true,
      relax_column_count: true,
    }) as string[][];
  } catch (error) {
    const e = error as Error & { lines?: number; code?: string };
    throw new InvalidInputError([{ file, row: e.lines, message: `not readable as CSV: ${e.message}` }]);
  }
  const [headers, ...records] = rows;
  if (!headers || headers.every((h) => h.trim() === '')) {
    throw new InvalidInputError([{ file, message: 'the file is empty: expected a header row and at least one data row' }]);
  }
  return {
    headers: headers.map((h) => h.trim()),
    // Blank lines are skipped but still counted, so row numbers match what a spreadsheet shows.
    records: records
      .map((cells, i) => ({ row: i + 2, cells }))
      .filter((r) => r.cells.some((cell) => cell.trim() !== '')),
  };
}

/** A person who saves a login page as "export.csv" gets told so, not a list of missing columns. */
export function looksLikeHtml(bytes: Uint8Array): boolean {
  const start = new TextDecoder('utf-8').decode(bytes.subarray(0, 512)).replace(/^\uFEFF/, '').trimStart().toLowerCase();
  return start.startsWith('<!doctype html') || start.startsWith('<html') || (start.startsWith('<') && start.includes('<body'));
}

/** CSV or XLSX, told apart by content rather than by file name. */
export async function readTable(bytes: Uint8Array, file: string, options: { sheet?: string } = {}): Promise<Table> {
  if (bytes.length === 0) throw new InvalidInputError([{ file, message: 'the file is empty: expected a header row and at least one data row' }]);
  if (isXlsx(bytes)) return readXlsxTable(bytes, file, options.sheet);
  if (looksLikeHtml(bytes)) throw new InvalidInputError([{ file, message: 'this is an HTML page (a login page?), not an export: expected CSV or XLSX' }]);
  return readCsvTable(bytes, file);
}
