/**
 * One stage of the scale benchmark, run in its own process so its peak memory is its own.
 *   tsx scripts/bench-stage.ts pull <folder>    pull <folder>/export.csv into <folder>/dataset.json
 *   tsx scripts/bench-stage.ts stats <folder>   compute every figure the pages show (siteStats) from <folder>/dataset.json
 * Prints one JSON line: { seconds, peakMb, ... }.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PATHS } from '../src/lib/paths';
import { pull } from '../src/lib/pull/pull';
import { Dataset } from '../src/lib/dataset/schema';
import { indexDataset } from '../src/lib/dataset/site-data';
import { siteStats } from '../src/lib/figures/site-stats';

const [stage, folder] = process.argv.slice(2);
if (!folder || (stage !== 'pull' && stage !== 'stats')) {
  console.error('usage: bench-stage.ts pull|stats <folder>');
  process.exit(2);
}
const started = performance.now();
let detail: Record<string, number> = {};
if (stage === 'pull') {
  const summary = await pull({
    source: join(folder, 'export.csv'),
    columnsPath: PATHS.demoColumns,
    registryDirectory: join(folder, 'registry'),
    cataloguePath: join(folder, 'services.json'),
    outputPath: join(folder, 'dataset.json'),
    acceptDrop: true,
  });
  detail = { rows: summary.rowsRead, libraries: summary.dataset.libraries.length, services: summary.dataset.services.length };
} else {
  const dataset = Dataset.parse(JSON.parse(readFileSync(join(folder, 'dataset.json'), 'utf8')));
  // Everything the pages show is computed once per build by siteStats: time exactly that.
  const stats = siteStats(indexDataset(dataset));
  detail = { subscriptions: dataset.subscriptions.length, services: stats.services.size };
}
const seconds = (performance.now() - started) / 1000;
console.log(JSON.stringify({ seconds, peakMb: process.resourceUsage().maxRSS / 1024, ...detail }));
