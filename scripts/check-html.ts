/**
 * `npm run check:html`: the W3C Nu Html Checker (vnu, from the `vnu-jar` package, run on the
 * machine's Java) over one built page of every template in every language, every folder shape of
 * the embeds (Norway, a service, a county, each latest and frozen), the 404 page and the embed
 * builder: the pages `tools/checked-site.ts` picks, the same ones the accessibility tests open.
 * One JVM checks them all. Prints the pages checked and every error and warning; exits 1 on any
 * (see tools/html-check.ts for why warnings count), 2 if it cannot run.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkedSite } from '../tools/checked-site';
import { datasetVersion } from '../src/lib/embed/views';
import { formatFinding, runVnu, type HtmlReport } from '../tools/html-check';
import { PATHS } from '../src/lib/paths';

const root = process.argv[2] ?? 'dist';
if (!existsSync(join(root, 'index.html'))) {
  console.error(`check:html: no site in ${root}/: run \`npm run build\` first`);
  process.exit(2);
}
const started = performance.now();
const version = datasetVersion((JSON.parse(readFileSync(PATHS.dataset, 'utf8')) as { source: { sha256: string } }).source.sha256);
const pages = checkedSite({ dist: root, pages: 'src/pages', version });
const unbuilt = pages.filter((p) => !p.file);
if (unbuilt.length) {
  console.error(`check:html: these templates built no page to check: ${unbuilt.map((p) => p.label).join(', ')}`);
  process.exit(1);
}
const files = pages.map((p) => join(root, p.file!));
let report: HtmlReport & { version: string };
try {
  report = runVnu(files, root);
} catch (error) {
  console.error(`check:html: ${(error as Error).message}`);
  process.exit(2);
}
const seconds = ((performance.now() - started) / 1000).toFixed(1);
for (const f of report.errors) console.error(`error: ${formatFinding(f)}`);
for (const f of report.warnings) console.error(`warning: ${formatFinding(f)}`);
const failed = new Set([...report.errors, ...report.warnings].map((f) => f.file)).size;
const summary = `check:html: Nu Html Checker ${report.version} on ${files.length} pages (${new Set(pages.map((p) => p.label)).size} templates): ${report.errors.length} errors, ${report.warnings.length} warnings in ${failed} pages; ${report.notes} notes not counted; ${report.cspOnFile} CSP findings on file: URLs left to the browser test (${seconds} s)`;
if (report.errors.length || report.warnings.length) {
  console.error(summary);
  process.exit(1);
}
console.log(summary);
