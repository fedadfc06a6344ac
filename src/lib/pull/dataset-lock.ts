/**
 * One pull at a time per dataset: two pulls that both read the last good dataset and then both
 * write would lose one of them's change records. The lock is a file next to the dataset, created
 * exclusively; it names its owner (pid, host, start), so a lock left by a crashed pull is
 * recognised and removed. A second pull waits for the lock, then gives up with a clear message.
 */
import { closeSync, openSync, readFileSync, rmSync, statSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import { basename } from 'node:path';

/** Another pull holds the dataset's lock for longer than this one will wait; the pull exits with code 4. */
export class DatasetBusyError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DatasetBusyError';
  }
}

interface LockOwner {
  pid: number;
  host: string;
  started: string;
}

export interface LockOptions {
  /** How long to wait for another pull's lock (default 60 s). */
  waitMs?: number;
  /** A lock older than this is stale whoever holds it: no pull runs this long (default 30 min). */
  staleMs?: number;
  pollMs?: number;
  log?: (line: string) => void;
}

export const lockPath = (datasetPath: string) => `${datasetPath}.lock`;

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function readOwner(path: string): LockOwner | undefined {
  try {
    const owner = JSON.parse(readFileSync(path, 'utf8')) as LockOwner;
    return Number.isInteger(owner.pid) && typeof owner.host === 'string' ? owner : undefined;
  } catch {
    return undefined;
  }
}

/** Why the lock at `path` is stale, or undefined when its owner may still be working. */
function staleReason(path: string, staleMs: number): string | undefined {
  let age: number;
  try {
    age = Date.now() - statSync(path).mtimeMs;
  } catch {
    return 'it is gone';
  }
  const owner = readOwner(path);
  if (age > staleMs) return `it is ${Math.round(age / 60_000)} minutes old`;
  // Unreadable: a pull that crashed between creating the lock and writing its owner (given a moment).
  if (!owner) return age > 5_000 ? 'it names no owner' : undefined;
  if (owner.host === hostname() && !isAlive(owner.pid)) return `its pull (pid ${owner.pid}) is no longer running`;
  return undefined;
}

/** Takes the dataset's lock, waiting for another pull's; returns the release function. */
export async function acquireDatasetLock(datasetPath: string, options: LockOptions = {}): Promise<() => void> {
  const path = lockPath(datasetPath);
  const waitMs = options.waitMs ?? 60_000;
  const staleMs = options.staleMs ?? 30 * 60_000;
  const pollMs = options.pollMs ?? 200;
  const log = options.log ?? (() => {});
  const me: LockOwner = { pid: process.pid, host: hostname(), started: new Date().toISOString() };
  const deadline = Date.now() + waitMs;
  let waiting = false;
  for (;;) {
    try {
      const fd = openSync(path, 'wx');
      try {
        writeSync(fd, JSON.stringify(me));
      } finally {
        closeSync(fd);
      }
      return () => {
        // Only our own lock: never one a later pull took after ours was judged stale.
        if (readOwner(path)?.pid === me.pid && readOwner(path)?.started === me.started) rmSync(path, { force: true });
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const stale = staleReason(path, staleMs);
    if (stale) {
      log(`pull: removing the stale lock ${basename(path)}: ${stale}`);
      rmSync(path, { force: true });
      continue;
    }
    const owner = readOwner(path);
    const who = owner ? `pid ${owner.pid} on ${owner.host}, since ${owner.started}` : 'owner unknown';
    if (Date.now() >= deadline) {
      throw new DatasetBusyError(
        `another pull is writing ${basename(datasetPath)} (${who}); waited ${Math.round(waitMs / 1000)} s. Run the pull again when it is done; if no pull is running, remove ${path}`,
      );
    }
    if (!waiting) log(`pull: waiting for another pull to finish with ${basename(datasetPath)} (${who})`);
    waiting = true;
    await new Promise((resolve) => setTimeout(resolve, pollMs));
  }
}
