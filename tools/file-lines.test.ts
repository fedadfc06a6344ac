import { describe, expect, it } from 'vitest';
import { LONG_ALLOWED, lineCount, MAX_LINES, overLong } from './file-lines';

const lines = (n: number) => 'x\n'.repeat(n);

describe('the 300-line limit', () => {
  it('counts lines as wc -l does', () => {
    expect(lineCount('')).toBe(0);
    expect(lineCount('no newline')).toBe(0);
    expect(lineCount('a\nb\n')).toBe(2);
    expect(lineCount('a\nb')).toBe(1);
  });

  it('names each checked file over the limit, longest first, and passes one at the limit', () => {
    const texts: Record<string, string> = {
      'src/a.ts': lines(MAX_LINES),
      'src/b.astro': lines(MAX_LINES + 1),
      'src/styles/c.css': lines(MAX_LINES + 50),
      'src/d.tsx': lines(MAX_LINES + 2),
      'tools/e.mjs': lines(MAX_LINES + 3),
    };
    expect(overLong(Object.keys(texts), (p) => texts[p]!)).toEqual([
      { path: 'src/styles/c.css', lines: MAX_LINES + 50 },
      { path: 'tools/e.mjs', lines: MAX_LINES + 3 },
      { path: 'src/d.tsx', lines: MAX_LINES + 2 },
      { path: 'src/b.astro', lines: MAX_LINES + 1 },
    ]);
  });

  it('leaves out the dictionaries, the generated theme and files of other kinds', () => {
    const long = lines(MAX_LINES * 3);
    expect(overLong([...LONG_ALLOWED, 'README.md', 'data/site.json', 'src/lib/i18n/nb/search.ts.bak'], () => long)).toEqual([]);
    expect(overLong(['src/lib/i18n/se.ts'], () => long)).toEqual([{ path: 'src/lib/i18n/se.ts', lines: MAX_LINES * 3 }]);
  });

  it('covers the browser tests as every other file: none is let off', () => {
    expect(overLong(['tests/e2e/figures-places.test.ts'], () => lines(MAX_LINES + 1))).toEqual([
      { path: 'tests/e2e/figures-places.test.ts', lines: MAX_LINES + 1 },
    ]);
  });
});
