import { renameSync, writeFileSync, rmSync } from 'node:fs';

/**
 * Writes through a temporary file in the same folder and renames it into place, so a reader
 * (or a crash half-way) never sees a half-written dataset: the old file stays until the new
 * one is complete.
 */
export function writeFileAtomic(path: string, content: string | Uint8Array): void {
  const temporary = `${path}.${process.pid}.tmp`;
  try {
    writeFileSync(temporary, content);
    renameSync(temporary, path);
  } finally {
    rmSync(temporary, { force: true });
  }
}
