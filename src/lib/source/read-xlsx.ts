/**
 * Reads the first (or a named) sheet of an XLSX export into the same Table shape as a CSV.
 * Dates formatted as dates arrive as Date objects and become ISO dates; numbers are kept as the
 * text Excel stored, so nothing is rounded; empty rows in the middle are kept so row numbers
 * match what a spreadsheet shows.
 *
 * An XLSX file is a zip archive, so before anything is inflated the archive's central directory
 * is checked: the sizes its entries declare (which fflate allocates, and never exceeds) must stay
 * within the limit, so a decompression bomb is refused in milliseconds. The sheets' rows are then
 * counted, because read-excel-file slows down and fails ("Maximum call stack size exceeded") on
 * very large sheets: beyond the limit the pull says so and suggests CSV.
 */
// The "universal" entry unzips an in-memory buffer with fflate; the Node entry's streaming unzip
// never settles on some corrupted archives (found by pull.fuzz.test.ts), which would hang a pull.
import { unzipSync } from 'fflate';
import { readSheet, SheetNotFoundError } from 'read-excel-file/universal';
import { DEFAULT_LIMITS, formatBytes, type ReadLimits } from './limits';
import { InvalidInputError } from './problems';
import type { Table } from './read-table';

export function isXlsx(bytes: Uint8Array): boolean {
  // XLSX is a zip archive: "PK\x03\x04".
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

export interface ZipEntry {
  name: string;
  compressedSize: number;
  uncompressedSize: number;
}

const MAX_ZIP_ENTRIES = 10_000;

/**
 * The entries a zip's central directory declares, found the way fflate finds them (the end record
 * searched from the end), or a reason the archive is refused before inflating.
 */
export function zipDirectory(bytes: Uint8Array): ZipEntry[] | string {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const u16 = (at: number) => view.getUint16(at, true);
  const u32 = (at: number) => view.getUint32(at, true);
  let end = bytes.length - 22;
  while (end >= 0 && u32(end) !== 0x06054b50) {
    if (bytes.length - end > 65_558) return 'no zip directory found (the file is cut short or damaged)';
    end--;
  }
  if (end < 0) return 'no zip directory found (the file is cut short or damaged)';
  const count = u16(end + 10);
  let at = u32(end + 16);
  if (count === 0xffff || at === 0xffffffff) return 'it is a ZIP64 archive (over 4 GB or 65,535 entries), far larger than an export';
  if (count > MAX_ZIP_ENTRIES) return `it has ${count} entries; a workbook has a few dozen`;
  const entries: ZipEntry[] = [];
  for (let i = 0; i < count; i++) {
    if (at + 46 > bytes.length || u32(at) !== 0x02014b50) return 'its zip directory is damaged';
    const nameLength = u16(at + 28);
    const compressedSize = u32(at + 20);
    const uncompressedSize = u32(at + 24);
    if (compressedSize === 0xffffffff || uncompressedSize === 0xffffffff) return 'it has ZIP64 entries (over 4 GB), far larger than an export';
    const name = new TextDecoder().decode(bytes.subarray(at + 46, Math.min(bytes.length, at + 46 + nameLength)));
    entries.push({ name, compressedSize, uncompressedSize });
    at += 46 + nameLength + u16(at + 30) + u16(at + 32);
  }
  return entries;
}

/** Rows in a sheet's XML: one `<row` element each (`<x:row` with a namespace prefix in some writers). */
function countRows(xml: Uint8Array): number {
  const text = Buffer.from(xml.buffer, xml.byteOffset, xml.byteLength);
  const isEnd = (at: number) => text[at] === 0x20 || text[at] === 0x3e || text[at] === 0x2f || text[at] === 0x09 || text[at] === 0x0a || text[at] === 0x0d;
  let rows = 0;
  for (let at = text.indexOf('<row'); at >= 0; at = text.indexOf('<row', at + 4)) if (isEnd(at + 4)) rows++;
  for (let at = text.indexOf(':row'); at >= 0; at = text.indexOf(':row', at + 4)) {
    if (!isEnd(at + 4)) continue;
    let start = at - 1;
    while (start >= 0 && at - start < 16 && /[\w.-]/.test(String.fromCharCode(text[start]!))) start--;
    if (start >= 0 && text[start] === 0x3c && start < at - 1) rows++;
  }
  return rows;
}

/** Refuses an archive whose declared content exceeds the limits, before read-excel-file inflates it. */
export function checkXlsxSize(bytes: Uint8Array, file: string, limits: ReadLimits = DEFAULT_LIMITS): void {
  const directory = zipDirectory(bytes);
  if (typeof directory === 'string') throw new InvalidInputError([{ file, message: `not a readable XLSX workbook: ${directory}` }]);
  const total = directory.reduce((sum, e) => sum + e.uncompressedSize, 0);
  if (total > limits.maxBytes) {
    throw new InvalidInputError([
      {
        file,
        message: `the workbook would inflate to ${formatBytes(total)} (from ${formatBytes(bytes.length)}), more than the limit of ${formatBytes(limits.maxBytes)} (HHH_MAX_SOURCE_MB): refused before unpacking`,
      },
    ]);
  }
  let sheets: Record<string, Uint8Array>;
  try {
    // Only the sheets, each allocated at its declared (checked) size, which fflate never exceeds.
    sheets = unzipSync(bytes, { filter: (f) => /^xl\/worksheets\/[^/]+\.xml$/i.test(f.name) });
  } catch (error) {
    throw new InvalidInputError([{ file, message: `not a readable XLSX workbook (${(error as Error).message})` }]);
  }
  for (const [name, xml] of Object.entries(sheets)) {
    const rows = countRows(xml);
    if (rows > limits.maxXlsxRows) {
      throw new InvalidInputError([
        {
          file,
          message: `the sheet ${name.replace(/^xl\/worksheets\//, '')} has ${rows} rows, more than the ${limits.maxXlsxRows} the XLSX reader handles (HHH_MAX_XLSX_ROWS): save the export as CSV, which is read up to 1,048,576 rows`,
        },
      ]);
    }
  }
}

function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : value.toISOString().slice(0, 10);
  return String(value).trim();
}

export async function readXlsxTable(bytes: Uint8Array, file: string, sheet?: string, limits: ReadLimits = DEFAULT_LIMITS): Promise<Table> {
  checkXlsxSize(bytes, file, limits);
  let rows: unknown[][];
  try {
    const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
    rows = (await readSheet(buffer, sheet ?? 1, { parseNumber: (text: string) => text })) as unknown[][];
  } catch (error) {
    if (error instanceof SheetNotFoundError) {
      const sheets = (error as SheetNotFoundError & { sheets?: string[] }).sheets ?? [];
      throw new InvalidInputError([{ file, message: `no sheet named "${sheet}"; the workbook has: ${sheets.join(', ') || 'no sheets'}` }]);
    }
    const message = (error as Error).message;
    if (/call stack/i.test(message)) {
      throw new InvalidInputError([
        { file, message: `the workbook is too large for the XLSX reader (${message}): save the export as CSV, or lower HHH_MAX_XLSX_ROWS` },
      ]);
    }
    throw new InvalidInputError([{ file, message: `not a readable XLSX workbook (${message})` }]);
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
