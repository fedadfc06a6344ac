import { existsSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SLOW_FILES, slowFirst } from './slow-first';

describe('slowFirst', () => {
  it('starts the files under the slow paths first, keeping the order among both', () => {
    const files = ['tests/e2e/a.test.ts', 'tests/e2e/visual.test.ts', 'tests/e2e/b.test.ts', 'tests/e2e/accessibility-pages-nb.test.ts'];
    expect(slowFirst(files, (f) => f, ['tests/e2e/accessibility', 'tests/e2e/visual.test.ts'])).toEqual([
      'tests/e2e/visual.test.ts',
      'tests/e2e/accessibility-pages-nb.test.ts',
      'tests/e2e/a.test.ts',
      'tests/e2e/b.test.ts',
    ]);
  });

  it('names paths that exist: a renamed file would silently start in the old order', () => {
    const e2e = readdirSync('tests/e2e').map((f) => `tests/e2e/${f}`);
    for (const prefix of SLOW_FILES) expect(e2e.some((f) => f.startsWith(prefix)) || existsSync(prefix), prefix).toBe(true);
  });
});
