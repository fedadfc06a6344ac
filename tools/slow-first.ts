/**
 * The order test files start in. Vitest runs the files it knows the durations of longest first, but
 * on a clean clone (CI) it knows none and starts the largest files first: the accessibility files,
 * a few lines each over many pages, would start last and leave one core working alone at the end.
 * Files under these paths start first on any run, in Vitest's order among themselves.
 */
import type { TestSpecification } from 'vitest/node';
import { BaseSequencer } from 'vitest/node';

/** The longest browser test files (many pages each), by path from the repository's root. */
export const SLOW_FILES = ['tests/e2e/accessibility', 'tests/e2e/visual.test.ts', 'tests/e2e/map-read.test.ts', 'tests/e2e/embed-frames.test.ts'];

/** `files` with those whose path (from `root`) starts with one of `slow` first; the order is otherwise kept. */
export function slowFirst<T>(files: readonly T[], pathOf: (file: T) => string, slow: readonly string[] = SLOW_FILES): T[] {
  const isSlow = (file: T) => slow.some((prefix) => pathOf(file).startsWith(prefix));
  return [...files.filter(isSlow), ...files.filter((file) => !isSlow(file))];
}

export class SlowFirstSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const root = `${this.ctx.config.root}/`;
    return slowFirst(await super.sort(files), (spec) => spec.moduleId.replace(root, ''));
  }
}
