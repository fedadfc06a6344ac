import { readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
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
 * writer can be writing one (the pull holds the dataset's lock).
 */
export function removeLeftoverTemporaryFiles(path: string, log: (line: string) => void = () => {}): string[] {
  let names: string[];
  try {
    names = readdirSync(dirname(path));
  } catch {
    return [];
  }
  const removed = names.filter((name) => isTemporaryOf(path, name));
  for (const name of removed) {
    rmSync(join(dirname(path), name), { force: true });
    log(`pull: removed ${name}, left by a pull that did not finish`);
  }
  return removed;
}
