import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { removeLeftoverTemporaryFiles, writeFileAtomic } from './write-atomic';

describe('writeFileAtomic', () => {
  it('replaces the file whole and leaves no temporary file', () => {
    const directory = mkdtempSync(join(tmpdir(), 'atomic-'));
    const path = join(directory, 'dataset.json');
    writeFileSync(path, 'old');
    writeFileAtomic(path, 'new');
    expect(readFileSync(path, 'utf8')).toBe('new');
    expect(readdirSync(directory)).toEqual(['dataset.json']);
  });

  it('keeps the old file when the write fails, and cleans up after itself', () => {
    const directory = mkdtempSync(join(tmpdir(), 'atomic-'));
    const path = join(directory, 'dataset.json');
    writeFileSync(path, 'old');
    // A folder where the file should go: the rename fails.
    expect(() => writeFileAtomic(directory, 'new')).toThrow();
    expect(readFileSync(path, 'utf8')).toBe('old');
    expect(readdirSync(directory)).toEqual(['dataset.json']);
  });
});

describe('removeLeftoverTemporaryFiles', () => {
  it("removes only this file's temporary files that a crashed writer left", () => {
    const directory = mkdtempSync(join(tmpdir(), 'atomic-'));
    const path = join(directory, 'dataset.json');
    for (const name of ['dataset.json', 'dataset.json.123.tmp', 'dataset.json.9.tmp', 'dataset.json.x.tmp', 'other.json.5.tmp', 'dataset.json.12.tmp.keep'])
      writeFileSync(join(directory, name), '');
    const lines: string[] = [];
    expect(removeLeftoverTemporaryFiles(path, (line) => lines.push(line)).sort()).toEqual(['dataset.json.123.tmp', 'dataset.json.9.tmp']);
    expect(readdirSync(directory).sort()).toEqual(['dataset.json', 'dataset.json.12.tmp.keep', 'dataset.json.x.tmp', 'other.json.5.tmp']);
    expect(lines).toHaveLength(2);
    expect(removeLeftoverTemporaryFiles(join(directory, 'missing', 'x.json'))).toEqual([]);
    expect(existsSync(path)).toBe(true);
  });
});
