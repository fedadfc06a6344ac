/**
 * The one folder walk: every file under a folder (build output, an archive, route files), and
 * their total size. Used by the build's post-steps, the checks on dist/, the benchmarks and tests.
 */
import { readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** Every file under a folder, at any depth, as paths joined onto `directory`, in a stable (sorted) order. */
export function filesUnder(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true })
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .flatMap((entry) => (entry.isDirectory() ? filesUnder(join(directory, entry.name)) : [join(directory, entry.name)]));
}

/** Every file under a folder as a path relative to it with `/` separators (`en/om/index.html`). */
export function relativeFilesUnder(directory: string): string[] {
  return filesUnder(directory).map((file) => relative(directory, file).split(sep).join('/'));
}

/** The bytes of every file under a folder. */
export function bytesUnder(directory: string): number {
  return filesUnder(directory).reduce((sum, file) => sum + statSync(file).size, 0);
}
