/**
 * One pull at a time per dataset: two pulls that both read the last good dataset and then both
 * write would lose one of them's change records. The lock is a file next to the dataset, created
 * exclusively; it names its owner (pid, host, start), so a lock left by a crashed pull is
 * recognised and removed. A second pull waits for the lock, then gives up with a clear message.
 *
 * Removing a lock is the one step two pulls could race on: both judge the same lock stale, one
 * removes it and takes a new one, and the other would then remove that new one. So a lock is only
 * removed (stale, or released) while holding a short-lived second file, `<lock>.takeover`, and
 * only when it is still the very file (same inode) that was judged: a new lock can't be created
 * while the old one exists, so what is removed is always what was judged.
 */
import { closeSync, fstatSync, linkSync, lstatSync, openSync, readSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';
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
const takeoverPath = (lock: string) => `${lock}.takeover`;
/** No one holds the takeover file longer than a few reads; one older than this was left by a crash. */
const TAKEOVER_STALE_MS = 10_000;

/** The release function, and when the lock was taken (temporary files younger than that are another pull's). */
export type Release = (() => void) & { takenAtMs: number };

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function parseOwner(text: string): LockOwner | undefined {
  try {
    const owner = JSON.parse(text) as LockOwner;
    return Number.isInteger(owner.pid) && typeof owner.host === 'string' ? owner : undefined;
  } catch {
    return undefined;
  }
}

/** The lock file as one read sees it: its inode, age and owner, all from the same open file. */
function inspect(path: string): { inode: number; ageMs: number; owner: LockOwner | undefined } | undefined {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch {
    return undefined;
  }
  try {
    const stat = fstatSync(fd);
    const chunks: Buffer[] = [];
    const buffer = Buffer.alloc(4096);
    for (let total = 0, n = readSync(fd, buffer); n > 0 && total < 65_536; total += n, n = readSync(fd, buffer))
      chunks.push(Buffer.from(buffer.subarray(0, n)));
    return { inode: stat.ino, ageMs: Date.now() - stat.mtimeMs, owner: parseOwner(Buffer.concat(chunks).toString('utf8')) };
  } finally {
    closeSync(fd);
  }
}

/** Why the lock is stale, or undefined when its owner may still be working. */
function staleReason(lock: { ageMs: number; owner: LockOwner | undefined }, staleMs: number): string | undefined {
  const { ageMs, owner } = lock;
  if (ageMs > staleMs) return `it is ${Math.round(ageMs / 60_000)} minutes old`;
  // Unreadable: a pull that crashed between creating the lock and writing its owner (given a moment).
  if (!owner) return ageMs > 5_000 ? 'it names no owner' : undefined;
  if (owner.host === hostname() && !isAlive(owner.pid)) return `its pull (pid ${owner.pid}) is no longer running`;
  return undefined;
}

const inodeOf = (path: string) => {
  try {
    return lstatSync(path).ino;
  } catch {
    return undefined;
  }
};

/**
 * Runs `step` holding the takeover file, or returns false when another pull holds it. A takeover
 * file left by a crash is moved aside under a name of its own first, and removed only if what was
 * moved is that old file (a fresh one moved by mistake is linked back).
 */
function withTakeover(lock: string, step: () => void): boolean {
  const path = takeoverPath(lock);
  try {
    closeSync(openSync(path, 'wx'));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    let age = 0;
    try {
      age = Date.now() - statSync(path).mtimeMs;
    } catch {
      return false;
    }
    if (age <= TAKEOVER_STALE_MS) return false;
    const aside = `${path}.${process.pid}.${Date.now()}`;
    try {
      renameSync(path, aside);
    } catch {
      return false;
    }
    let asideAge = 0;
    try {
      asideAge = Date.now() - statSync(aside).mtimeMs;
    } catch {
      return false;
    }
    if (asideAge <= TAKEOVER_STALE_MS) {
      try {
        linkSync(aside, path);
      } catch {
        // Another takeover file exists again: its owner goes on.
      }
    }
    rmSync(aside, { force: true });
    return false;
  }
  try {
    step();
  } finally {
    rmSync(path, { force: true });
  }
  return true;
}

/** Removes the lock if it is still the file with `inode`; false when another pull is in the middle of a takeover. */
function removeIfSame(lock: string, inode: number): boolean {
  return withTakeover(lock, () => {
    if (inodeOf(lock) === inode) rmSync(lock, { force: true });
  });
}

const pause = (ms: number) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

/** Takes the dataset's lock, waiting for another pull's; returns the release function. */
export async function acquireDatasetLock(datasetPath: string, options: LockOptions = {}): Promise<Release> {
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
      let inode: number;
      try {
        writeSync(fd, JSON.stringify(me));
        inode = fstatSync(fd).ino;
      } finally {
        closeSync(fd);
      }
      const release = () => {
        // Only our own lock (the same file), never one a later pull took after ours was judged stale.
        for (let tries = 0; tries < 100 && inodeOf(path) === inode; tries++) {
          if (removeIfSame(path, inode)) return;
          pause(20);
        }
      };
      return Object.assign(release, { takenAtMs: Date.now() });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const lock = inspect(path);
    const stale = lock ? staleReason(lock, staleMs) : undefined;
    if (lock && stale) {
      log(`pull: removing the stale lock ${basename(path)}: ${stale}`);
      // Another pull is taking it over at this moment: look again after a pause.
      if (!removeIfSame(path, lock.inode)) await new Promise((resolve) => setTimeout(resolve, pollMs));
      continue;
    }
    if (!lock) continue;
    const owner = lock.owner;
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
