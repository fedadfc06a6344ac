import { cpSync, existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { freezeVersion } from './frozen-version';
import { assembleFrozenPage } from './frozen-shared';
import { A, astroBuild, B, frozenFiles, frozenFixture, shared, write } from './frozen-fixture';

const paths = frozenFixture();

describe('freezeVersion', () => {
  it("turns the current version's frozen pages into shells with shared bodies, stylesheet and files, and leaves the latest pages alone", () => {
    astroBuild(paths.dist, A, '58');
    const latest = readFileSync(join(paths.dist, 'embed', 'index.html'), 'utf8');
    expect(freezeVersion(paths.dist, A)).toBe(6);
    for (const [file, content] of Object.entries(frozenFiles(paths.dist, A))) expect(content, file).not.toContain('/_astro/');
    // The CSV moved to the shared folder by content; the page's link follows it.
    expect(Object.keys(frozenFiles(paths.dist, A)).filter((f) => f.endsWith('.csv'))).toEqual([]);
    const shell = readFileSync(join(paths.dist, 'nn', 'embed', 'v', A, 'tjenester', 'x', 'index.html'), 'utf8');
    expect(shell).not.toContain('58 av 357');
    const page = assembleFrozenPage(shell, (name) => shared(paths.dist, name));
    expect(page).toContain('58 av 357 kommuner');
    const css = /<link rel="stylesheet" href="\/embed\/v\/_shared\/([0-9a-f]{64}\.css)">/.exec(page)?.[1];
    expect(shared(paths.dist, css!)).toBe('.embed{color:#aaaaaa}');
    const csv = /<a href="\/embed\/v\/_shared\/([0-9a-f]{64}\.csv)" download="data.csv"/.exec(page)?.[1];
    expect(shared(paths.dist, csv!)).toBe('kommune,verdi\nOslo,58\n');
    expect(readFileSync(join(paths.dist, 'embed', 'index.html'), 'utf8')).toBe(latest);
  });

  it("links the head's own styles from shared copies in place, keeps styles in the body, and keeps no file nothing refers to", () => {
    astroBuild(paths.dist, A, '58');
    const file = join(paths.dist, 'embed', 'v', A, 'index.html');
    writeFileSync(
      file,
      readFileSync(file, 'utf8').replace('</head>', '<style>.own{margin:0}</style></head>').replace('<main', '<svg><style>.b0{fill:red}</style></svg><main'),
    );
    write(join(paths.dist, 'embed', 'v', A, 'kart.svg'), '<svg/>');
    freezeVersion(paths.dist, A);
    const page = assembleFrozenPage(readFileSync(file, 'utf8'), (name) => shared(paths.dist, name));
    const links = [...page.matchAll(/<link rel="stylesheet" href="\/embed\/v\/_shared\/([0-9a-f]{64}\.css)">/g)].map((m) => shared(paths.dist, m[1]!));
    expect(links).toEqual(['.embed{color:#aaaaaa}', '.own{margin:0}']);
    expect(page).toContain('<svg><style>.b0{fill:red}</style></svg>');
    expect(existsSync(join(paths.dist, 'embed', 'v', A, 'kart.svg'))).toBe(false);
    expect(readdirSync(join(paths.dist, 'embed', 'v', '_shared')).filter((n) => n.endsWith('.svg'))).toEqual([]);
  });

  it('shares the body of a page whose figures did not change between versions, even with another date', () => {
    astroBuild(paths.dist, A, '58', 'aaaaaa', '1. desember');
    freezeVersion(paths.dist, A, { volatile: { nb: ['1. desember'], nn: ['1. desember'], en: ['1. desember'] } });
    const before = new Set(readdirSync(join(paths.dist, 'embed', 'v', '_shared')));
    const saved = join(paths.root, 'shared');
    cpSync(join(paths.dist, 'embed', 'v', '_shared'), saved, { recursive: true });
    astroBuild(paths.dist, B, '58', 'aaaaaa', '2. desember');
    cpSync(saved, join(paths.dist, 'embed', 'v', '_shared'), { recursive: true });
    freezeVersion(paths.dist, B, { volatile: { nb: ['2. desember'], nn: ['2. desember'], en: ['2. desember'] } });
    const added = readdirSync(join(paths.dist, 'embed', 'v', '_shared')).filter((n) => !before.has(n));
    expect(added).toEqual([]);
    const page = assembleFrozenPage(readFileSync(join(paths.dist, 'embed', 'v', B, 'index.html'), 'utf8'), (name) => shared(paths.dist, name));
    expect(page).toContain('data 2. desember');
    expect(page).toContain(`Datasettversjon ${B}`);
    expect(page).not.toContain(A);
  });

  it('fails naming the page when a stylesheet is missing, and when the build wrote no frozen folder', () => {
    astroBuild(paths.dist, A, '58');
    rmSync(join(paths.dist, '_astro', 'global.aaaaaa.css'));
    expect(() => freezeVersion(paths.dist, A)).toThrow(/embed\/v\/aaaaaaaaaaaa\/.*index\.html.*global\.aaaaaa\.css/);
    expect(() => freezeVersion(paths.dist, B)).toThrow(/no embed\/v\/bbbbbbbbbbbb\//);
  });
});
