/**
 * The pull, end to end: read the export, map its columns, validate, join the registries and the
 * catalogue, drop everything private (only mapped public fields are ever read), and write
 * data/dataset.json atomically. Nothing is written unless the whole export is valid.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { readCatalogue } from '../catalogue';
import { indexRegistry, readRegistry } from '../registry';
import type { Dataset } from '../schema';
import { buildDataset } from './build-dataset';
import { parseColumnMap } from './column-map';
import { parseRows } from './parse-rows';
import { InvalidInputError, type Problem } from './problems';
import { readCsvTable } from './read-table';
import { writeFileAtomic } from './write-atomic';

export interface PullOptions {
  sourcePath: string;
  columnsPath: string;
  registryDirectory: string;
  cataloguePath: string;
  /** The embedded demo export: a source with the same bytes is flagged as demo data. */
  demoSourcePath: string;
  outputPath: string | null;
  now?: Date;
}

export interface PullSummary {
  dataset: Dataset;
  rowsRead: number;
  rowsAccepted: number;
  mergedDuplicates: number;
  warnings: Problem[];
}

export function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

export function pull(options: PullOptions): PullSummary {
  const file = basename(options.sourcePath);
  const bytes = readFileSync(options.sourcePath);
  const map = parseColumnMap(JSON.parse(readFileSync(options.columnsPath, 'utf8')), basename(options.columnsPath));
  const registry = readRegistry(options.registryDirectory);
  const index = indexRegistry(registry);
  const catalogue = readCatalogue(options.cataloguePath);

  const table = readCsvTable(bytes, file);
  const parsed = parseRows(table, map, file, index, catalogue);
  if (parsed.problems.length > 0) throw new InvalidInputError(parsed.problems);

  const checksum = sha256(bytes);
  const demoChecksum = sha256(readFileSync(options.demoSourcePath));
  const built = buildDataset({
    rows: parsed.rows,
    file,
    registry,
    index,
    catalogue,
    source: {
      name: file,
      sha256: checksum,
      pulledAt: (options.now ?? new Date()).toISOString(),
      rows: table.records.length,
      isDemo: checksum === demoChecksum,
    },
  });
  if (options.outputPath) writeFileAtomic(options.outputPath, `${JSON.stringify(built.dataset, null, 1)}\n`);
  return {
    dataset: built.dataset,
    rowsRead: table.records.length,
    rowsAccepted: parsed.rows.length,
    mergedDuplicates: built.mergedDuplicates,
    warnings: [...parsed.warnings, ...built.warnings],
  };
}
