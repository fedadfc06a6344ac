/**
 * The last good dataset is never lost or silently ignored: a damaged previous dataset stops the
 * pull, two pulls can't lose each other's change records, a crashed pull's temporary file goes,
 * and --save-source keeps an export only when the pull succeeds, never inside dist/.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { ROOT } from '../paths';
import type { Dataset } from '../dataset/schema';
import { DatasetBusyError, lockPath } from './dataset-lock';
import { InvalidInputError } from '../source/problems';
import { pullOptions } from './test-fixtures';
import { GuardRefusedError, pull, type PullOptions } from './pull';

const fixture = (name: string) => join(import.meta.dirname, 'fixtures', name);
let directory: string;
let options: PullOptions;
let logs: string[];

beforeEach(() => {
  directory = mkdtempSync(join(tmpdir(), 'pull-safety-'));
  logs = [];
  options = pullOptions(directory, {
    source: fixture('valid.csv'),
    log: (line) => logs.push(line),
    lock: { waitMs: 300, pollMs: 20 },
  });
});

/** valid.csv with the school's subscription cancelled: a pull that records one change. */
function cancelledExport(): string {
  const lines = readFileSync(fixture('valid.csv'), 'utf8').trimEnd().split('\n');
  const path = join(directory, 'cancelled.csv');
  writeFileSync(path, `${[lines[0], lines[1], lines[2]!.replace('Bekreftet', 'Oppsagt')].join('\n')}\n`);
  return path;
}

async function failure(run: Promise<unknown>): Promise<Error> {
  const error = await run.then(
    () => new Error('the pull was expected to fail'),
    (e: unknown) => e as Error,
  );
  return error;
}

describe('the last good dataset', () => {
  it('is said to be missing on a first pull, explicitly', async () => {
    await pull(options);
    expect(logs.join('\n')).toMatch(/no last good dataset at .*dataset\.json: a first pull, so the guard has nothing to compare with/);
  });

  it('stops the pull with a clear message when it is cut short, empty, not JSON or not a dataset, and stays byte-identical', async () => {
    await pull(options);
    const good = readFileSync(options.outputPath, 'utf8');
    const damaged = {
      'cut short': good.slice(0, Math.floor(good.length / 2)),
      empty: '',
      binary: '\u0000\u0001\u0002PK',
      'not a dataset': '{"subscriptions": "none"}',
      'an array': '[]',
    };
    for (const [what, content] of Object.entries(damaged)) {
      writeFileSync(options.outputPath, content);
      const error = await failure(pull({ ...options, source: cancelledExport(), acceptDrop: true }));
      expect(error, what).toBeInstanceOf(InvalidInputError);
      expect(error.message, what).toMatch(
        /dataset\.json: the last good dataset (is not valid JSON|does not match the dataset schema).*The guard can't compare with it, so nothing is written/,
      );
      expect(readFileSync(options.outputPath, 'utf8'), what).toBe(content);
    }
  });

  it('still guards with a dataset from an older schema whose subscriptions are intact, and says so', async () => {
    await pull(options);
    const older = JSON.parse(readFileSync(options.outputPath, 'utf8')) as Partial<Dataset>;
    delete older.municipalities;
    writeFileSync(options.outputPath, JSON.stringify(older));
    expect(await failure(pull({ ...options, source: cancelledExport(), maxDropShare: 0 }))).toBeInstanceOf(GuardRefusedError);
    expect(logs.join('\n')).toMatch(/does not match the current schema .*the guard compares its subscriptions/);
  });
});

