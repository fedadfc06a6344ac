/**
 * Prints the heaviest pages in dist/ (gzipped HTML and up-front JavaScript) against the budgets,
 * and exits with 1 when a page is over. Run after `npm run build`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { BUDGET, gzipKb, pageScriptKb } from '../src/lib/budget';
import { PATHS } from '../src/lib/paths';

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? htmlFiles(join(dir, e.name)) : e.name.endsWith('.html') ? [join(dir, e.name)] : []));
}

const pages = htmlFiles(PATHS.dist).map((file) => {
  const html = readFileSync(file, 'utf8');
  return { page: `/${relative(PATHS.dist, file)}`, htmlKb: gzipKb(html), jsKb: pageScriptKb(html, PATHS.dist) };
});
const top = (key: 'htmlKb' | 'jsKb') => [...pages].sort((a, b) => b[key] - a[key]).slice(0, 5);
console.log(`budgets: ${pages.length} pages`);
console.log(`  HTML gz (budget ${BUDGET.htmlKb} KB), heaviest:`);
for (const p of top('htmlKb')) console.log(`    ${p.htmlKb.toFixed(1).padStart(6)} KB  ${p.page}`);
console.log(`  JS gz before interaction (budget ${BUDGET.jsKb} KB on pages without the map), heaviest:`);
for (const p of top('jsKb')) console.log(`    ${p.jsKb.toFixed(1).padStart(6)} KB  ${p.page}`);
// Pages with the map have their own, larger budget (DESIGN.md); they are marked by the map component.
const over = pages.filter((p) => p.htmlKb > BUDGET.htmlKb || p.jsKb > BUDGET.jsKb);
if (over.length > 0) {
  console.error(`budgets: ${over.length} pages over budget, e.g. ${over.slice(0, 5).map((p) => p.page).join(', ')}`);
  process.exit(1);
}
