/**
 * Pulls the subscriptions export into data/dataset.json.
 *
 *   npm run pull -- [--source <path or https URL>] [--columns <map.json>] [--sheet <name>]
 *                   [--accept-drop] [--max-drop 0.1] [--dry-run] [--save-source <path>]
 *
 * Environment: HHH_SOURCE (path or URL), HHH_SOURCE_TOKEN (sent as a Bearer token) or
 * HHH_SOURCE_HEADER ("Name: value"), HHH_COLUMNS, HHH_SHEET, HHH_MAX_DROP, HHH_TIMEOUT_SECONDS,
 * HHH_DATASET (where the dataset is kept; default data/dataset.json), HHH_MAX_SOURCE_MB (default
 * 200), HHH_MAX_XLSX_ROWS (default 50000), HHH_LOCK_WAIT_SECONDS (default 60),
 * HHH_PULL_BUDGET_SECONDS (the whole pull's time budget, default 900), HHH_SOURCE_LABEL, HHH_MAX_UNPLACED
 * (share of rows whose library can't be placed before the pull refuses; default 0.02).
 * Exit codes: 0 ok, 2 invalid input (also: over the time budget), 3 source unreachable, 4 refused
 * (by the guard, or another pull holds the dataset's lock). Never 1: an unexpected error exits 2.
 *
 * The pull runs in a child process that this one watches: past the time budget the child stops
 * itself when it can, and is killed five seconds later when it can't (a step stuck in synchronous
 * work can't see its own timer). Killing is safe: the dataset is replaced by a rename or not at all.
 * Everything but the final summary goes to stderr, escaped so export text can't forge log lines.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { PATHS } from '../src/lib/paths';
import type { DatasetDiff } from '../src/lib/pull/compare';
import { DatasetBusyError } from '../src/lib/pull/dataset-lock';
import { makeRedactor, SourceUnreachableError } from '../src/lib/source/fetch';
import { limitsFromEnvironment, type ReadLimits } from '../src/lib/source/limits';
import { formatProblem, InvalidInputError, terminalLines } from '../src/lib/source/problems';
import { BudgetExceededError, DEFAULT_MAX_DROP_SHARE, GuardRefusedError, pull } from '../src/lib/pull/pull';
import { DEFAULT_MAX_UNPLACED_SHARE } from '../src/lib/pull/placement';
import { isUrl } from '../src/lib/source/read-source';

const EXIT = { ok: 0, invalidInput: 2, unreachable: 3, refused: 4 } as const;

/** Every line passes this: credentials hidden, any address shortened to its origin (set once the options are read). */
let redact = makeRedactor(undefined);
const say = (text: string) => console.error(terminalLines(redact(text)));

function fail(code: number, message: string): never {
  say(`pull: ${message}`);
  if (code !== EXIT.ok) console.error('pull: nothing was written; the last good dataset is unchanged.');
  process.exit(code);
}

/** Anything not foreseen still ends in a documented exit code and the "nothing was written" line. */
function failUnexpected(error: unknown): never {
  const e = error instanceof Error ? error : new Error(String(error));
  if (process.env.HHH_DEBUG) console.error(e.stack);
  fail(EXIT.invalidInput, `unexpected error: ${e.message}${process.env.HHH_DEBUG ? '' : ' (HHH_DEBUG=1 shows where)'}`);
}
process.on('uncaughtException', failUnexpected);
process.on('unhandledRejection', failUnexpected);

