import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { carryFrozenEmbeds, describeCarry } from './frozen-archive';
import { archivedVersions, archiveProblems, frozenFolder, readArchiveIndex, versionBytes } from './frozen-store';
import { freezeVersion } from './frozen-version';
import { freezeHtml } from './freeze';
import { assembleFrozenPage, sharedText } from './frozen-shared';
import { parseKeepPolicy } from './retention';
import {
  A,
  astroBuild as buildAsAstro,
  B,
  finishBuild as finishSteps,
  frozenFiles as filesOf,
  frozenFixture,
  shared as sharedIn,
  write,
} from './frozen-fixture';

const paths = frozenFixture();
let root: string;
let dist: string;
let archive: string;
beforeEach(() => ({ root, dist, archive } = paths));
// The fixture's helpers, on this test's folders.
const shared = (name: string) => sharedIn(dist, name);
const astroBuild = (version: string, figure: string, cssHash?: string, date?: string) => buildAsAstro(dist, version, figure, cssHash, date);
const finishBuild = (version: string) => finishSteps(paths, version);
const frozenFiles = (version: string) => filesOf(dist, version);

describe('carryFrozenEmbeds', () => {
  it("after a build with version A and then one with B, dist/ holds A's frozen files exactly as A's build wrote them, and B's", () => {
    astroBuild(A, '58');
    const first = finishBuild(A);
    expect(first).toMatchObject({ archived: true, carried: [], carriedBytes: 0 });
    const filesA = frozenFiles(A);
    expect(Object.keys(filesA)).toHaveLength(6);
    const pageA = assembleFrozenPage(filesA[`embed/v/${A}/index.html`]!, shared);

    // The next night: new data, new code (other hashes); Astro writes only B.
    astroBuild(B, '61', 'c0ffee');
    expect(frozenFiles(A)).toEqual({});
    const second = finishBuild(B);
    expect(second.archived).toBe(true);
    expect(second.carried).toEqual([A]);
    expect(second.carriedBytes).toBeGreaterThan(0);
    expect(frozenFiles(A)).toEqual(filesA);
    // A's pages need nothing from B's build, whose CSS hash differs: their shared files were carried.
    expect(existsSync(join(dist, '_astro', 'global.aaaaaa.css'))).toBe(false);
    expect(assembleFrozenPage(frozenFiles(A)[`embed/v/${A}/index.html`]!, shared)).toBe(pageA);
    expect(pageA).toContain('58 av 357');
    expect(assembleFrozenPage(frozenFiles(B)[`embed/v/${B}/index.html`]!, shared)).toContain('61 av 357');
    expect(archivedVersions(archive)).toEqual([A, B]);
    expect(archiveProblems(archive)).toEqual([]);
    expect(second.addedBytes).toBeGreaterThan(second.currentBytes);
    expect(describeCarry(B, second)).toMatch(
      /^frozen embeds: version bbbbbbbbbbbb archived, adding 0\.0 MB \(its own folder 0\.0 MB, the rest new shared files\); 1 older version carried forward \(0\.0 MB\)$/,
    );
  });

  it("never overwrites an archived version: a rebuild of A with other output leaves the archive's A as it was", () => {
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
    const css = /_shared\/([0-9a-f]{64}\.css)/.exec(fresh[`embed/v/${A}/index.html`]!)?.[1];
    expect(shared(css!)).toContain('#dddddd');
  });

  it('never leaves a half version: an interrupted copy leaves no version, and its leftovers are ignored and cleaned up', () => {
    astroBuild(A, '58');
    freezeVersion(dist, A);
    rmSync(join(dist, 'en'), { recursive: true });
    expect(() => carryFrozenEmbeds({ dist, archive, version: A })).toThrow();
    expect(archivedVersions(archive)).toEqual([]);
    expect(readdirSync(archive).filter((e) => e.startsWith('.tmp-'))).toEqual([]);

    // A build killed mid-copy leaves its temporary folder behind.
    mkdirSync(join(archive, `.tmp-${B}-123`, 'nb'), { recursive: true });
    astroBuild(A, '58');
    const result = finishBuild(A);
    expect(result.carried).toEqual([]);
    expect(readdirSync(archive).sort()).toEqual([A, '_shared', 'versions.json'].sort());
  });

  it('refuses a version that is not 12 hex digits (it names folders)', () => {
    expect(() => carryFrozenEmbeds({ dist, archive, version: '../x' })).toThrow(/not a dataset version/);
  });

  it('carries a version archived in the older, self-contained format byte for byte, beside versions in the shared format', () => {
    // What the build wrote before the shared format: pages with the CSS inlined, files beside them.
    astroBuild(A, '58');
    for (const lang of ['nb', 'nn', 'en'] as const) {
      for (const file of Object.keys(frozenFiles(A)).filter((f) => f.startsWith(frozenFolder(lang, A)))) {
        const path = join(dist, file);
        const content = readFileSync(path, 'utf8');
        const out = join(archive, A, lang, relative(join(dist, frozenFolder(lang, A)), path));
        write(out, file.endsWith('.html') ? freezeHtml(content, (p) => readFileSync(join(dist, p), 'utf8')) : content);
      }
    }
    const before: Record<string, string> = {};
    for (const f of readdirSync(join(archive, A), { recursive: true, withFileTypes: true }).filter((e) => e.isFile())) {
      before[relative(archive, join(f.parentPath, f.name))] = readFileSync(join(f.parentPath, f.name), 'latin1');
    }
    expect(Object.keys(before)).toHaveLength(12);
    astroBuild(B, '61', 'c0ffee');
    finishBuild(B);
    for (const [file, content] of Object.entries(before)) {
      expect(readFileSync(join(archive, file), 'latin1'), file).toBe(content);
      const [, lang, ...rest] = file.split(sep);
      expect(readFileSync(join(dist, frozenFolder(lang as 'nb', A), ...rest), 'latin1'), file).toBe(content);
    }
    expect(readArchiveIndex(archive).versions.map((r) => r.version)).toEqual([A, B]);
  });

  it('prunes what the policy does not keep, leaving a notice at every URL of the pruned version that links to the nearest kept one', () => {
    const keep = parseKeepPolicy('last=1');
    const day = (d: number) => new Date(Date.UTC(2026, 11, d, 3, 30));
    astroBuild(A, '58');
    freezeVersion(dist, A);
    carryFrozenEmbeds({ dist, archive, version: A, keep, now: day(1) });
    astroBuild(B, '61');
    freezeVersion(dist, B);
    const result = carryFrozenEmbeds({ dist, archive, version: B, keep, now: day(2) });
    expect(result.pruned).toEqual([A]);
    expect(describeCarry(B, result)).toContain(`pruned ${A}`);
    expect(archivedVersions(archive)).toEqual([B]);
    const notice = readFileSync(join(dist, 'nn', 'embed', 'v', A, 'tjenester', 'x', 'index.html'), 'utf8');
    expect(notice).toContain('Denne datasettversjonen er ikkje lenger arkivert');
    expect(notice).toContain(`href="/nn/embed/v/${B}/tjenester/x/"`);
    expect(notice).toContain('href="/nn/embed/tjenester/x/"');
    expect(notice).toContain('publisert 2026-12-01–2026-12-01');
    // The record survives in the archive: the next build, from another version, still writes the notices.
    const C = 'cccccccccccc';
    astroBuild(C, '62');
    freezeVersion(dist, C);
    const third = carryFrozenEmbeds({ dist, archive, version: C, keep, now: day(3) });
    expect(third.pruned).toEqual([B]);
    expect(readFileSync(join(dist, 'embed', 'v', A, 'index.html'), 'utf8')).toContain(`href="/embed/v/${C}/"`);
    expect(readFileSync(join(dist, 'en', 'embed', 'v', B, 'index.html'), 'utf8')).toContain('This dataset version is no longer archived');
    expect(JSON.parse(readFileSync(join(dist, 'embed', 'v', 'archive.json'), 'utf8'))).toEqual({ versions: [C], pruned: [A, B] });
    // Shared files only the pruned versions used are gone; what C uses stays.
    expect(archiveProblems(archive)).toEqual([]);
    const bodies = readdirSync(join(archive, '_shared'))
      .filter((n) => n.endsWith('.html.gz'))
      .map((n) => sharedText(n, readFileSync(join(archive, '_shared', n))));
    expect(bodies.length).toBeGreaterThan(0);
    expect(bodies.some((b) => b.includes('58 av 357') || b.includes('61 av 357'))).toBe(false);
    expect(bodies.some((b) => b.includes('62 av 357'))).toBe(true);
  });

  it('finds a missing version, a shared file that does not match its name, and a page whose shared file is missing', () => {
    astroBuild(A, '58');
    finishBuild(A);
    expect(archiveProblems(archive)).toEqual([]);
    const { own, shared: sharedBytes } = versionBytes(archive, A);
    expect(own).toBeGreaterThan(0);
    expect(sharedBytes).toBeGreaterThan(0);
    const names = readdirSync(join(archive, '_shared'));
    const loader = names.find((n) => n.endsWith('.js'))!;
    const csv = names.find((n) => n.endsWith('.csv'))!;
    writeFileSync(join(archive, '_shared', loader), 'tampered');
    // Referred to only from a shared body, not from a version's own files.
    rmSync(join(archive, '_shared', csv));
    const problems = archiveProblems(archive);
    expect(problems.some((p) => p.includes(`${loader} does not match its content`))).toBe(true);
    expect(problems.some((p) => p.includes(`refers to _shared/${csv}, which is missing`))).toBe(true);
    rmSync(join(archive, A), { recursive: true });
    expect(archiveProblems(archive)).toContain(`versions.json lists version ${A}, which is missing`);
  });

  it('refuses a versions.json whose pruned pages would name folders outside dist/, naming the file and the field', () => {
    astroBuild(A, '58');
    finishBuild(A);
    const index = JSON.parse(readFileSync(join(archive, 'versions.json'), 'utf8'));
    index.pruned.push({
      version: B,
      firstBuilt: '2026-01-01T00:00:00.000Z',
      lastBuilt: '2026-01-01T00:00:00.000Z',
      prunedAt: '2026-01-02T00:00:00.000Z',
      pages: ['nb/../../x/'],
    });
    writeFileSync(join(archive, 'versions.json'), JSON.stringify(index));
    expect(() => finishBuild(A)).toThrow(/versions\.json at pruned\.0\.pages\.0/);
    expect(archiveProblems(archive).join('\n')).toMatch(/versions\.json at pruned\.0\.pages\.0/);
    expect(existsSync(join(root, 'x'))).toBe(false);
  });
});
