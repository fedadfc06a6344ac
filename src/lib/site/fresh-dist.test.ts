import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { buildIntoFresh, freshDirectory } from './fresh-dist';

let root: string;
let dist: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'fresh-dist-'));
  dist = join(root, 'dist');
  mkdirSync(join(dist, 'bibliotek'), { recursive: true });
  writeFileSync(join(dist, 'index.html'), 'last good site');
  writeFileSync(join(dist, 'bibliotek', 'gone.html'), 'a page the new build no longer has');
});

/** A build step that writes a page, as Astro does, before a later step fails or succeeds. */
async function writePages(directory: string) {
  mkdirSync(directory, { recursive: true });
  writeFileSync(join(directory, 'index.html'), 'new site');
}

describe('building the site into a fresh folder', () => {
  it('leaves the last good dist/ byte-identical, and no half site, when a step after Astro fails', async () => {
    await expect(
      buildIntoFresh(dist, async (directory) => {
        await writePages(directory);
        throw new Error('frozen embeds: page already contains a placeholder');
      }),
    ).rejects.toThrow('already contains a placeholder');
    expect(readFileSync(join(dist, 'index.html'), 'utf8')).toBe('last good site');
    expect(existsSync(join(dist, 'bibliotek', 'gone.html'))).toBe(true);
    expect(readdirSync(root)).toEqual(['dist']);
  });

  it('replaces dist/ whole when every step passed: nothing of the old site is left', async () => {
    const built = await buildIntoFresh(dist, async (directory) => {
      await writePages(directory);
      return 'built';
    });
    expect(built).toBe('built');
    expect(readFileSync(join(dist, 'index.html'), 'utf8')).toBe('new site');
    expect(existsSync(join(dist, 'bibliotek', 'gone.html'))).toBe(false);
    expect(readdirSync(root)).toEqual(['dist']);
  });

  it('gets the last good site back when a build stopped between its two renames, then fails without losing it', async () => {
    renameSync(dist, `${dist}.replaced`);
    await expect(buildIntoFresh(dist, () => Promise.reject(new Error('astro failed')))).rejects.toThrow('astro failed');
    expect(readFileSync(join(dist, 'index.html'), 'utf8')).toBe('last good site');
    expect(readdirSync(root)).toEqual(['dist']);
  });

  it('starts clean when a crashed build left its folder, and works without a dist/ yet', async () => {
    mkdirSync(freshDirectory(dist));
    writeFileSync(join(freshDirectory(dist), 'stale.html'), 'from a crashed build');
    const first = join(root, 'first', 'dist');
    mkdirSync(join(first, '..'));
    await buildIntoFresh(first, writePages);
    expect(readdirSync(first)).toEqual(['index.html']);
    await buildIntoFresh(dist, writePages);
    expect(readdirSync(dist)).toEqual(['index.html']);
  });
});
