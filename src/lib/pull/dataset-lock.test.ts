/**
 * Taking over a stale lock is atomic: a pull that judged a lock stale can't remove the lock another
 * pull took in the meantime. The race is made deterministic with a named pipe as the stale lock:
 * the first pull blocks while reading it, the second takes the lock, then the pipe delivers.
 */
import { spawn, spawnSync } from 'node:child_process';
import { closeSync, constants, existsSync, mkdtempSync, openSync, readFileSync, renameSync, utimesSync, writeFileSync, writeSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { removeLeftoverTemporaryFiles } from '../source/write-atomic';
import { acquireDatasetLock, DatasetBusyError, lockPath } from './dataset-lock';

const hasMkfifo = spawnSync('mkfifo', ['--version']).status === 0;

describe('a stale lock', () => {
  it.skipIf(!hasMkfifo)(
    'is taken over by one pull only: a pull that judged it stale never removes the lock another pull took meanwhile',
    { timeout: 30_000 },
    async () => {
      const directory = mkdtempSync(join(tmpdir(), 'lock-race-'));
      const dataset = join(directory, 'dataset.json');
      const lock = lockPath(dataset);
      expect(spawnSync('mkfifo', [lock]).status).toBe(0);
      const script = join(directory, 'first.mts');
      writeFileSync(
        script,
        `import { acquireDatasetLock } from ${JSON.stringify(join(import.meta.dirname, 'dataset-lock.ts'))};
try {
  await acquireDatasetLock(${JSON.stringify(dataset)}, { waitMs: 600, pollMs: 20 });
  console.log('took the lock');
} catch (error) {
  console.log((error as Error).name);
}`,
      );
      const first = spawn(process.execPath, ['--import', 'tsx', script], { cwd: process.cwd(), stdio: ['ignore', 'pipe', 'inherit'] });
      let output = '';
      first.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
      const exited = new Promise<void>((resolve) => first.on('exit', () => resolve()));
      // The first pull is reading the "stale" lock once a writer may open the pipe without blocking.
      let writer: number | undefined;
      for (let i = 0; i < 1000 && writer === undefined; i++) {
        try {
          writer = openSync(lock, constants.O_WRONLY | constants.O_NONBLOCK);
        } catch {
          await new Promise((resolve) => setTimeout(resolve, 20));
        }
      }
      expect(writer, 'the first pull never read the lock').toBeDefined();
      // Meanwhile the stale lock goes and a second pull takes the lock.
      renameSync(lock, join(directory, 'old-lock'));
      const release = await acquireDatasetLock(dataset, { waitMs: 0 });
      const mine = readFileSync(lock, 'utf8');
      // Now the first pull reads what it judges: a lock of a pull that is no longer running.
      const dead = spawnSync(process.execPath, ['-e', '']).pid;
      writeSync(writer!, JSON.stringify({ pid: dead, host: hostname(), started: '2026-11-25T12:00:00Z' }));
      closeSync(writer!);
      await exited;
      expect(output.trim()).toBe(DatasetBusyError.name);
      expect(readFileSync(lock, 'utf8')).toBe(mine);
      release();
      expect(existsSync(lock)).toBe(false);
    },
  );
});

describe('temporary files next to the dataset', () => {
  it('are removed when older than the lock, and kept when younger (another pull may still be writing them)', () => {
    const directory = mkdtempSync(join(tmpdir(), 'lock-temporary-'));
    const dataset = join(directory, 'dataset.json');
    const takenAtMs = Date.now();
    const [older, younger] = [`${dataset}.4001.tmp`, `${dataset}.4002.tmp`];
    writeFileSync(older, '{"half": ');
    writeFileSync(younger, '{"being written": ');
    utimesSync(older, new Date(takenAtMs - 60_000), new Date(takenAtMs - 60_000));
    utimesSync(younger, new Date(takenAtMs + 1_000), new Date(takenAtMs + 1_000));
    const logs: string[] = [];
    expect(removeLeftoverTemporaryFiles(dataset, (line) => logs.push(line), takenAtMs)).toEqual(['dataset.json.4001.tmp']);
    expect(existsSync(older)).toBe(false);
    expect(existsSync(younger)).toBe(true);
    expect(logs.join('\n')).toContain('kept dataset.json.4002.tmp: it changed after this pull took the lock');
  });
});
