/**
 * `npm run lighthouse [-- page …]`: Lighthouse (mobile, its default emulation and simulated
 * throttling) on the home page, a service page, a library page, the comparison (with libraries
 * chosen, so its island draws a table), the embed builder and an embed, against dist/ served
 * locally by Astro's preview server, in Debian's Chromium; names (`compare builder`) run only those.
 * Prints performance, accessibility, LCP, TBT and CLS. Fails when accessibility is below 100, or
 * performance below 85: under the target (95, issue 16, which every page reaches on a quiet machine)
 * by enough that a loaded machine's noise can't trip it, close enough that a regression does (a
 * layout shift like the ones issue 16 removed costs 20 points). A page below the target is measured
 * again, up to twice, and its best run counts; pages still below it are named.
 * Nothing leaves the machine: the pages are local and Chromium's background networking is off.
 */
import { existsSync, readdirSync } from 'node:fs';
import { preview } from 'astro';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { relativeFilesUnder } from '../src/lib/files';
import { CHROMIUM, CHROMIUM_FLAGS, freePort } from '../tools/local-chromium';
import { compareHref } from '../src/lib/figures/compare';
import { ENTITY_SEGMENTS, libraryPath, servicePath } from '../src/lib/site/urls';

const FLOORS = { performance: 85, accessibility: 100 };
/** Issue 16's target for performance: a page below it is measured again (its best run counts). */
const TARGET = 95;
const RUNS = 3;

if (!existsSync('dist/index.html')) {
  console.error('lighthouse: no site in dist/: run `npm run build` first');
  process.exit(2);
}

/** The first built embed page, if any (embeds live under an `embed/` folder, in any language). */
function firstEmbed(): string | undefined {
  const file = relativeFilesUnder('dist')
    .filter((f) => /(^|\/)embed\/.+\.html$/.test(f))
    .sort()[0];
  return file && `/${file.replace(/index\.html$/, '')}`;
}

/** The first service page in the sitemap's order of folders (the build's own list of pages). */
function firstService(): string {
  const slug = readdirSync(`dist/${ENTITY_SEGMENTS.service}`, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort()[0]!;
  return servicePath(slug);
}

/** The first library page, and the first three libraries to compare, in the same order. */
function firstLibraries(): string[] {
  return readdirSync(`dist/${ENTITY_SEGMENTS.library}`, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort()
    .slice(0, 3);
}

const libraries = firstLibraries();
const allPages = [
  ['home', '/'],
  ['service', firstService()],
  ['library', libraryPath(libraries[0]!)],
  [
    'compare',
    compareHref(
      '/sammenlign/',
      libraries.map((slug) => ({ slug })),
    ),
  ],
  ['builder', '/bygg-inn/'],
  ...(firstEmbed() ? [['embed', firstEmbed()!]] : []),
] as const;
const wanted = process.argv.slice(2).filter((a) => !a.startsWith('-'));
const unknown = wanted.filter((w) => !allPages.some(([page]) => page === w));
if (unknown.length) {
  console.error(`lighthouse: no page called ${unknown.join(', ')} (pages: ${allPages.map(([page]) => page).join(', ')})`);
  process.exit(2);
}
const pages = allPages.filter(([page]) => wanted.length === 0 || wanted.includes(page));
const port = await freePort();
const server = await preview({ root: process.cwd(), logLevel: 'warn', server: { host: '127.0.0.1', port } });
const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM, chromeFlags: CHROMIUM_FLAGS });
const started = performance.now();
const outside: string[] = [];
const rows: { page: string; path: string; performance: number; accessibility: number; lcp: number; tbt: number; cls: number }[] = [];
try {
  for (const [page, path] of pages)
    for (let run = 1; run <= RUNS; run++) {
      const result = await lighthouse(`http://127.0.0.1:${port}${path}`, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: ['performance', 'accessibility'],
      });
      if (!result) throw new Error(`lighthouse gave no result for ${path}`);
      const { categories, audits } = result.lhr;
      if (result.lhr.runtimeError) throw new Error(`${path}: ${result.lhr.runtimeError.message}`);
      rows.push({
        page,
        path,
        performance: Math.round((categories.performance?.score ?? 0) * 100),
        accessibility: Math.round((categories.accessibility?.score ?? 0) * 100),
        lcp: audits['largest-contentful-paint']?.numericValue ?? NaN,
        tbt: audits['total-blocking-time']?.numericValue ?? NaN,
        cls: audits['cumulative-layout-shift']?.numericValue ?? NaN,
      });
      // The site ships everything itself: a request to anywhere but the local server is a bug.
      const requests = (audits['network-requests']?.details as { items?: { url: string }[] } | undefined)?.items ?? [];
      outside.push(...requests.map((r) => r.url).filter((u) => !u.startsWith(`http://127.0.0.1:${port}/`) && !u.startsWith('data:') && !u.startsWith('blob:')));
      const failed = Object.values(audits).filter((a) => a.score === 0 && (categories.accessibility?.auditRefs ?? []).some((r) => r.id === a.id));
      for (const a of failed) console.log(`  ${path}: accessibility audit failed: ${a.id} (${a.title})`);
      const last = rows.at(-1)!;
      console.log(`  ${page} run ${run}: performance ${last.performance}, accessibility ${last.accessibility}`);
      if (last.performance >= TARGET) break;
    }
} finally {
  chrome.kill();
  await server.stop();
}

// A page's best run counts: the machine's load can only have lowered the others.
const best = [...new Map(rows.map((r) => [r.page, rows.filter((o) => o.page === r.page).sort((a, b) => b.performance - a.performance)[0]!])).values()];
const pad = (s: string | number, n: number) => String(s).padEnd(n);
console.log(
  `\nLighthouse (mobile, simulated throttling), ${best.length} pages (${rows.length} runs) in ${((performance.now() - started) / 1000).toFixed(0)} s`,
);
console.log(`${pad('page', 9)}${pad('path', 34)}${pad('perf', 6)}${pad('a11y', 6)}${pad('LCP', 9)}${pad('TBT', 9)}CLS`);
for (const r of rows) {
  console.log(
    `${pad(r.page, 9)}${pad(r.path, 34)}${pad(r.performance, 6)}${pad(r.accessibility, 6)}${pad(`${(r.lcp / 1000).toFixed(2)} s`, 9)}${pad(`${Math.round(r.tbt)} ms`, 9)}${r.cls.toFixed(3)}`,
  );
}
const below = best.flatMap((r) => [
  ...(r.performance < FLOORS.performance ? [`${r.path}: performance ${r.performance} < ${FLOORS.performance}`] : []),
  ...(r.accessibility < FLOORS.accessibility ? [`${r.path}: accessibility ${r.accessibility} < ${FLOORS.accessibility}`] : []),
]);
below.push(...outside.map((u) => `request outside the site: ${u}`));
if (below.length) {
  console.error(`\nlighthouse: below the floor:\n  ${below.join('\n  ')}`);
  process.exit(1);
}
const belowTarget = best.filter((r) => r.performance < TARGET);
console.log(
  `\nlighthouse: every page at or above the floors (performance ${FLOORS.performance}, accessibility ${FLOORS.accessibility}); below issue 16's target of ${TARGET}: ${belowTarget.map((r) => `${r.page} ${r.performance}`).join(', ') || 'none'}`,
);
