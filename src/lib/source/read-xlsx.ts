/**
 * Reads the first (or a named) sheet of an XLSX export into the same Table shape as a CSV.
 * Dates formatted as dates arrive as Date objects and become ISO dates; numbers are kept as the
 * text Excel stored, so nothing is rounded; empty rows in the middle are kept so row numbers
 * match what a spreadsheet shows.
 *
 * An XLSX file is a zip archive, and everything its directory declares may be a lie. So the
 * archive is unpacked here, not by the reader: the declared sizes must add up to no more than the
 * limit and no entry may declare a compression ratio above MAX_COMPRESSION_RATIO (both refused
 * before inflating), and each entry is inflated with a hard cap at its declared size, so an entry
 * that understates its size stops at that size instead of inflating gigabytes (fflate keeps
 * decoding a stream past its output buffer, discarding the rest: minutes of CPU). The reader gets
 * a new archive of the checked entries, stored uncompressed. The rows of every XML part are then
 * counted (a sheet is found through the workbook's relationships, so it may be stored anywhere),
 * because read-excel-file slows down and fails ("Maximum call stack size exceeded") on very large
 * sheets: beyond the limit the pull says so and suggests CSV.
 */
import { inflateRawSync } from 'node:zlib';
// The "universal" entry unzips an in-memory buffer with fflate; the Node entry's streaming unzip
// never settles on some corrupted archives (found by pull.fuzz.test.ts), which would hang a pull.
import { zipSync } from 'fflate';
import { readSheet, SheetNotFoundError } from 'read-excel-file/universal';
import { DEFAULT_LIMITS, formatBytes, type ReadLimits } from './limits';
import { InvalidInputError } from './problems';
import type { Table } from './table';

export function isXlsx(bytes: Uint8Array): boolean {
  // XLSX is a zip archive: "PK\x03\x04".
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

export interface ZipEntry {
  name: string;
  compressedSize: number;
  uncompressedSize: number;
  /** 0 stored, 8 deflated. */
  method: number;
  /** General purpose flags; bit 0: encrypted. */
  flags: number;
  /** Where the entry's local header starts. */
  localOffset: number;
}

const MAX_ZIP_ENTRIES = 10_000;
/**
 * The highest ratio of declared to compressed size an entry over MIN_RATIO_CHECKED_BYTES may have.
 * Sheets compress about 5-20:1 (the demo export's sheet 9:1, 3,000 repeated rows 18:1); deflate
 * can reach about 1,000:1 only on runs of the same bytes, which is what a decompression bomb is.
 */
export const MAX_COMPRESSION_RATIO = 100;
const MIN_RATIO_CHECKED_BYTES = 1024 * 1024;

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
    entries.push({ name, compressedSize, uncompressedSize, method: u16(at + 10), flags: u16(at + 8), localOffset: u32(at + 42) });
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

/** The parts read-excel-file reads (it skips everything else): only these are unpacked and handed on. */
const isXmlPart = (name: string) => name.endsWith('.xml') || name.endsWith('.xml.rels');

/**
 * Unpacks the workbook's XML parts within the limits, or refuses it (InvalidInputError naming the
 * file and the entry): declared total over the limit, a declared ratio over MAX_COMPRESSION_RATIO,
 * an entry that inflates past (or short of) its declared size, a sheet over the row limit.
 */
export function unpackXlsx(bytes: Uint8Array, file: string, limits: ReadLimits = DEFAULT_LIMITS): Record<string, Uint8Array> {
  const refuse = (message: string): never => {
    throw new InvalidInputError([{ file, message }]);
  };
  const directory = zipDirectory(bytes);
  if (typeof directory === 'string') return refuse(`not a readable XLSX workbook: ${directory}`);
  const total = directory.reduce((sum, e) => sum + e.uncompressedSize, 0);
  if (total > limits.maxBytes) {
    refuse(
      `the workbook would inflate to ${formatBytes(total)} (from ${formatBytes(bytes.length)}), more than the limit of ${formatBytes(limits.maxBytes)} (HHH_MAX_SOURCE_MB): refused before unpacking`,
    );
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const parts: Record<string, Uint8Array> = {};
  for (const entry of directory.filter((e) => isXmlPart(e.name))) {
    const { name, compressedSize: packed, uncompressedSize: declared } = entry;
    const ratio = declared / Math.max(1, packed);
    if (declared > MIN_RATIO_CHECKED_BYTES && ratio > MAX_COMPRESSION_RATIO) {
      refuse(
        `the entry ${name} declares ${formatBytes(declared)} compressed into ${formatBytes(packed)} (${Math.round(ratio)}:1), more than the ${MAX_COMPRESSION_RATIO}:1 a workbook reaches: a decompression bomb, refused before unpacking`,
      );
    }
    if (Object.hasOwn(parts, name)) refuse(`the entry ${name} appears twice in the archive`);
    if (entry.flags & 1) refuse(`the entry ${name} is encrypted: save the export without a password`);
    const at = entry.localOffset;
    if (at + 30 > bytes.length || view.getUint32(at, true) !== 0x04034b50) refuse(`not a readable XLSX workbook: the entry ${name} is damaged`);
    const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
    if (start + packed > bytes.length) refuse(`not a readable XLSX workbook: the entry ${name} is cut short`);
    const data = bytes.subarray(start, start + packed);
    let content: Uint8Array = data;
    if (entry.method === 8) {
      try {
        // A hard cap: zlib stops as soon as the output passes the declared size.
        content = inflateRawSync(data, { maxOutputLength: Math.max(1, declared) });
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') {
          refuse(
            `the entry ${name} inflates to more than the ${formatBytes(declared)} the archive declares for it: the archive lies about its size (a decompression bomb); unpacking stopped there`,
          );
        }
        refuse(`not a readable XLSX workbook: the entry ${name} is damaged (${(error as Error).message})`);
      }
    } else if (entry.method !== 0) {
      refuse(`the entry ${name} uses compression method ${entry.method}; a workbook uses deflate`);
    }
    if (content.length !== declared) {
      refuse(
        `the entry ${name} unpacks to ${formatBytes(content.length)}, not the ${formatBytes(declared)} the archive declares: the archive is damaged or forged`,
      );
    }
    parts[name] = content;
  }
  // Every XML part, wherever it is stored: a sheet is wherever the workbook's relationships say.
  for (const [name, xml] of Object.entries(parts)) {
    const rows = countRows(xml);
    if (rows > limits.maxXlsxRows) {
      refuse(
        `the sheet ${name.replace(/^xl\/worksheets\//, '')} has ${rows} rows, more than the ${limits.maxXlsxRows} the XLSX reader handles (HHH_MAX_XLSX_ROWS): save the export as CSV, which is read up to 1,048,576 rows`,
      );
    }
  }
  return parts;
}

function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : value.toISOString().slice(0, 10);
  return String(value).trim();
}

export async function readXlsxTable(bytes: Uint8Array, file: string, sheet?: string, limits: ReadLimits = DEFAULT_LIMITS): Promise<Table> {
  // The reader sees only what was checked, stored as it was unpacked: nothing left to inflate.
  const checked = zipSync(unpackXlsx(bytes, file, limits), { level: 0 });
  let rows: unknown[][];
  try {
    const buffer = checked.buffer.slice(checked.byteOffset, checked.byteOffset + checked.byteLength) as ArrayBuffer;
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
