/**
 * Hostile workbooks, generated here and small: a zip directory that understates a sheet's size
 * (a CPU bomb: the whole stream would be decoded), an honest but extreme compression ratio, and a
 * sheet stored outside xl/worksheets/, where the row count once did not look. Each is refused with
 * a message naming the file and the entry, within seconds.
 */
import { constants, deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS } from './limits';
import { InvalidInputError } from './problems';
import { readTable } from './read-table';
import { forgedZip, HEADER, minimalXlsx, minimalXlsxParts, VALID_ROWS } from './test-tables';

const MB = 1024 * 1024;

/** A raw deflate stream of `head`, `copies` MB of spaces, and `tail`, built from pieces: about 1 KB per MB. */
function spacedStream(head: string, copies: number, tail: string): Buffer {
  const flush = { finishFlush: constants.Z_SYNC_FLUSH, level: 9 };
  const megabyte = deflateRawSync(Buffer.alloc(MB, ' '), flush);
  return Buffer.concat([deflateRawSync(head, flush), ...Array<Buffer>(copies).fill(megabyte), deflateRawSync(tail)]);
}

/** The minimal workbook with its sheet replaced by `stream`, which the directory says inflates to `declaredSize`. */
function workbookWithSheet(stream: Uint8Array, declaredSize: number): Uint8Array {
  const parts = minimalXlsxParts([HEADER.split(',')]);
  return forgedZip(
    Object.entries(parts).map(([name, data]) =>
      name === 'xl/worksheets/sheet1.xml' ? { name, data: stream, method: 8, declaredSize } : { name, data, method: 0, declaredSize: data.length },
    ),
  );
}

const SHEET_HEAD =
  '<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>Medlem</t></is></c></row>';
const SHEET_TAIL = '</sheetData></worksheet>';

async function refusal(bytes: Uint8Array, file: string, limits = DEFAULT_LIMITS): Promise<string> {
  try {
    await readTable(bytes, file, { limits });
  } catch (error) {
    expect(error).toBeInstanceOf(InvalidInputError);
    return (error as InvalidInputError).problems.map((p) => `${p.file}: ${p.message}`).join('\n');
  }
  throw new Error(`${file} was read`);
}

describe('an XLSX file is unpacked within bounds it cannot lie about', () => {
  it('stops inflating a sheet at its declared size when the directory understates it (1 GB declared as 20 KB)', { timeout: 30_000 }, async () => {
    const stream = spacedStream(SHEET_HEAD, 1024, SHEET_TAIL);
    const bomb = workbookWithSheet(stream, 20 * 1024);
    expect(bomb.length).toBeLessThan(2 * MB);
    const started = performance.now();
    const message = await refusal(bomb, 'lying.xlsx');
    expect(performance.now() - started).toBeLessThan(3_000);
    expect(message).toMatch(
      /^lying\.xlsx: the entry xl\/worksheets\/sheet1\.xml inflates to more than the 20480 bytes the archive declares for it: the archive lies about its size/,
    );
  });

  it('refuses a compression ratio above the limit before inflating, naming the entry (50 MB from about 50 KB)', { timeout: 30_000 }, async () => {
    const stream = spacedStream(SHEET_HEAD, 50, SHEET_TAIL);
    const declared = Buffer.byteLength(SHEET_HEAD) + 50 * MB + Buffer.byteLength(SHEET_TAIL);
    const started = performance.now();
    const message = await refusal(workbookWithSheet(stream, declared), 'ratio.xlsx');
    expect(performance.now() - started).toBeLessThan(1_000);
    expect(message).toMatch(
      /^ratio\.xlsx: the entry xl\/worksheets\/sheet1\.xml declares 50\.0 MB compressed into \d+ bytes \(\d{3,}:1\), more than the 100:1 a workbook reaches: a decompression bomb, refused before unpacking/,
    );
  });
});

describe('the row limit', () => {
  const header = HEADER.split(',').slice(0, 3);
  const row = VALID_ROWS[0]!.split(',').slice(0, 3);
  const limits = { ...DEFAULT_LIMITS, maxXlsxRows: 100 };

  it('applies to the sheet the workbook names, wherever the archive stores it', async () => {
    for (const sheetPath of ['custom/data.xml', 'xl/elsewhere/sheet.xml', 'sheet1.xml']) {
      const workbook = minimalXlsx([header, row], { repeatLastRow: 149, sheetPath });
      // The reader does read the sheet from there: the limit is what stops it.
      expect((await readTable(workbook, 'moved.xlsx', { limits: { ...limits, maxXlsxRows: 1000 } })).records, sheetPath).toHaveLength(150);
      expect(await refusal(workbook, 'moved.xlsx', limits), sheetPath).toMatch(
        new RegExp(
          `^moved\\.xlsx: the sheet ${sheetPath.replace(/^xl\/worksheets\//, '').replace(/\./g, '\\.')} has 151 rows, more than the 100 the XLSX reader handles`,
        ),
      );
    }
  });
});
