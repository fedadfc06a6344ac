/**
 * `npm run linkcheck`: every internal link, source and srcset in every HTML file in dist/ must
 * lead to a file in dist/ (and a #fragment to an id on that page). Lists the broken ones and
 * exits non-zero if there are any. Older dataset versions' frozen embeds (carried forward from the
 * archive) are not checked themselves, but links into them are; the current version is the
 * dataset's (HHH_DATASET or data/dataset.json).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { datasetVersion } from '../src/lib/embed/views';
import { relativeFilesUnder } from '../src/lib/files';
import { brokenLinks, checksLinksOf, pageLinks, type PageLinks } from '../tools/links';
import { PATHS } from '../src/lib/paths';

const root = process.argv[2] ?? 'dist';
if (!existsSync(join(root, 'index.html'))) {
  console.error(`linkcheck: no site in ${root}/: run \`npm run build\` first`);
  process.exit(2);
}
const started = performance.now();
const files = new Set(relativeFilesUnder(root));
const version = datasetVersion((JSON.parse(readFileSync(PATHS.dataset, 'utf8')) as { source: { sha256: string } }).source.sha256);
const allHtml = [...files].filter((f) => f.endsWith('.html')).sort();
const html = allHtml.filter((f) => checksLinksOf(f, version));
const skipped = allHtml.length - html.length;
const cache = new Map<string, PageLinks>();
const pages = (file: string) => {
  let links = cache.get(file);
  if (!links) cache.set(file, (links = pageLinks(readFileSync(join(root, file), 'utf8'))));
  return links;
};
const broken = brokenLinks(html, pages, (f) => files.has(f));
const links = html.reduce((n, f) => n + pages(f).urls.length, 0);
const seconds = ((performance.now() - started) / 1000).toFixed(1);

if (broken.length) {
  // Group by target so a broken link in a shared component shows once with a count.
  const byUrl = new Map<string, { reason: string; from: string[] }>();
  for (const b of broken) {
    const entry = byUrl.get(b.url) ?? { reason: b.reason, from: [] };
    entry.from.push(b.from);
    byUrl.set(b.url, entry);
  }
  for (const [url, { reason, from }] of byUrl) console.error(`broken: ${url} (${reason}) in ${from.length} page(s), e.g. ${from.slice(0, 3).join(', ')}`);
  console.error(`linkcheck: ${broken.length} broken links (${byUrl.size} distinct) in ${html.length} pages, ${links} links checked in ${seconds} s`);
  process.exit(1);
}
console.log(
  `linkcheck: ${links} links in ${html.length} pages, none broken (${seconds} s)${skipped ? `; ${skipped} frozen embed pages of older dataset versions not checked` : ''}`,
);
