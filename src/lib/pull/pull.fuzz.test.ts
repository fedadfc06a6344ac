import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import writeXlsxFile from 'write-excel-file/node';
import { PATHS } from '../paths';
import { seededRandom, type Random } from '../demo/random';
import { Dataset } from '../dataset/schema';
import { InvalidInputError } from '../source/problems';
import { FORBIDDEN_CHARACTER } from '../source/read-table';
import { GuardRefusedError, pull } from './pull';
import { pullOptions } from './test-fixtures';
import { INVISIBLE_CONTROL } from './clean-text';

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
    const rows = (parse(sample.toString('utf8'), { relax_column_count: true }) as string[][])
      .slice(0, 40)
      .map((cells) => cells.slice(0, 11).map((value) => ({ value })));
    const workbook = await writeXlsxFile(rows).toBuffer();
    expect(await outcome(workbook, directory, 'intact.xlsx')).toBe('valid');
    const random = seededRandom(7);
    for (let i = 0; i < 60; i++) await outcome(corrupt(workbook, random), directory, `xlsx-${i}.xlsx`);
  });
});

/** Every string in a value, however deep. */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}

const HOSTILE = [
  '\u0000',
  '\u000b',
  '\u000c',
  '\u001b[31m',
  '\u007f',
  '\u0085',
  '\u009b',
  '\ud800',
  '\udfff',
  '\ufffe',
  '\uffff',
  '\u202e',
  '\r',
  '\n',
  '\r\n',
  '"',
  ',',
  ';',
];

/** One hostile edit of a CSV line: a control character, an oversized field, or a lone line break. */
function hostileEdit(line: string, random: Random): string {
  const at = Math.floor(random() * (line.length + 1));
  const kind = Math.floor(random() * 3);
  const insert =
    kind === 0
      ? HOSTILE[Math.floor(random() * HOSTILE.length)]!
      : kind === 1
        ? 'x'.repeat(30_000 + Math.floor(random() * 10_000))
        : `"${'y'.repeat(Math.floor(random() * 50))}"`;
  return line.slice(0, at) + insert + line.slice(at);
}

/** The text in a random encoding, as exports arrive: UTF-8 with or without BOM, UTF-16 either way, Windows-1252. */
function encodeAs(text: string, random: Random): Uint8Array {
  const kind = Math.floor(random() * 5);
  if (kind === 0) return Buffer.from(text, 'utf8');
  if (kind === 1) return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]);
  if (kind === 2) return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
  if (kind === 3) return Buffer.from(text, 'utf16le').swap16();
  return Buffer.from(text, 'latin1');
}

describe('fuzzing the pull against a last good dataset', () => {
  const directory = mkdtempSync(join(tmpdir(), 'fuzz-dataset-'));
  const lines = readFileSync(PATHS.demoExport, 'utf8').trimEnd().split('\n').slice(0, 80);
  const base = pullOptions(directory, {
    lock: { waitMs: 0 },
  });
  const good = join(directory, 'good.json');

  it('reads every mix of line endings as the same dataset', { timeout: 60_000 }, async () => {
    const source = join(directory, 'endings.csv');
    writeFileSync(source, `${lines.join('\n')}\n`);
    const reference = (await pull({ ...base, source, dryRun: true })).dataset;
    const random = seededRandom(2026);
    for (let i = 0; i < 25; i++) {
      const endings = ['\r\n', '\n', '\r'];
      writeFileSync(source, lines.map((line) => line + endings[Math.floor(random() * 3)]).join(''));
      const { dataset } = await pull({ ...base, source, dryRun: true });
      expect(dataset.subscriptions, `run ${i}`).toEqual(reference.subscriptions);
      expect(dataset.source.rows, `run ${i}`).toBe(reference.source.rows);
    }
  });

  it('ends every hostile export in a clean dataset or a documented refusal, the last good dataset byte-identical', { timeout: 120_000 }, async () => {
    const source = join(directory, 'hostile.csv');
    writeFileSync(source, `${lines.join('\n')}\n`);
    await pull({ ...base, source });
    copyFileSync(base.outputPath, good);
    const before = readFileSync(good);
    const random = seededRandom(13);
    const seen = { written: 0, invalid: 0, refused: 0 };
    for (let i = 0; i < 120; i++) {
      const edited = [...lines];
      for (let e = 0, edits = 1 + Math.floor(random() * 3); e < edits; e++) {
        const row = 1 + Math.floor(random() * (edited.length - 1));
        edited[row] = hostileEdit(edited[row]!, random);
      }
      let bytes = encodeAs(`${edited.join(random() < 0.5 ? '\r\n' : '\n')}\n`, random);
      if (random() < 0.3) bytes = corrupt(bytes, random);
      writeFileSync(source, bytes);
      try {
        const { dataset } = await pull({ ...base, source });
        Dataset.parse(dataset);
        const bad = strings(dataset).find((text) => FORBIDDEN_CHARACTER.test(text));
        expect(bad, `run ${i} wrote a forbidden character`).toBeUndefined();
        const invisible = strings(dataset).find((text) => new RegExp(INVISIBLE_CONTROL.source).test(text));
        expect(invisible, `run ${i} wrote a bidi or zero-width character`).toBeUndefined();
        seen.written++;
        copyFileSync(good, base.outputPath);
      } catch (error) {
        if (error instanceof InvalidInputError) seen.invalid++;
        else if (error instanceof GuardRefusedError) seen.refused++;
        else throw new Error(`run ${i} crashed the pull: ${(error as Error).stack}`);
        expect(readFileSync(base.outputPath).equals(before), `run ${i} changed the last good dataset`).toBe(true);
      }
    }
    // Every kind of outcome occurs, so the edits are neither too mild nor too harsh to mean anything.
    expect(seen.written).toBeGreaterThan(0);
    expect(seen.invalid).toBeGreaterThan(0);
  });
});