let values: { source?: string; columns?: string; sheet?: string; 'accept-drop'?: boolean; 'max-drop'?: string; 'dry-run'?: boolean; 'save-source'?: string };
try {
  values = parseArgs({
    options: {
      source: { type: 'string' },
      columns: { type: 'string' },
      sheet: { type: 'string' },
      'accept-drop': { type: 'boolean', default: false },
      'max-drop': { type: 'string' },
      'dry-run': { type: 'boolean', default: false },
      'save-source': { type: 'string' },
    },
  }).values;
} catch (error) {
  fail(EXIT.invalidInput, `${(error as Error).message}; see docs/operating.md (The pull) for the options`);
}
const env = process.env;
// An empty variable counts as unset, as CI systems often define secrets that are not filled in.
const setting = (name: string) => env[name] || undefined;
const source = values.source ?? setting('HHH_SOURCE') ?? PATHS.demoExport;
redact = makeRedactor({ token: setting('HHH_SOURCE_TOKEN'), header: setting('HHH_SOURCE_HEADER') }, URL.canParse(source) ? new URL(source) : undefined);
const columnsPath = values.columns ?? setting('HHH_COLUMNS') ?? PATHS.demoColumns;
const maxDropShare = Number(values['max-drop'] ?? setting('HHH_MAX_DROP') ?? DEFAULT_MAX_DROP_SHARE);
const maxUnplacedShare = Number(setting('HHH_MAX_UNPLACED') ?? DEFAULT_MAX_UNPLACED_SHARE);
const timeoutSeconds = Number(setting('HHH_TIMEOUT_SECONDS') ?? 60);
const lockWaitSeconds = Number(setting('HHH_LOCK_WAIT_SECONDS') ?? 60);
const datasetPath = PATHS.dataset;
let limits: ReadLimits;
try {
  limits = limitsFromEnvironment(env);
} catch (error) {
  fail(EXIT.invalidInput, (error as Error).message);
}
if (!(lockWaitSeconds >= 0)) fail(EXIT.invalidInput, `HHH_LOCK_WAIT_SECONDS must be a number of seconds, got "${env.HHH_LOCK_WAIT_SECONDS}"`);
if (!(maxDropShare >= 0 && maxDropShare <= 1))
  fail(EXIT.invalidInput, `--max-drop must be a share between 0 and 1, got "${values['max-drop'] ?? env.HHH_MAX_DROP}"`);
if (!(maxUnplacedShare >= 0 && maxUnplacedShare <= 1))
  fail(EXIT.invalidInput, `HHH_MAX_UNPLACED must be a share between 0 and 1, got "${env.HHH_MAX_UNPLACED}"`);
if (!(timeoutSeconds > 0)) fail(EXIT.invalidInput, `HHH_TIMEOUT_SECONDS must be a positive number, got "${env.HHH_TIMEOUT_SECONDS}"`);
const budgetSeconds = Number(setting('HHH_PULL_BUDGET_SECONDS') ?? 900);
if (!(budgetSeconds > 0)) fail(EXIT.invalidInput, `HHH_PULL_BUDGET_SECONDS must be a positive number of seconds, got "${env.HHH_PULL_BUDGET_SECONDS}"`);
const overBudget = `the pull took longer than its time budget of ${budgetSeconds} s (HHH_PULL_BUDGET_SECONDS) and was stopped`;
if (!isUrl(source) && !existsSync(source)) fail(EXIT.invalidInput, `the source file ${source} does not exist`);
if (!existsSync(columnsPath)) fail(EXIT.invalidInput, `the column map ${columnsPath} does not exist`);

const SHOW_LIBRARIES = 15;
const listed = (ids: string[]) =>
  ids.length > SHOW_LIBRARIES ? `${ids.slice(0, SHOW_LIBRARIES).join(', ')} and ${ids.length - SHOW_LIBRARIES} more` : ids.join(', ');

function describeDiff(diff: DatasetDiff, names: Map<string, string>): string[] {
  const lines = [
    `  subscriptions (active, all years): ${diff.subscriptions.before} -> ${diff.subscriptions.after} (+${diff.subscriptions.added} / -${diff.subscriptions.removed})`,
    `  subscribing libraries: ${diff.libraries.before} -> ${diff.libraries.after} (+${diff.libraries.added.length} / -${diff.libraries.removed.length})`,
  ];
  if (diff.libraries.added.length) lines.push(`    added: ${listed(diff.libraries.added)}`);
  if (diff.libraries.removed.length) lines.push(`    removed: ${listed(diff.libraries.removed)}`);
  if (diff.services.added.length || diff.services.removed.length)
    lines.push(`  services added: ${diff.services.added.join(', ') || '-'}; removed: ${diff.services.removed.join(', ') || '-'}`);
  for (const s of diff.perService) lines.push(`    ${names.get(s.serviceId) ?? s.serviceId}: +${s.added} / -${s.removed}`);
  return lines;
}

