import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { carryFrozenEmbeds, describeCarry } from './frozen-archive';
import { archivedVersions, archiveProblems, frozenFolder, PUBLISHED_INDEX, readArchiveIndex, versionBytes } from './frozen-store';
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

  it('under the default policy, nightly builds keep the last 30 days and one a month before, change nothing kept, and leave a notice at every URL of every retired version', () => {
    const DAY = 86_400_000;
    const start = Date.UTC(2026, 8, 1, 2, 30);
    // A new version every third night from 1 September to 15 November: two months thinned, the last 30 days whole.
    const step = 3;
    const nights = 26;
    const versions = Array.from({ length: nights }, (_, d) => (d + 1).toString(16).padStart(12, '0'));
    const built: Record<string, { files: Record<string, string>; pages: Record<string, string> }> = {};
    versions.forEach((v, d) => {
      astroBuild(v, String(100 + d));
      freezeVersion(dist, v);
      // No policy given: the build's default (HHH_EMBED_KEEP unset).
      carryFrozenEmbeds({ dist, archive, version: v, now: new Date(start + d * step * DAY) });
      const files = frozenFiles(v);
      const pages = Object.fromEntries(
        Object.entries(files)
          .filter(([f]) => f.endsWith('index.html'))
          .map(([f, html]) => [f, assembleFrozenPage(html, shared)]),
      );
      built[v] = { files, pages };
    });
    const at = (d: number) => start + d * step * DAY;
    const now = at(nights - 1);

    // Expected from the calendar alone: live (until the next night's version) within the last 30 days, or the last of its month.
    const month = (d: number) => new Date(at(d)).toISOString().slice(0, 7);
    const recent = versions.filter((_, d) => d === nights - 1 || now - at(d + 1) < 30 * DAY);
    const monthLast = versions.filter((_, d) => d === nights - 1 || month(d) !== month(d + 1));
    const expected = [...new Set([...recent, ...monthLast])].sort();
    expect(recent.length).toBeGreaterThanOrEqual(10);
    expect(monthLast.map((v) => month(versions.indexOf(v)))).toEqual(['2026-09', '2026-10', '2026-11']);
    expect(expected.length).toBeLessThan(nights / 2);
    const published = JSON.parse(readFileSync(join(dist, PUBLISHED_INDEX), 'utf8')) as { versions: string[]; pruned: string[] };
    expect(published.versions).toEqual(expected);
    expect(published.pruned).toEqual(versions.filter((v) => !expected.includes(v)));
    expect(archivedVersions(archive)).toEqual(expected);
    expect(archiveProblems(archive)).toEqual([]);

    // Nothing kept is changed: its files byte for byte, and each page with its shared body as its own build wrote it.
    for (const v of expected) {
      expect(frozenFiles(v), v).toEqual(built[v]!.files);
      for (const [file, page] of Object.entries(built[v]!.pages)) expect(assembleFrozenPage(readFileSync(join(dist, file), 'latin1'), shared), file).toBe(page);
    }

    // Every page URL of every retired version holds a notice that links to a kept version's page and to the latest.
    let notices = 0;
    for (const v of published.pruned) {
      const urls = Object.keys(built[v]!.pages);
      expect(urls.length).toBe(6);
      expect(Object.keys(frozenFiles(v)).sort()).toEqual(urls.sort());
      for (const file of urls) {
        const notice = readFileSync(join(dist, file), 'utf8');
        expect(notice, file).toContain(`data-embed-pruned="${v}"`);
        const links = [...notice.matchAll(/href="([^"]+)"/g)].map((m) => m[1]!);
        const kept = links.map((href) => /\/embed\/v\/([0-9a-f]{12})\//.exec(href)?.[1]).filter((k) => k !== undefined);
        expect(kept, file).toHaveLength(1);
        expect(expected).toContain(kept[0]);
        const target = links.find((href) => href.includes(`/v/${kept[0]}/`))!;
        expect(readFileSync(join(dist, target.slice(1), 'index.html'), 'utf8'), file).not.toContain('data-embed-pruned');
        expect(links, file).toContain(file.replace(/^((?:nn|en)\/)?embed\/v\/[0-9a-f]{12}\//, '/$1embed/').replace(/index\.html$/, ''));
        notices += 1;
      }
    }
    expect(notices).toBe(published.pruned.length * 6);
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
