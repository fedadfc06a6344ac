/**
 * Fuzz: random corruption of a valid export (bytes flipped, cut, duplicated; separators, quotes
 * and newlines inserted) must never crash the pull: every run ends in a valid dataset or a clean
 * InvalidInputError. Seeded, so a failure can be replayed.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import writeXlsxFile from 'write-excel-file/node';
import { PATHS } from '../paths';
import { seededRandom, type Random } from '../random';
import { Dataset } from '../schema';
import { InvalidInputError } from './problems';
import { pull } from './pull';

const INSERTS = [',', ';', '"', '\n', '\r\n', '""', '\u0000', 'æøå', '\uFEFF', '<html>', '9'.repeat(12), '-', '.', ' '];

function corrupt(bytes: Uint8Array, random: Random): Uint8Array {
  let out = Buffer.from(bytes);
  const edits = 1 + Math.floor(random() * 6);
  for (let e = 0; e < edits; e++) {
    const at = Math.floor(random() * out.length);
    const kind = Math.floor(random() * 5);
    if (kind === 0) out[at] = Math.floor(random() * 256);
    else if (kind === 1) out = out.subarray(0, at);
    else if (kind === 2) out = Buffer.concat([out.subarray(0, at), out.subarray(Math.min(out.length, at + Math.floor(random() * 200)))]);
    else if (kind === 3) out = Buffer.concat([out.subarray(0, at), Buffer.from(INSERTS[Math.floor(random() * INSERTS.length)]!), out.subarray(at)]);
    else out = Buffer.concat([out, out.subarray(at, at + Math.floor(random() * 300))]);
  }
  return out;
}

async function outcome(bytes: Uint8Array, directory: string, name: string): Promise<'valid' | 'invalid'> {
  const source = join(directory, name);
  writeFileSync(source, bytes);
  try {
    const { dataset } = await pull({
      source,
      columnsPath: PATHS.demoColumns,
      registryDirectory: PATHS.registry,
      cataloguePath: PATHS.catalogue,
      demoSourcePath: PATHS.demoExport,
      outputPath: join(directory, 'dataset.json'),
      dryRun: true,
    });
    Dataset.parse(dataset);
    return 'valid';
  } catch (error) {
    if (error instanceof InvalidInputError) {
      expect(error.problems.length).toBeGreaterThan(0);
      return 'invalid';
    }
    throw new Error(`seeded corruption of ${name} crashed the pull: ${(error as Error).stack}`);
  }
}

describe('fuzzing the pull', () => {
  const directory = mkdtempSync(join(tmpdir(), 'fuzz-'));
  const sample = Buffer.from(readFileSync(PATHS.demoExport, 'utf8').split('\n').slice(0, 120).join('\n'));

  it('never crashes on corrupted CSV', { timeout: 60_000 }, async () => {
    const random = seededRandom(42);
    const seen = { valid: 0, invalid: 0 };
    for (let i = 0; i < 250; i++) seen[await outcome(corrupt(sample, random), directory, `csv-${i}.csv`)]++;
    // Both kinds of outcome occur, so the corruption is neither too mild nor too harsh to mean anything.
    expect(seen.valid).toBeGreaterThan(0);
    expect(seen.invalid).toBeGreaterThan(0);
  });

  it('never crashes on corrupted XLSX', { timeout: 60_000 }, async () => {
    // Parsed, not split on commas: vendor names such as "OverDrive, Inc." are quoted in the CSV.
    const rows = (parse(sample.toString('utf8'), { relax_column_count: true }) as string[][]).slice(0, 40).map((cells) => cells.slice(0, 11).map((value) => ({ value })));
    const workbook = await writeXlsxFile(rows).toBuffer();
    expect(await outcome(workbook, directory, 'intact.xlsx')).toBe('valid');
    const random = seededRandom(7);
    for (let i = 0; i < 60; i++) await outcome(corrupt(workbook, random), directory, `xlsx-${i}.xlsx`);
  });
});