/** Runs this script again as a child, and stops it when it outlasts the budget. */
function supervise(): void {
  const child = spawn(process.execPath, [...process.execArgv, ...process.argv.slice(1)], {
    stdio: 'inherit',
    env: { ...env, HHH_PULL_DEADLINE_MS: String(Date.now() + budgetSeconds * 1000) },
  });
  const timer = setTimeout(
    () => {
      child.kill('SIGKILL');
      fail(EXIT.invalidInput, overBudget);
    },
    budgetSeconds * 1000 + 5_000,
  );
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => child.kill(signal));
  child.on('exit', (code) => {
    clearTimeout(timer);
    process.exit(code ?? EXIT.invalidInput);
  });
}

const deadlineMs = Number(env.HHH_PULL_DEADLINE_MS);
if (!Number.isFinite(deadlineMs)) supervise();
else await runPull();

async function runPull(): Promise<void> {
  // The child's own watch: it fires whenever the pull waits (a slow download, a held lock).
  setTimeout(() => fail(EXIT.invalidInput, overBudget), Math.max(0, deadlineMs - Date.now())).unref();
  const started = performance.now();
  try {
    const summary = await pull({
      source,
      columnsPath,
      registryDirectory: PATHS.registry,
      cataloguePath: PATHS.catalogue,
      outputPath: datasetPath,
      sheet: values.sheet ?? setting('HHH_SHEET'),
      dryRun: values['dry-run'],
      saveSourceTo: values['save-source'],
      acceptDrop: values['accept-drop'],
      maxDropShare,
      maxUnplacedShare,
      deadlineMs,
      sourceLabel: setting('HHH_SOURCE_LABEL'),
      limits,
      lock: { waitMs: lockWaitSeconds * 1000 },
      download: {
        credential: { token: setting('HHH_SOURCE_TOKEN'), header: setting('HHH_SOURCE_HEADER') },
        timeoutMs: timeoutSeconds * 1000,
      },
      log: say,
    });
    const { dataset, diff } = summary;
    for (const warning of summary.warnings.slice(0, 20)) say(`warning: ${formatProblem(warning)}`);
    if (summary.warnings.length > 20) say(`... and ${summary.warnings.length - 20} more warnings`);
    const names = new Map(dataset.services.map((s) => [s.id, s.name]));
    const lines = [
      `pull: ${dataset.source.name}${dataset.source.isDemo ? ' (demo data)' : ''}`,
      `  rows read ${summary.rowsRead}, accepted ${summary.rowsAccepted}, identical duplicates merged ${summary.mergedDuplicates}, warnings ${summary.warnings.length}`,
      ...(summary.createdServices.length ? [`  new products, published as "not yet described": ${summary.createdServices.join(', ')}`] : []),
      ...(summary.unplaced.length ? [`  rows left out (library can't be placed; listed on the data-quality page): ${summary.unplaced.length}`] : []),
      ...(summary.keptServices.length ? [`  no longer in the export, history kept: ${summary.keptServices.join(', ')}`] : []),
      `  ${dataset.libraries.length} libraries, ${dataset.services.length} services, ${dataset.subscriptions.length} subscription rows, years ${dataset.periods.map((p) => p.year).join(', ')}`,
      ...(diff ? ['  compared with the last good dataset:', ...describeDiff(diff, names)] : ['  no earlier dataset to compare with']),
      ...(summary.refusal && !summary.written ? [`  the guard would refuse this pull: ${summary.refusal}`] : []),
      summary.written
        ? `  wrote ${datasetPath} in ${((performance.now() - started) / 1000).toFixed(2)} s`
        : `  dry run: nothing written (${((performance.now() - started) / 1000).toFixed(2)} s)`,
    ];
    say(lines.join('\n'));
  } catch (error) {
    if (error instanceof InvalidInputError) fail(EXIT.invalidInput, error.message);
    if (error instanceof SourceUnreachableError) fail(EXIT.unreachable, error.message);
    if (error instanceof GuardRefusedError) {
      const names = new Map<string, string>();
      if (error.diff) say(['pull: the change compared with the last good dataset:', ...describeDiff(error.diff, names)].join('\n'));
      fail(EXIT.refused, error.message);
    }
    if (error instanceof DatasetBusyError) fail(EXIT.refused, error.message);
    if (error instanceof BudgetExceededError) fail(EXIT.invalidInput, overBudget);
    failUnexpected(error);
  }
}
