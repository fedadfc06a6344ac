/** Walking a folder of build output: its files, and their total size. */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Every file under a folder, at any depth, as paths joined onto `directory`. */
export function filesUnder(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(join(directory, entry.name)) : [join(directory, entry.name)],
  );
}

/** The bytes of every file under a folder. */
export function bytesUnder(directory: string): number {
  return filesUnder(directory).reduce((sum, file) => sum + statSync(file).size, 0);
}
