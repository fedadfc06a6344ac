import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { bytesUnder, filesUnder, relativeFilesUnder } from './files';

let folder: string | undefined;
afterEach(() => folder && rmSync(folder, { recursive: true, force: true }));

describe('filesUnder and bytesUnder', () => {
  it('find every file at any depth and add up their sizes', () => {
    folder = mkdtempSync(join(tmpdir(), 'hhh-files-'));
    mkdirSync(join(folder, 'a', 'b'), { recursive: true });
    writeFileSync(join(folder, 'index.html'), '12345');
    writeFileSync(join(folder, 'a', 'b', 'index.html'), '123');
    expect(
      filesUnder(folder)
        .map((f) => f.slice(folder!.length + 1))
        .sort(),
    ).toEqual(['a/b/index.html', 'index.html']);
    expect(relativeFilesUnder(folder)).toEqual(['a/b/index.html', 'index.html']);
    expect(bytesUnder(folder)).toBe(8);
  });
});
