/**
 * `npm run lighthouse`: Lighthouse (mobile, its default emulation and simulated throttling) on the
 * home page, a service page and an embed (if the site has one), against dist/ served locally by
 * Astro's preview server, in Debian's Chromium. Prints performance, accessibility, LCP, TBT and
 * CLS; fails only below floors low enough that a loaded machine's noise can't trip them.
 * Nothing leaves the machine: the pages are local and Chromium's background networking is off.
 */
import { existsSync, readdirSync } from 'node:fs';
import { preview } from 'astro';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { relativeFilesUnder } from '../src/lib/files';
import { CHROMIUM, CHROMIUM_FLAGS, freePort } from '../tools/local-chromium';
import { ENTITY_SEGMENTS, servicePath } from '../src/lib/site/urls';

const FLOORS = { performance: 70, accessibility: 90 };

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

const pages = [['home', '/'], ['service', firstService()], ...(firstEmbed() ? [['embed', firstEmbed()!]] : [])] as const;
const port = await freePort();
const server = await preview({ root: process.cwd(), logLevel: 'warn', server: { host: '127.0.0.1', port } });
const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM, chromeFlags: CHROMIUM_FLAGS });
const started = performance.now();
const outside: string[] = [];
const rows: { page: string; path: string; performance: number; accessibility: number; lcp: number; tbt: number; cls: number }[] = [];
try {
  for (const [page, path] of pages) {
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
  }
} finally {
  chrome.kill();
  await server.stop();
}

const pad = (s: string | number, n: number) => String(s).padEnd(n);
console.log(`\nLighthouse (mobile, simulated throttling), ${rows.length} pages in ${((performance.now() - started) / 1000).toFixed(0)} s`);
console.log(`${pad('page', 9)}${pad('path', 34)}${pad('perf', 6)}${pad('a11y', 6)}${pad('LCP', 9)}${pad('TBT', 9)}CLS`);
for (const r of rows) {
  console.log(
    `${pad(r.page, 9)}${pad(r.path, 34)}${pad(r.performance, 6)}${pad(r.accessibility, 6)}${pad(`${(r.lcp / 1000).toFixed(2)} s`, 9)}${pad(`${Math.round(r.tbt)} ms`, 9)}${r.cls.toFixed(3)}`,
  );
}
const below = rows.flatMap((r) => [
  ...(r.performance < FLOORS.performance ? [`${r.path}: performance ${r.performance} < ${FLOORS.performance}`] : []),
  ...(r.accessibility < FLOORS.accessibility ? [`${r.path}: accessibility ${r.accessibility} < ${FLOORS.accessibility}`] : []),
]);
below.push(...outside.map((u) => `request outside the site: ${u}`));
if (below.length) {
  console.error(`\nlighthouse: below the floor:\n  ${below.join('\n  ')}`);
  process.exit(1);
}
console.log(`\nlighthouse: every page at or above the floors (performance ${FLOORS.performance}, accessibility ${FLOORS.accessibility})`);
