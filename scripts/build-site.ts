/**
 * Builds the static site from data/dataset.json (run `npm run pull` first; `npm run build` does)
 * and prints what a maintainer wants to know: pages written, build time and peak memory.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'astro';
import { PATHS } from '../src/lib/paths';

function countPages(directory: string): number {
  let pages = 0;
  for (const entry of readdirSync(directory, { withFileTypes: true })) {
    if (entry.isDirectory()) pages += countPages(join(directory, entry.name));
    else if (entry.name.endsWith('.html')) pages++;
  }
  return pages;
}

const started = performance.now();
await build({ root: process.cwd(), logLevel: 'warn' });
const seconds = (performance.now() - started) / 1000;
// maxRSS is in kilobytes and covers the whole build, which runs in this process.
const peakMegabytes = process.resourceUsage().maxRSS / 1024;
console.log(`build: ${countPages(PATHS.dist)} pages in ${seconds.toFixed(1)} s, peak memory ${peakMegabytes.toFixed(0)} MB`);
