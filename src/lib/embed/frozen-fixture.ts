/**
 * A pretend build for the frozen-embed tests (frozen-version, frozen-archive): a temporary dist/
 * and archive folder per test, what Astro writes for one dataset version, and the build script's
 * steps after Astro.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { afterEach, beforeEach } from 'vitest';
import { filesUnder } from '../files';
import { carryFrozenEmbeds } from './frozen-archive';
import { frozenFolder, readSharedFrom } from './frozen-store';
import { freezeVersion } from './frozen-version';

export const A = 'aaaaaaaaaaaa';
export const B = 'bbbbbbbbbbbb';

/** Registers a fresh folder per test; the returned paths change before each test. */
export function frozenFixture() {
  const paths = { root: '', dist: '', archive: '' };
  beforeEach(() => {
    paths.root = mkdtempSync(join(tmpdir(), 'frozen-archive-'));
    paths.dist = join(paths.root, 'dist');
    // Nested and missing: the first build has no archive yet.
    paths.archive = join(paths.root, 'cache', 'frozen-embeds');
  });
  afterEach(() => rmSync(paths.root, { recursive: true, force: true }));
  return paths;
}

export function write(file: string, content: string): void {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, content);
}

/** A file in dist/'s shared folder, by name. */
export const shared = (dist: string, name: string) => readSharedFrom(dist)(name);

/** What Astro writes for one dataset version: hashed CSS and JS, latest and frozen embeds in three languages. */
export function astroBuild(dist: string, version: string, figure: string, cssHash = version.slice(0, 6), date = '1. desember'): void {
  rmSync(dist, { recursive: true, force: true });
  write(join(dist, '_astro', `global.${cssHash}.css`), `.embed{color:#${cssHash}}`);
  write(join(dist, '_astro', `NorwayMap.${cssHash}.js`), 'startMap()');
  const page = (frozen: boolean) =>
    `<html><head><link rel="stylesheet" href="/_astro/global.${cssHash}.css"><script type="module" src="/_astro/NorwayMap.${cssHash}.js"></script></head>` +
    `<body><main data-embed${frozen ? ' data-frozen' : ''}><p>${figure} av 357 kommuner</p><p>data ${date}</p><a href="/tjenester/x/">x</a>` +
    (frozen ? `<p>Datasettversjon ${version} <a href="/embed/v/${version}/data.csv" download data-embed-csv>CSV</a></p>` : '') +
    `</main></body></html>`;
  for (const prefix of ['', 'nn/', 'en/']) {
    for (const key of ['', 'tjenester/x/']) {
      write(join(dist, prefix, 'embed', key, 'index.html'), page(false));
      write(join(dist, prefix, 'embed', 'v', version, key, 'index.html'), page(true));
      write(join(dist, prefix, 'embed', 'v', version, key, 'data.csv'), `kommune,verdi\nOslo,${figure}\n`);
    }
  }
}

/** The build script's steps after Astro. */
export function finishBuild(paths: { dist: string; archive: string }, version: string) {
  freezeVersion(paths.dist, version);
  return carryFrozenEmbeds({ dist: paths.dist, archive: paths.archive, version });
}

/** Every file of a version's frozen folders in dist/, by path, with its bytes. */
export function frozenFiles(dist: string, version: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const lang of ['nb', 'nn', 'en'] as const) {
    const folder = join(dist, frozenFolder(lang, version));
    if (existsSync(folder)) for (const path of filesUnder(folder)) files[relative(dist, path)] = readFileSync(path, 'latin1');
  }
  return files;
}
