/**
 * The pull, end to end: fetch the export (file or authenticated URL), read it (CSV or XLSX), map
 * its columns, validate, join the registries and the catalogue, keep only public fields, compare
 * with the last good dataset (guard, changes), and write data/dataset.json atomically. Nothing is
 * written unless every step succeeded, so a failed pull leaves the last good dataset untouched.
 */
import { existsSync, readFileSync, realpathSync } from 'node:fs';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { z } from 'zod';
import { readCatalogue } from '../catalogue';
import { PATHS } from '../paths';
import { indexRegistry, readRegistry } from '../registry';
import { Dataset, DatasetChange, Subscription } from '../schema';
import { buildDataset } from './build-dataset';
import { parseColumnMap } from './column-map';
import { compareDatasets, guardRefusal, recordChanges, type DatasetDiff } from './compare';
import { acquireDatasetLock, type LockOptions } from './dataset-lock';
import type { DownloadOptions } from '../source/fetch';
import { DEFAULT_LIMITS, type ReadLimits } from '../source/limits';
import { InvalidInputError, type Problem } from '../source/problems';
import { isUrl, readSource, sha256 } from '../source/read-source';
import { readTable } from '../source/read-table';
import { removeLeftoverTemporaryFiles, writeFileAtomic } from '../source/write-atomic';
import { parseRows } from './parse-rows';
import { growCatalogue } from './catalogue-from-export';
import { declaresDemo } from './demo-marker';
import { keepHistory } from './keep-history';
import { aliasesById, readAliases, withAliases } from '../aliases';
import { checkUnplacedShare, DEFAULT_MAX_UNPLACED_SHARE, describeUnplaced, type UnplacedRow } from './placement';

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
  /** Where the dataset lives: read as the last good one, written unless dryRun. */
  outputPath: string;
  sheet?: string;
  /**
   * Keep a copy of the downloaded export (for the privacy check over dist/): written only when the
   * pull succeeds, and never inside dist/ (refused before anything is fetched).
   */
  saveSourceTo?: string;
  /** The site's output folder, where the export must never be saved (default dist/). */
  distDirectory?: string;
  limits?: ReadLimits;
  lock?: LockOptions;
  dryRun?: boolean;
  acceptDrop?: boolean;
  maxDropShare?: number;
  /** Share of rows that may be unplaceable (left out, listed) before the pull refuses (exit 2). */
  maxUnplacedShare?: number;
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
  /** Rows left out of the figures (listed on the data-quality page). */
  unplaced: UnplacedRow[];
  /** Products the catalogue lacked, published as "not yet described". */
  createdServices: string[];
  /** Products the export no longer lists whose history was kept from the last good dataset. */
  keptServices: string[];
  written: boolean;
  /** Why the guard refuses (or, in a dry run, would refuse) this pull. */
  refusal: string | undefined;
}

/** What the guard and the change record need from the last good dataset (checked when the full schema no longer fits). */
const GuardedPart = z.object({
  subscriptions: z.array(Subscription),
  services: z.array(z.object({ id: z.string() })),
  changes: z.array(DatasetChange).optional(),
});

/**
 * The last good dataset, for the guard and the change record. Missing: a first pull, said so in
 * the log. Unreadable, cut short or not a dataset: an error (exit 2), never a silently skipped guard.
 */
