import { mkdtempSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { cachedPicture } from './picture-cache';

describe('cachedPicture', () => {
  let dir: string;
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('answers a miss with undefined', () => {
    dir = mkdtempSync(join(tmpdir(), 'picture-cache-'));
    expect(cachedPicture(join(dir, 'absent.png'))).toBeUndefined();
  });

  it("returns a hit's bytes and makes it newer than the build's start, so CI's pruning keeps it", () => {
    dir = mkdtempSync(join(tmpdir(), 'picture-cache-'));
    const used = join(dir, 'used.png');
    const unused = join(dir, 'unused.png');
    for (const file of [used, unused]) {
      writeFileSync(file, Buffer.from([1, 2, 3]));
      // Restored from the last run's cache: older than this build.
      utimesSync(file, new Date('2026-01-01'), new Date('2026-01-01'));
    }
    const buildStart = new Date('2026-06-01').getTime();
    expect([...(cachedPicture(used) ?? [])]).toEqual([1, 2, 3]);
    expect(statSync(used).mtimeMs).toBeGreaterThan(buildStart);
    expect(statSync(unused).mtimeMs).toBeLessThan(buildStart);
  });
});
