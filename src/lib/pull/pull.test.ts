import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { PATHS } from '../paths';
import { Dataset } from '../schema';
import { InvalidInputError } from './problems';
import { pull, type PullOptions } from './pull';

let directory: string;
let options: PullOptions;

beforeEach(() => {
  directory = mkdtempSync(join(tmpdir(), 'pull-'));
  options = {
    sourcePath: PATHS.demoExport,
    columnsPath: PATHS.demoColumns,
    registryDirectory: PATHS.registry,
    cataloguePath: PATHS.catalogue,
    demoSourcePath: PATHS.demoExport,
    outputPath: join(directory, 'dataset.json'),
    now: new Date('2026-11-25T12:00:00Z'),
  };
});

describe('pull on the embedded demo export', () => {
  it('writes a valid dataset, flagged as demo, with source name, checksum and time', () => {
    const summary = pull(options);
    const written = Dataset.parse(JSON.parse(readFileSync(options.outputPath!, 'utf8')));
    expect(written).toEqual(summary.dataset);
    expect(written.source).toMatchObject({ name: 'demo-export.csv', isDemo: true, pulledAt: '2026-11-25T12:00:00.000Z', rows: summary.rowsRead });
    expect(written.source.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(summary.rowsAccepted).toBe(summary.rowsRead);
    expect(written.libraries.filter((l) => l.kind === 'public')).toHaveLength(352);
    expect(written.municipalities).toHaveLength(357);
  });

  it('leaves out every private column', () => {
    pull(options);
    const text = readFileSync(options.outputPath!, 'utf8');
    expect(text).not.toMatch(/@|Kontakt|Pris|\+47/);
  });

  it('flags a copy of the demo export as demo, and an edited one not', () => {
    const copy = join(directory, 'copy.csv');
    copyFileSync(PATHS.demoExport, copy);
    expect(pull({ ...options, sourcePath: copy }).dataset.source.isDemo).toBe(true);
    writeFileSync(copy, readFileSync(PATHS.demoExport, 'utf8').replace(/\n$/, '\n\n'));
    expect(pull({ ...options, sourcePath: copy }).dataset.source.isDemo).toBe(false);
  });
});

describe('a failed pull', () => {
  it('leaves the last good dataset byte-identical', () => {
    pull(options);
    const before = readFileSync(options.outputPath!);
    const broken = join(directory, 'broken.csv');
    writeFileSync(broken, readFileSync(PATHS.demoExport, 'utf8').replace(',Bekreftet,', ',Kanskje,'));
    expect(() => pull({ ...options, sourcePath: broken })).toThrow(InvalidInputError);
    expect(readFileSync(options.outputPath!).equals(before)).toBe(true);
  });

  it('reports the broken row by file, row and column', () => {
    const broken = join(directory, 'broken.csv');
    const lines = readFileSync(PATHS.demoExport, 'utf8').split('\n');
    lines[9] = lines[9]!.replace(',Bekreftet,', ',Kanskje,');
    writeFileSync(broken, lines.join('\n'));
    expect(() => pull({ ...options, sourcePath: broken })).toThrow(/broken\.csv, row 10, column "Status": unknown status "Kanskje"/);
  });
});