function readPreviousDataset(path: string, log: (line: string) => void): Dataset | undefined {
  const file = basename(path);
  const fail = (message: string): never => {
    throw new InvalidInputError([
      {
        file,
        message: `${message}. The guard can't compare with it, so nothing is written: restore the last good dataset (the nightly keeps it in its cache), or remove ${path} to start a new history (its change records are then lost)`,
      },
    ]);
  };
  if (!existsSync(path)) {
    log(`pull: no last good dataset at ${path}: a first pull, so the guard has nothing to compare with and no changes are recorded`);
    return undefined;
  }
  let text = '';
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    fail(`the last good dataset can't be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    fail(`the last good dataset is not valid JSON (${text.length === 0 ? 'the file is empty' : `cut short or damaged: ${(error as Error).message}`})`);
  }
  const full = Dataset.safeParse(json);
  if (full.success) return full.data;
  // An older schema still serves the guard if the parts it compares are intact; say so.
  const part = GuardedPart.safeParse(json);
  const issue = full.error.issues[0];
  const where = issue ? `${issue.path.join('.') || '(top)'}: ${issue.message}` : 'unknown';
  if (!part.success) fail(`the last good dataset does not match the dataset schema (${where})`);
  log(`pull: the last good dataset does not match the current schema (${where}); the guard compares its subscriptions, which are intact`);
  return json as Dataset;
}

/** The real location of `path`, also when it or a folder above it is a symbolic link or does not exist yet. */
function realLocation(path: string): string {
  const absolute = resolve(path);
  let existing = absolute;
  while (!existsSync(existing) && dirname(existing) !== existing) existing = dirname(existing);
  return resolve(realpathSync(existing), relative(existing, absolute));
}

function isInside(path: string, directory: string): boolean {
  const from = realLocation(directory);
  const to = realLocation(path);
  return to === from || to.startsWith(from + sep);
}

export async function pull(options: PullOptions): Promise<PullSummary> {
  const log = options.log ?? (() => {});
  const now = options.now ?? new Date();
  const limits = options.limits ?? DEFAULT_LIMITS;
  if (options.saveSourceTo && isInside(options.saveSourceTo, options.distDirectory ?? PATHS.dist)) {
    throw new InvalidInputError([
      {
        file: options.saveSourceTo,
        message: 'refusing to save the export inside the site folder (dist/), from where it would be published: choose a path outside it',
      },
    ]);
  }
  // Read everything local first: a broken column map or registry fails before any download.
  let columnsJson: unknown;
  try {
    columnsJson = JSON.parse(readFileSync(options.columnsPath, 'utf8'));
  } catch (error) {
    throw new InvalidInputError([{ file: basename(options.columnsPath), message: `the column map is not readable JSON (${(error as Error).message})` }]);
  }
  const map = parseColumnMap(columnsJson, basename(options.columnsPath));
  const registry = readRegistry(options.registryDirectory);
  const index = indexRegistry(registry);
  const catalogue = readCatalogue(options.cataloguePath);
  const knownAs = aliasesById(readAliases(join(options.registryDirectory, 'aliases.json')));

  const {
    bytes,
    file,
    recordedAs: sourceName,
  } = await readSource(options.source, {
    maxBytes: limits.maxBytes,
    maxBytesSetting: 'HHH_MAX_SOURCE_MB',
    download: { log, credentialSetting: 'HHH_SOURCE_TOKEN or HHH_SOURCE_HEADER', ...options.download },
  });
  if (isUrl(options.source)) log(`pull: downloaded ${bytes.length} bytes from ${sourceName}`);

  const table = await readTable(bytes, file, { sheet: options.sheet, limits });
  log(`pull: read ${table.records.length} rows from ${file}`);
  const parsed = parseRows(table, map, file, index, catalogue, (done) => log(`pull: validated ${done} of ${table.records.length} rows`));
  if (parsed.problems.length > 0) throw new InvalidInputError(parsed.problems);
  checkUnplacedShare(parsed.unplaced, table.records.length, options.maxUnplacedShare ?? DEFAULT_MAX_UNPLACED_SHARE, file);
  const grown = growCatalogue(catalogue, parsed.rows, file, sourceName, now.toISOString().slice(0, 10));

  const checksum = sha256(bytes);
  const built = buildDataset({
    rows: grown.rows,
    file,
    registry,
    index,
    catalogue: grown.catalogue,
    source: {
      name: sourceName,
      sha256: checksum,
      pulledAt: now.toISOString(),
      rows: table.records.length,
      // Declared by the export (its demo column), never inferred from its bytes.
      isDemo: declaresDemo(table.headers, map),
    },
  });

  // From reading the last good dataset to writing the new one, no other pull may write it: the
  // lock makes a second pull wait, so neither loses the other's change records.
  const release = options.dryRun ? () => {} : await acquireDatasetLock(options.outputPath, { log, ...options.lock });
  try {
    if (!options.dryRun) removeLeftoverTemporaryFiles(options.outputPath, log);
    const previous = readPreviousDataset(options.outputPath, log);
    const history = keepHistory(previous, built.dataset);
    const next = { ...history.dataset, libraries: withAliases(history.dataset.libraries, knownAs), dataQuality: { unplaced: parsed.unplaced } };
    const diff = previous ? compareDatasets(previous, next) : undefined;
    const dataset: Dataset = { ...next, changes: recordChanges(previous, next, now.toISOString().slice(0, 10)) };
    const summary = {
      dataset,
      diff,
      rowsRead: table.records.length,
      rowsAccepted: parsed.rows.length,
      mergedDuplicates: built.mergedDuplicates,
      warnings: [...parsed.warnings, ...grown.warnings, ...parsed.unplaced.map((u) => ({ file, row: u.row, message: describeUnplaced(u) })), ...built.warnings],
      unplaced: parsed.unplaced,
      createdServices: grown.created,
      keptServices: history.kept,
    };

    const refusal = diff && !options.acceptDrop ? guardRefusal(diff, options.maxDropShare ?? DEFAULT_MAX_DROP_SHARE) : undefined;
    if (!options.dryRun && refusal && diff) throw new GuardRefusedError(`refused: ${refusal}. If this is right, pull again with --accept-drop.`, diff);
    const content = options.dryRun ? '' : `${JSON.stringify(Dataset.parse(dataset), null, 1)}\n`;
    // The export is kept only now that it has been read, validated and accepted.
    if (options.saveSourceTo) writeFileAtomic(options.saveSourceTo, bytes);
    if (options.dryRun) return { ...summary, written: false, refusal };
    writeFileAtomic(options.outputPath, content);
    return { ...summary, written: true, refusal };
  } finally {
    release();
  }
}
