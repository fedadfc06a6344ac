/**
 * Reads the first (or a named) sheet of an XLSX export into the same Table shape as a CSV.
 * Dates formatted as dates arrive as Date objects and become ISO dates; numbers are kept as the
 * text Excel stored, so nothing is rounded; empty rows in the middle are kept so row numbers
 * match what a spreadsheet shows.
 */
// The "universal" entry unzips an in-memory buffer with fflate; the Node entry's streaming unzip
// never settles on some corrupted archives (found by pull.fuzz.test.ts), which would hang a pull.
import { readSheet, SheetNotFoundError } from 'read-excel-file/universal';
import { InvalidInputError } from './problems';
import type { Table } from './read-table';

export function isXlsx(bytes: Uint8Array): boolean {
  // XLSX is a zip archive: "PK\x03\x04".
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : value.toISOString().slice(0, 10);
  return String(value).trim();
}

export async function readXlsxTable(bytes: Uint8Array, file: string, sheet?: string): Promise<Table> {
  let rows: unknown[][];
  try {
    const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
    rows = (await readSheet(buffer, sheet ?? 1, { parseNumber: (text: string) => text })) as unknown[][];
  } catch (error) {
    if (error instanceof SheetNotFoundError) {
      const sheets = (error as SheetNotFoundError & { sheets?: string[] }).sheets ?? [];
      throw new InvalidInputError([{ file, message: `no sheet named "${sheet}"; the workbook has: ${sheets.join(', ') || 'no sheets'}` }]);
    }
    throw new InvalidInputError([{ file, message: `not a readable XLSX workbook (${(error as Error).message})` }]);
  }
  const [headers, ...records] = rows.map((row) => row.map(cellText));
  if (!headers || headers.every((h) => h === '')) {
    throw new InvalidInputError([{ file, message: 'the sheet is empty: expected a header row and at least one data row' }]);
  }
  return {
    headers,
    records: records.map((cells, i) => ({ row: i + 2, cells })).filter((r) => r.cells.some((c) => c !== '')),
  };
}
