/**
 * The pull, end to end: fetch the export (file or authenticated URL), read it (CSV or XLSX), map
 * its columns, validate, join the registries and the catalogue, keep only public fields, compare
 * with the last good dataset (guard, changes), and write data/dataset.json atomically. Nothing is
 * written unless every step succeeded, so a failed pull leaves the last good dataset untouched.
 */
import { existsSync, readFileSync, realpathSync } from 'node:fs';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { z } from 'zod';
import { readCatalogue } from '../dataset/catalogue';
import { PATHS, ROOT } from '../paths';
import { indexRegistry, readRegistry } from '../dataset/registry';
import { Dataset, DatasetChange, Subscription } from '../dataset/schema';
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
import { keepLibrarySlugs } from './slug-stability';
import { sourceLabel } from './source-label';
import { growCatalogue } from './catalogue-from-export';
import { declaresDemo } from './demo-marker';
import { keepHistory } from './keep-history';
import { aliasesById, readAliases, withAliases } from '../dataset/aliases';
import { checkUnplacedShare, DEFAULT_MAX_UNPLACED_SHARE, describeUnplaced, type UnplacedRow } from './placement';

export const DEFAULT_MAX_DROP_SHARE = 0.1;

/**
 * Every folder whose files end up on the site: dist/ itself, public/ (copied into it by Astro),
 * the campaign material and the frozen-embed archive (copied into it after Astro).
 */
export const SITE_DIRECTORIES: readonly string[] = [PATHS.dist, join(ROOT, 'public'), PATHS.campaignBuild, PATHS.embedArchive];

/** The pull would lose more than allowed; the pull exits with code 4. */
export class GuardRefusedError extends Error {
  constructor(
    message: string,
    /** Undefined on a first pull (refused for its agreement years alone). */
    readonly diff: DatasetDiff | undefined,
  ) {
    super(message);
    this.name = 'GuardRefusedError';
  }
}

/** The pull outlasted its time budget (HHH_PULL_BUDGET_SECONDS); nothing is written, exit 2. */
export class BudgetExceededError extends Error {
  constructor(stage: string) {
    super(`the pull ran out of its time budget ${stage}`);
    this.name = 'BudgetExceededError';
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
   * pull succeeds, and never inside a folder the site is built from (refused before anything is fetched).
   */
  saveSourceTo?: string;
  /** The folders the site is built from, where the export must never be saved (default SITE_DIRECTORIES). */
  siteDirectories?: readonly string[];
  limits?: ReadLimits;
  lock?: LockOptions;
  dryRun?: boolean;
  acceptDrop?: boolean;
  maxDropShare?: number;
  /** When the pull's time budget ends (ms since the epoch): checked between steps and last before writing. */
  deadlineMs?: number;
  /**
   * What the dataset (and so the site) says the source is (HHH_SOURCE_LABEL). By default the
   * consortium's name and the export's file name; never the URL's path, query or user info.
   */
  sourceLabel?: string;
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

/** A folder as the log names it: relative to the project when it is inside it. */
function shownDirectory(directory: string): string {
  const inProject = relative(ROOT, directory);
  return inProject && !inProject.startsWith('..') ? inProject : directory;
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
  const siteDirectory = options.saveSourceTo && (options.siteDirectories ?? SITE_DIRECTORIES).find((d) => isInside(options.saveSourceTo!, d));
  if (options.saveSourceTo && siteDirectory) {
    throw new InvalidInputError([
      {
        file: options.saveSourceTo,
        message: `refusing to save the export inside ${shownDirectory(siteDirectory)}/, a folder the site is built from (dist/, public/ and what is copied into dist/), from where it would be published: choose a path outside them`,
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

  const labelled = sourceLabel(options.source, '', options.sourceLabel);
  if ('problem' in labelled) throw new InvalidInputError([{ file: 'HHH_SOURCE_LABEL', message: labelled.problem }]);
  const checkBudget = (stage: string) => {
    if (options.deadlineMs !== undefined && Date.now() > options.deadlineMs) throw new BudgetExceededError(stage);
  };

  const { bytes, file, shownAs } = await readSource(options.source, {
    maxBytes: limits.maxBytes,
    maxBytesSetting: 'HHH_MAX_SOURCE_MB',
    download: { log, credentialSetting: 'HHH_SOURCE_TOKEN or HHH_SOURCE_HEADER', ...options.download },
  });
  if (isUrl(options.source)) log(`pull: downloaded ${bytes.length} bytes from ${shownAs}`);
  checkBudget('while downloading');
  const named = sourceLabel(options.source, file, options.sourceLabel);
  const sourceName = 'label' in named ? named.label : file;

  const table = await readTable(bytes, file, { sheet: options.sheet, limits });
  log(`pull: read ${table.records.length} rows from ${file}`);
  checkBudget('while reading the export');
  const parsed = parseRows(table, map, file, index, catalogue, (done) => log(`pull: validated ${done} of ${table.records.length} rows`));
  if (parsed.problems.length > 0) throw new InvalidInputError(parsed.problems);
  checkBudget('while validating the rows');
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
  const release = options.dryRun ? undefined : await acquireDatasetLock(options.outputPath, { log, ...options.lock });
  try {
    if (release) removeLeftoverTemporaryFiles(options.outputPath, log, release.takenAtMs);
    const previous = readPreviousDataset(options.outputPath, log);
    const history = keepHistory(previous, built.dataset);
    const next = { ...history.dataset, libraries: withAliases(history.dataset.libraries, knownAs), dataQuality: { unplaced: parsed.unplaced } };
    // Each library keeps its address; a renamed one's old address points to the new one.
    const stable = keepLibrarySlugs(next, previous);
    for (const r of stable.renamed) log(`pull: ${r.id} is renamed: /bibliotek/${r.to}/, and /bibliotek/${r.from}/ points there`);
    const diff = previous ? compareDatasets(previous, stable.dataset) : undefined;
    const dataset: Dataset = { ...stable.dataset, changes: recordChanges(previous, stable.dataset, now.toISOString().slice(0, 10)) };
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

    const refusal = options.acceptDrop ? undefined : guardRefusal(diff, built.dataset, { maxShare: options.maxDropShare ?? DEFAULT_MAX_DROP_SHARE, now });
    if (!options.dryRun && refusal) throw new GuardRefusedError(`refused: ${refusal}. If this is right, pull again with --accept-drop.`, diff);
    const content = options.dryRun ? '' : `${JSON.stringify(Dataset.parse(dataset), null, 1)}\n`;
    if (!options.dryRun) checkBudget('before writing');
    // The export is kept only now that it has been read, validated and accepted.
    if (options.saveSourceTo) writeFileAtomic(options.saveSourceTo, bytes);
    if (options.dryRun) return { ...summary, written: false, refusal };
    writeFileAtomic(options.outputPath, content);
    return { ...summary, written: true, refusal };
  } finally {
    release?.();
  }
}
