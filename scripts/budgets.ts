/**
 * Measures the built site (dist/) against DESIGN.md's budgets and prints a table per page
 * type: HTML gzipped, JavaScript loaded before interaction, the on-demand MapLibre chunk and
 * worker, and the boundary files. Exits 1 when anything is over budget. Run after the build.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import {
  BUDGETS,
  checkBudgets,
  formatKb,
  inlineScripts,
  isEmbed,
  pageAssets,
  pageType,
  resolveUrl,
  scriptsBeforeInteraction,
  summarise,
  type PageFigures,
} from '../tools/budgets';
import { filesUnder } from '../src/lib/files';
import { allScriptsBeforeInteraction, islandScripts, JS_BEFORE_INTERACTION_ANY_PAGE, overJsBudget, type PageJs } from '../tools/island-budget';
import { checkStyleBudgets, fontUrls, inlineStyles, pageStylesheets, STYLE_BUDGETS } from '../tools/budgets-styles';
import { PATHS } from '../src/lib/paths';

const dist = PATHS.dist;
if (!existsSync(join(dist, 'index.html'))) {
  console.error('budgets: dist/ has no site; run `npm run build` first');
  process.exit(2);
}

const files = filesUnder(dist);
const urlOf = (file: string) => `/${relative(dist, file).split(sep).join('/')}`;
const gzCache = new Map<string, number>();
const gz = (file: string) => {
  let size = gzCache.get(file);
  if (size === undefined) gzCache.set(file, (size = gzipSync(readFileSync(file)).length));
  return size;
};
const textCache = new Map<string, string | undefined>();
const read = (url: string) => {
  if (!textCache.has(url)) {
    const file = join(dist, url);
    textCache.set(url, existsSync(file) ? readFileSync(file, 'utf8') : undefined);
  }
  return textCache.get(url);
};
const isMapLibre = (url: string) => /\/maplibre[^/]*\.m?js$/.test(url);

// Render-blocking CSS per page (largest kept) and the font files any of those stylesheets can load.
const css = { gz: 0, url: '' };
const fonts = new Map<string, number>();
const fontContents = new Set<string>();
const pages: PageFigures[] = files
  .filter((f) => f.endsWith('.html'))
  .map((file) => {
    const url = urlOf(file);
    const html = readFileSync(file, 'utf8');
    const sheets = pageStylesheets(html).map((href) => resolveUrl(url, href));
    const cssGz =
      sheets.reduce((sum, s) => sum + (existsSync(join(dist, s)) ? gz(join(dist, s)) : 0), 0) +
      inlineStyles(html).reduce((sum, body) => sum + gzipSync(body).length, 0);
    if (cssGz > css.gz) [css.gz, css.url] = [cssGz, url];
    for (const sheet of sheets)
      for (const font of fontUrls(sheet, read(sheet) ?? '')) {
        if (fonts.has(font) || !existsSync(join(dist, font))) {
          if (!fonts.has(font)) fonts.set(font, 0);
          continue;
        }
        // A frozen embed's copy of a font (/embed/v/_shared/) is the same file: a reader loads one of them.
        const bytes = readFileSync(join(dist, font));
        const hash = createHash('sha256').update(bytes).digest('hex');
        if (!fontContents.has(hash)) fonts.set(font, bytes.length);
        fontContents.add(hash);
      }
    const scripts = scriptsBeforeInteraction(url, html, read);
    const jsGz =
      scripts.reduce((sum, s) => sum + (existsSync(join(dist, s)) ? gz(join(dist, s)) : 0), 0) +
      inlineScripts(html).reduce((sum, code) => sum + gzipSync(code).length, 0);
    const assetsGz = () =>
      pageAssets(html)
        .map((u) => join(dist, resolveUrl(url, u)))
        .reduce((sum, f) => sum + (existsSync(f) ? gz(f) : 0), 0);
    return {
      url,
      type: pageType(url),
      htmlGz: gz(file),
      jsGz,
      totalGz: isEmbed(url) ? gz(file) + jsGz + assetsGz() : undefined,
      hasMap: html.includes('class="norway-map"'),
      earlyMapLibre: scripts.filter(isMapLibre),
    };
  });

const chunks = files.filter((f) => isMapLibre(urlOf(f)));
// The library itself is the largest of the on-demand MapLibre files other than its worker.
const worker = chunks.find((f) => /maplibre-gl-worker/.test(f));
const main = chunks.filter((f) => f !== worker).sort((a, b) => gz(b) - gz(a))[0];
const boundaries = files.filter((f) => f.endsWith('.topo.json')).map((f) => ({ name: urlOf(f), gz: gz(f) }));

const pad = (s: string, n: number) => s.padEnd(n);
const num = (s: string, n: number) => s.padStart(n);
console.log(`${pad('page type', 22)}${num('pages', 6)}${num('HTML gz (max)', 15)}${num('JS gz before interaction', 26)}  map  largest page`);
for (const row of summarise(pages)) {
  console.log(
    `${pad(row.type, 22)}${num(String(row.pages), 6)}${num(formatKb(row.htmlGz), 15)}${num(formatKb(row.jsGz), 26)}  ${row.hasMap ? 'yes' : ' - '}  ${row.worstUrl}`,
  );
}
const embeds = summarise(pages).filter((row) => row.totalGz !== undefined);
if (embeds.length > 0) {
  console.log();
  for (const row of embeds)
    console.log(
      `embed ${pad(row.type, 16)} before interaction, in all (HTML+CSS+JS+fonts+images): ${formatKb(row.totalGz!)} gz (max over ${row.pages} pages)   budget ${formatKb(BUDGETS.embedTotal)}`,
    );
}
console.log();
console.log(`MapLibre chunk (on demand): ${main ? `${formatKb(gz(main))} gz  ${urlOf(main)}` : 'not found'}   budget ${formatKb(BUDGETS.maplibreChunk)}`);
const glue = chunks.filter((f) => f !== main && f !== worker);
for (const f of glue) console.log(`map island code loaded with it: ${formatKb(gz(f))} gz  ${urlOf(f)}`);
if (worker) console.log(`MapLibre worker (on demand): ${formatKb(gz(worker))} gz  ${urlOf(worker)}`);
for (const b of boundaries) console.log(`boundaries: ${formatKb(b.gz)} gz  ${b.name}   budget ${formatKb(BUDGETS.boundaries)}`);
console.log(
  `budgets: HTML ${formatKb(BUDGETS.html)}, JS ${formatKb(BUDGETS.jsWithoutMap)} without map / ${formatKb(BUDGETS.jsMapBeforeInteraction)} with map before interaction`,
);

// Issue 16: JavaScript before interaction on any page, islands' own code included (tools/island-budget.ts).
const pagesJs: PageJs[] = files
  .filter((f) => f.endsWith('.html'))
  .map((file) => {
    const url = urlOf(file);
    const html = readFileSync(file, 'utf8');
    const scripts = allScriptsBeforeInteraction(url, html, read);
    const jsGz =
      scripts.reduce((sum, s) => sum + (existsSync(join(dist, s)) ? gz(join(dist, s)) : 0), 0) +
      inlineScripts(html).reduce((sum, code) => sum + gzipSync(code).length, 0);
    return { url, jsGz, islands: islandScripts(html).length };
  });
const worstJs = [...pagesJs].sort((a, b) => b.jsGz - a.jsGz)[0]!;
console.log(
  `JS before interaction, islands included: largest ${formatKb(worstJs.jsGz)} gz on ${worstJs.url}   budget ${formatKb(JS_BEFORE_INTERACTION_ANY_PAGE)} on any page`,
);
for (const row of summarise(
  pagesJs.filter((p) => p.islands > 0).map((p) => ({ url: p.url, type: pageType(p.url), htmlGz: 0, jsGz: p.jsGz, hasMap: false, earlyMapLibre: [] })),
))
  console.log(`  with an island: ${pad(row.type, 22)}${num(String(row.pages), 4)} pages  ${formatKb(row.jsGz)} gz (max)`);

console.log(`CSS before first paint (largest page): ${formatKb(css.gz)} gz  ${css.url}   budget ${formatKb(STYLE_BUDGETS.css)}`);
for (const [font, bytes] of fonts) console.log(`font: ${formatKb(bytes)}  ${font}   budget ${formatKb(STYLE_BUDGETS.fontFile)} each`);
console.log(`fonts in all: ${formatKb([...fonts.values()].reduce((a, b) => a + b, 0))} (${fonts.size} files)   budget ${formatKb(STYLE_BUDGETS.fontsTotal)}`);

const violations = [
  ...checkBudgets({ pages, maplibreGz: main ? gz(main) : null, boundaries }),
  ...checkStyleBudgets({ cssGz: css.gz, cssUrl: css.url, fonts: [...fonts].map(([url, bytes]) => ({ url, bytes })) }),
];
for (const p of overJsBudget(pagesJs))
  violations.push({ what: `JS before interaction, islands included, on ${p.url}`, size: p.jsGz, budget: JS_BEFORE_INTERACTION_ANY_PAGE });
if (violations.length > 0) {
  console.error(`\nover budget (${violations.length}):`);
  for (const v of violations.slice(0, 30)) console.error(`  ${v.what}: ${formatKb(v.size)} > ${formatKb(v.budget)}`);
  process.exit(1);
}
console.log('\nall within budget');