describe('two pulls at once', () => {
  it('the second waits for the first, then reads what it wrote: no change record is lost', async () => {
    await pull(options);
    const first = JSON.parse(readFileSync(options.outputPath, 'utf8')) as Dataset;
    // Another pull holds the lock (this process stands in for it).
    writeFileSync(lockPath(options.outputPath), JSON.stringify({ pid: process.pid, host: hostname(), started: new Date().toISOString() }));
    const second = pull({
      ...options,
      source: cancelledExport(),
      now: new Date('2026-11-27T12:00:00Z'),
      acceptDrop: true,
      lock: { waitMs: 20_000, pollMs: 20 },
    });
    for (let i = 0; i < 250 && !logs.some((l) => l.includes('waiting for another pull')); i++) await new Promise((r) => setTimeout(r, 20));
    // The other pull writes its change record and releases the lock.
    const theirs = { date: '2026-11-26', libraryId: 'fb-0301', serviceId: 'pressreader', year: 2026, change: 'added' as const };
    writeFileSync(options.outputPath, JSON.stringify({ ...first, changes: [theirs] }));
    rmSync(lockPath(options.outputPath));
    const summary = await second;
    expect(summary.dataset.changes).toEqual([
      theirs,
      { date: '2026-11-27', libraryId: 'vgs-974591006', serviceId: 'britannica-school', year: 2026, change: 'cancelled' },
    ]);
    expect(existsSync(lockPath(options.outputPath))).toBe(false);
  });

  it('refuses with a clear message when the other pull keeps the lock, and writes nothing', async () => {
    await pull(options);
    const before = readFileSync(options.outputPath);
    writeFileSync(lockPath(options.outputPath), JSON.stringify({ pid: process.pid, host: hostname(), started: '2026-11-25T12:00:00Z' }));
    const error = await failure(pull({ ...options, source: cancelledExport() }));
    expect(error).toBeInstanceOf(DatasetBusyError);
    expect(error.message).toMatch(
      new RegExp(`another pull is writing dataset\\.json \\(pid ${process.pid} on .*\\); waited 0 s.*if no pull is running, remove`),
    );
    expect(readFileSync(options.outputPath).equals(before)).toBe(true);
    expect(existsSync(lockPath(options.outputPath))).toBe(true);
  });

  it("removes a lock whose pull is no longer running, and a crashed pull's temporary file", async () => {
    await pull(options);
    const dead = spawnSync(process.execPath, ['-e', '']).pid;
    writeFileSync(lockPath(options.outputPath), JSON.stringify({ pid: dead, host: hostname(), started: '2026-11-25T12:00:00Z' }));
    writeFileSync(`${options.outputPath}.${dead}.tmp`, '{"half": ');
    writeFileSync(`${options.outputPath}.backup`, 'kept');
    await pull({ ...options, source: cancelledExport(), acceptDrop: true });
    expect(logs.join('\n')).toContain(`its pull (pid ${dead}) is no longer running`);
    expect(logs.join('\n')).toContain(`removed dataset.json.${dead}.tmp, left by a pull that did not finish`);
    expect(existsSync(`${options.outputPath}.${dead}.tmp`)).toBe(false);
    expect(existsSync(`${options.outputPath}.backup`)).toBe(true);
    expect(existsSync(lockPath(options.outputPath))).toBe(false);
  });
});

describe('--save-source', () => {
  it('writes nothing when the export is invalid or the guard refuses, and the export when the pull succeeds', async () => {
    const saved = join(directory, 'saved', 'export.csv');
    mkdirSync(join(directory, 'saved'));
    expect(await failure(pull({ ...options, source: fixture('unknown-status.csv'), saveSourceTo: saved }))).toBeInstanceOf(InvalidInputError);
    expect(existsSync(saved)).toBe(false);
    await pull(options);
    expect(await failure(pull({ ...options, source: cancelledExport(), maxDropShare: 0, saveSourceTo: saved }))).toBeInstanceOf(GuardRefusedError);
    expect(existsSync(saved)).toBe(false);
    await pull({ ...options, saveSourceTo: saved });
    expect(readFileSync(saved).equals(readFileSync(fixture('valid.csv')))).toBe(true);
  });

  it('refuses every folder the site is built from (dist/, public/, inside them, through a symbolic link or ..), before reading anything', async () => {
    const dist = join(directory, 'dist');
    const site = join(directory, 'public');
    mkdirSync(dist);
    mkdirSync(join(site, 'images'), { recursive: true });
    symlinkSync(dist, join(directory, 'published'));
    symlinkSync(join(site, 'images'), join(directory, 'pictures'));
    for (const target of [
      join(dist, 'export.csv'),
      join(dist, 'new', 'folder', 'export.csv'),
      join(directory, 'published', 'export.csv'),
      join(directory, 'dist', '..', 'dist', 'x.csv'),
      join(site, 'export.csv'),
      join(site, 'images', 'export.csv'),
      join(directory, 'pictures', 'deeper', 'export.csv'),
      join(directory, 'saved', '..', 'public', 'x.csv'),
    ]) {
      const error = await failure(pull({ ...options, source: 'https://127.0.0.1:9/never-fetched.csv', saveSourceTo: target, siteDirectories: [dist, site] }));
      expect(error, target).toBeInstanceOf(InvalidInputError);
      expect(error.message, target).toMatch(/refusing to save the export inside .*(dist|public)\/, a folder the site is built from/);
    }
    expect(existsSync(join(dist, 'export.csv'))).toBe(false);
    expect(existsSync(join(site, 'export.csv'))).toBe(false);
  });

  it("refuses the project's own public/ by default", async () => {
    const error = await failure(
      pull({ ...options, source: 'https://127.0.0.1:9/never-fetched.csv', saveSourceTo: join(ROOT, 'public', 'data', 'export.csv') }),
    );
    expect(error).toBeInstanceOf(InvalidInputError);
    expect(error.message).toContain('refusing to save the export inside public/');
  });
});
