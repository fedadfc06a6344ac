import { readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/** The temporary file a writer uses next to `path`: `<name>.<pid>.tmp`. */
const temporaryPath = (path: string) => `${path}.${process.pid}.tmp`;
const isTemporaryOf = (path: string, name: string) => name.startsWith(`${basename(path)}.`) && /^\d+\.tmp$/.test(name.slice(basename(path).length + 1));

/**
 * Writes through a temporary file in the same folder and renames it into place, so a reader
 * (or a crash half-way) never sees a half-written file: the old file stays until the new
 * one is complete.
 */
export function writeFileAtomic(path: string, content: string | Uint8Array): void {
  const temporary = temporaryPath(path);
  try {
    writeFileSync(temporary, content);
    renameSync(temporary, path);
  } finally {
    rmSync(temporary, { force: true });
  }
}

/**
 * Removes the temporary files a crashed writer left next to `path`. Call it only when no other
 * writer can be writing one (the pull holds the dataset's lock). A file changed at or after
 * `lockTakenAtMs` is kept: a pull whose lock was judged stale may still be writing it.
 */
export function removeLeftoverTemporaryFiles(path: string, log: (line: string) => void = () => {}, lockTakenAtMs = Number.POSITIVE_INFINITY): string[] {
  let names: string[];
  try {
    names = readdirSync(dirname(path));
  } catch {
    return [];
  }
  const removed: string[] = [];
  for (const name of names.filter((n) => isTemporaryOf(path, n))) {
    let changed: number;
    try {
      changed = statSync(join(dirname(path), name)).mtimeMs;
    } catch {
      continue;
    }
    if (changed >= lockTakenAtMs) {
      log(`pull: kept ${name}: it changed after this pull took the lock, so another pull may still be writing it`);
      continue;
    }
    removed.push(name);
    rmSync(join(dirname(path), name), { force: true });
    log(`pull: removed ${name}, left by a pull that did not finish`);
  }
  return removed;
}
