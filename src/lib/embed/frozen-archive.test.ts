import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { archivedVersions, carryFrozenEmbeds, describeCarry, freezeVersion, frozenFolder } from './frozen-archive';

const A = 'aaaaaaaaaaaa';
const B = 'bbbbbbbbbbbb';

let root: string;
let dist: string;
let archive: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'frozen-archive-'));
  dist = join(root, 'dist');
  // Nested and missing: the first build has no archive yet.
  archive = join(root, 'cache', 'frozen-embeds');
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

function write(file: string, content: string): void {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, content);
}

/** What Astro writes for one dataset version: hashed CSS and JS, latest and frozen embeds in three languages. */
function astroBuild(version: string, figure: string, cssHash = version.slice(0, 6)): void {
  rmSync(dist, { recursive: true, force: true });
  write(join(dist, '_astro', `global.${cssHash}.css`), `.embed{color:#${cssHash}}`);
  write(join(dist, '_astro', `NorwayMap.${cssHash}.js`), 'startMap()');
  const page = (frozen: boolean) =>
    `<html><head><link rel="stylesheet" href="/_astro/global.${cssHash}.css"><script type="module" src="/_astro/NorwayMap.${cssHash}.js"></script></head>` +
    `<body><main data-embed${frozen ? ' data-frozen' : ''}><p>${figure} av 357 kommuner</p><a href="/tjenester/x/">x</a></main></body></html>`;
  for (const prefix of ['', 'nn/', 'en/']) {
    for (const key of ['', 'tjenester/x/']) {
      write(join(dist, prefix, 'embed', key, 'index.html'), page(false));
      write(join(dist, prefix, 'embed', 'v', version, key, 'index.html'), page(true));
      write(join(dist, prefix, 'embed', 'v', version, key, 'data.csv'), `kommune,verdi\nOslo,${figure}\n`);
    }
  }
}

/** The build script's steps after Astro. */
function finishBuild(version: string) {
  freezeVersion(dist, version);
  return carryFrozenEmbeds({ dist, archive, version });
}

/** Every file of a version's frozen folders in dist/, by path, with its bytes. */
function frozenFiles(version: string): Record<string, string> {
  const files: Record<string, string> = {};
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else files[relative(dist, path)] = readFileSync(path, 'latin1');
    }
  };
  for (const lang of ['nb', 'nn', 'en'] as const) {
    const folder = join(dist, frozenFolder(lang, version));
    if (existsSync(folder)) walk(folder);
  }
  return files;
}

describe('frozenFolder', () => {
  it('is the version folder under each language prefix, relative to dist/', () => {
    expect(frozenFolder('nb', A)).toBe(`embed/v/${A}`);
    expect(frozenFolder('nn', A)).toBe(`nn/embed/v/${A}`);
    expect(frozenFolder('en', A)).toBe(`en/embed/v/${A}`);
  });
});

describe('freezeVersion', () => {
  it('makes the current version\'s frozen pages self-contained and leaves the latest pages alone', () => {
    astroBuild(A, '58');
    const latest = readFileSync(join(dist, 'embed', 'index.html'), 'utf8');
    expect(freezeVersion(dist, A)).toBe(6);
    for (const [file, content] of Object.entries(frozenFiles(A))) expect(content, file).not.toContain('/_astro/');
    expect(readFileSync(join(dist, 'nn', 'embed', 'v', A, 'tjenester', 'x', 'index.html'), 'utf8')).toContain(`<style>.embed{color:#aaaaaa}</style>`);
    expect(readFileSync(join(dist, 'embed', 'index.html'), 'utf8')).toBe(latest);
  });

  it('fails naming the page when a stylesheet is missing, and when the build wrote no frozen folder', () => {
    astroBuild(A, '58');
    rmSync(join(dist, '_astro', 'global.aaaaaa.css'));
    expect(() => freezeVersion(dist, A)).toThrow(/embed\/v\/aaaaaaaaaaaa\/.*index\.html.*global\.aaaaaa\.css/);
    expect(() => freezeVersion(dist, B)).toThrow(/no embed\/v\/bbbbbbbbbbbb\//);
  });
});

describe('carryFrozenEmbeds', () => {
  it('after a build with version A and then one with B, dist/ holds A\'s frozen files exactly as A\'s build wrote them, and B\'s', () => {
    astroBuild(A, '58');
    const first = finishBuild(A);
    expect(first).toMatchObject({ archived: true, carried: [], carriedBytes: 0 });
    const filesA = frozenFiles(A);
    expect(Object.keys(filesA)).toHaveLength(12);

    // The next night: new data, new code (other hashes); Astro writes only B.
    astroBuild(B, '61', 'c0ffee');
    expect(frozenFiles(A)).toEqual({});
    const second = finishBuild(B);
    expect(second.archived).toBe(true);
    expect(second.carried).toEqual([A]);
    expect(second.carriedBytes).toBeGreaterThan(0);
    expect(frozenFiles(A)).toEqual(filesA);
    expect(frozenFiles(B)[`embed/v/${B}/index.html`]).toContain('61 av 357');
    // A's pages need nothing from B's build, whose CSS hash differs.
    expect(existsSync(join(dist, '_astro', 'global.aaaaaa.css'))).toBe(false);
    expect(archivedVersions(archive)).toEqual([A, B]);
    expect(describeCarry(B, second)).toMatch(/^frozen embeds: version bbbbbbbbbbbb archived \(0\.0 MB\); 1 older version carried forward \(0\.0 MB\)$/);
  });

  it('never overwrites an archived version: a rebuild of A with other output leaves the archive\'s A as it was', () => {
    astroBuild(A, '58');
    finishBuild(A);
    const filesA = frozenFiles(A);
    // Same dataset version, different code: dist/ gets the fresh pages, the archive keeps the first.
    astroBuild(A, '58', 'dddddd');
    const again = finishBuild(A);
    expect(again.archived).toBe(false);
    expect(describeCarry(A, again)).toContain('already archived');
    astroBuild(B, '61');
    finishBuild(B);
    expect(frozenFiles(A)).toEqual(filesA);
  });

  it('does not carry the current version back over the fresh build', () => {
    astroBuild(A, '58');
    finishBuild(A);
    astroBuild(A, '58', 'dddddd');
    freezeVersion(dist, A);
    const fresh = frozenFiles(A);
    expect(carryFrozenEmbeds({ dist, archive, version: A }).carried).toEqual([]);
    expect(frozenFiles(A)).toEqual(fresh);
    expect(fresh[`embed/v/${A}/index.html`]).toContain('#dddddd');
  });

  it('never leaves a half version: an interrupted copy leaves no version, and its leftovers are ignored and cleaned up', () => {
    astroBuild(A, '58');
    freezeVersion(dist, A);
    rmSync(join(dist, 'en'), { recursive: true });
    expect(() => carryFrozenEmbeds({ dist, archive, version: A })).toThrow();
    expect(readdirSync(archive)).toEqual([]);

    // A build killed mid-copy leaves its temporary folder behind.
    mkdirSync(join(archive, `.tmp-${B}-123`, 'nb'), { recursive: true });
    astroBuild(A, '58');
    const result = finishBuild(A);
    expect(result.carried).toEqual([]);
    expect(readdirSync(archive)).toEqual([A]);
  });

  it('refuses a version that is not 12 hex digits (it names folders)', () => {
    expect(() => carryFrozenEmbeds({ dist, archive, version: '../x' })).toThrow(/not a dataset version/);
  });
});
