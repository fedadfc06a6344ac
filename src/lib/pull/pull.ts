/**
 * The pull, end to end: fetch the export (file or authenticated URL), read it (CSV or XLSX), map
 * its columns, validate, join the registries and the catalogue, keep only public fields, compare
 * with the last good dataset (guard, changes), and write data/dataset.json atomically. Nothing is
 * written unless every step succeeded, so a failed pull leaves the last good dataset untouched.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { readCatalogue } from '../catalogue';
import { indexRegistry, readRegistry } from '../registry';
import { Dataset } from '../schema';
import { buildDataset } from './build-dataset';
import { parseColumnMap } from './column-map';
import { compareDatasets, guardRefusal, recordChanges, type DatasetDiff } from './compare';
import { downloadSource, type DownloadOptions } from './fetch-source';
import { parseRows } from './parse-rows';
import { InvalidInputError, type Problem } from './problems';
import { readTable } from './read-table';
import { writeFileAtomic } from './write-atomic';

export const DEFAULT_MAX_DROP_SHARE = 0.1;

/** The pull would lose more than allowed; the pull exits with code 4. */
export class GuardRefusedError extends Error {
  constructor(
    message: string,
    readonly diff: DatasetDiff,
  ) {
    super(message);
    this.name = 'GuardRefusedError';
  }
}

export interface PullOptions {
  /** A local path, or an http(s) URL. */
  source: string;
  columnsPath: string;
  registryDirectory: string;
  cataloguePath: string;
  /** The embedded demo export: a source with the same bytes is flagged as demo data. */
  demoSourcePath: string;
  /** Where the dataset lives: read as the last good one, written unless dryRun. */
  outputPath: string;
  sheet?: string;
  /** Keep a copy of the downloaded export (for the privacy check over dist/); never inside dist/. */
  saveSourceTo?: string;
  dryRun?: boolean;
  acceptDrop?: boolean;
  maxDropShare?: number;
  download?: DownloadOptions;
  now?: Date;
  log?: (line: string) => void;
}

export interface PullSummary {
  dataset: Dataset;
  diff: DatasetDiff | undefined;
  rowsRead: number;
  rowsAccepted: number;
  mergedDuplicates: number;
  warnings: Problem[];
  written: boolean;
  /** Why the guard refuses (or, in a dry run, would refuse) this pull. */
  refusal: string | undefined;
}

export function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

export const isUrl = (source: string) => /^https?:\/\//i.test(source);

function readPreviousDataset(path: string, log: (line: string) => void): Dataset | undefined {
  if (!existsSync(path)) return undefined;
  const result = Dataset.safeParse(JSON.parse(readFileSync(path, 'utf8')));
  if (!result.success) {
    log(`pull: warning: the existing ${basename(path)} does not match the schema; it is not used for comparison`);
    return undefined;
  }
  return result.data;
}

export async function pull(options: PullOptions): Promise<PullSummary> {
  const log = options.log ?? (() => {});
  const now = options.now ?? new Date();
  // Read everything local first: a broken column map or registry fails before any download.
  const map = parseColumnMap(JSON.parse(readFileSync(options.columnsPath, 'utf8')), basename(options.columnsPath));
  const registry = readRegistry(options.registryDirectory);
  const index = indexRegistry(registry);
  const catalogue = readCatalogue(options.cataloguePath);

  let bytes: Uint8Array;
  let file: string;
  let sourceName: string;
  if (isUrl(options.source)) {
    const download = await downloadSource(options.source, { log, ...options.download });
    bytes = download.bytes;
    file = download.name;
    sourceName = download.safeUrl;
    log(`pull: downloaded ${bytes.length} bytes from ${download.safeUrl}`);
  } else {
    bytes = readFileSync(options.source);
    file = basename(options.source);
    sourceName = file;
  }
  if (options.saveSourceTo) writeFileSync(options.saveSourceTo, bytes);

  const table = await readTable(bytes, file, { sheet: options.sheet });
  log(`pull: read ${table.records.length} rows from ${file}`);
  const parsed = parseRows(table, map, file, index, catalogue, (done) => log(`pull: validated ${done} of ${table.records.length} rows`));
  if (parsed.problems.length > 0) throw new InvalidInputError(parsed.problems);

  const checksum = sha256(bytes);
  const built = buildDataset({
    rows: parsed.rows,
    file,
    registry,
    index,
    catalogue,
    source: {
      name: sourceName,
      sha256: checksum,
      pulledAt: now.toISOString(),
      rows: table.records.length,
      isDemo: checksum === sha256(readFileSync(options.demoSourcePath)),
    },
  });

  const previous = readPreviousDataset(options.outputPath, log);
  const diff = previous ? compareDatasets(previous, built.dataset) : undefined;
  const dataset: Dataset = { ...built.dataset, changes: recordChanges(previous, built.dataset, now.toISOString().slice(0, 10)) };
  const summary = { dataset, diff, rowsRead: table.records.length, rowsAccepted: parsed.rows.length, mergedDuplicates: built.mergedDuplicates, warnings: [...parsed.warnings, ...built.warnings] };

  const refusal = diff && !options.acceptDrop ? guardRefusal(diff, options.maxDropShare ?? DEFAULT_MAX_DROP_SHARE) : undefined;
  if (options.dryRun) return { ...summary, written: false, refusal };
  if (refusal && diff) throw new GuardRefusedError(`refused: ${refusal}. If this is right, pull again with --accept-drop.`, diff);
  writeFileAtomic(options.outputPath, `${JSON.stringify(Dataset.parse(dataset), null, 1)}\n`);
  return { ...summary, written: true, refusal };
}
