/**
 * Search benchmark: the index's size (raw and gzipped) and query times (p50, p95) over realistic
 * queries typed a keystroke at a time, at Norway's size and at 10x.
 *   npm run bench:search
 * Fails on the size budget (60 KB gzipped). Timing is printed against its 16 ms budget and fails
 * only beyond 4x that: the machine is shared, so noise of 2-3x happens, but 4x means the search
 * itself got slower (an algorithmic change), not the machine busier.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { PATHS } from '../src/lib/paths';
import { createSearcher } from '../src/lib/search/engine';
import type { SearchIndex } from '../src/lib/search/index-format';
import { demoSearchIndex } from '../src/lib/search/node-data';
import { multiplyIndex } from '../src/lib/search/synthetic';

const SIZE_BUDGET_GZ = 60 * 1024;
const P95_BUDGET_MS = 16;
const P95_FAIL_MS = 4 * P95_BUDGET_MS;
const ROUNDS = 5;

/** What people type: places with and without Norwegian letters, typos, postcodes, services, vendors. */
const QUERIES = [
  'Tromsø', 'tromso', 'baerum', 'Bærum kommune', 'alesund', 'Aalesund', 'Drammen', 'Oslo', 'Bergen', 'Stavanger',
  'stavnger', 'lillehamer', 'fredrikstadt', 'kristiansnd', 'trondhjem', 'Kautokeino', 'Karasjok', 'Tana', 'Snåsa',
  'Sør-Varanger', 'Mjøndalen', 'Sandvika', 'Voss gymnas', 'katedralskole trondheim', 'Nettskulen', 'Herøy',
  '3050', '0150', '9008', '5003', 'PressReader', 'Filmoteket', 'Britannica', 'Norgesfilm', 'Ordnett', 'Libby',
  'aviser', 'film', 'language learning', 'Finnmark', 'Nordland',
];

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

function measure(label: string, index: SearchIndex) {
  let start = performance.now();
  const searcher = createSearcher(index, 'nb');
  const setup = performance.now() - start;
  // Every prefix from two characters on, as the box runs one query per keystroke.
  const typed = QUERIES.flatMap((q) => Array.from({ length: q.length - 1 }, (_, i) => q.slice(0, i + 2)));
  for (const q of typed) searcher.search(q); // warm-up: JIT and caches, as after the first keystrokes
  // Each query's time is the fastest of its rounds: the cost of the search itself, with the moments
  // another process had the CPU (the machine is shared) filtered out.
  const times = typed.map((q) => {
    let fastest = Infinity;
    for (let round = 0; round < ROUNDS; round++) {
      start = performance.now();
      searcher.search(q);
      fastest = Math.min(fastest, performance.now() - start);
    }
    return fastest;
  });
  times.sort((a, b) => a - b);
  const p50 = percentile(times, 50);
  const p95 = percentile(times, 95);
  const entries = index.municipalities.length + index.libraries.length + index.places.length + index.services.length + index.vendors.length;
  console.log(
    `  ${label.padEnd(8)} ${String(entries).padStart(6)} rows  setup ${setup.toFixed(0).padStart(4)} ms  ` +
      `query p50 ${p50.toFixed(2)} ms, p95 ${p95.toFixed(2)} ms, max ${times.at(-1)!.toFixed(1)} ms (${times.length} queries, fastest of ${ROUNDS} each)`,
  );
  return p95;
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const index = await demoSearchIndex();
const json = JSON.stringify(index);
const gz = gzipSync(json).length;
console.log('search benchmark');
console.log(`  index: ${kb(json.length)} raw, ${kb(gz)} gzipped (budget ${kb(SIZE_BUDGET_GZ)})`);
const x10 = JSON.stringify(multiplyIndex(index, 10));
console.log(`  index at 10x: ${kb(x10.length)} raw, ${kb(gzipSync(x10).length)} gzipped (no budget)`);

// The JavaScript the box costs, when a build is there: the eager script and the chunk loaded on focus.
const assets = join(PATHS.dist, '_astro');
if (existsSync(assets)) {
  for (const file of readdirSync(assets).filter((f) => /^(LibrarySearch|engine)[^/]*\.js$/.test(f))) {
    const size = gzipSync(readFileSync(join(assets, file))).length;
    console.log(`  js ${file.startsWith('engine') ? 'on focus' : 'on load '}: ${kb(size)} gzipped (${file})`);
  }
}

const p95 = measure('Norway', index);
measure('10x', multiplyIndex(index, 10));
console.log(`  p95 at Norway's size ${p95 <= P95_BUDGET_MS ? 'within' : 'OVER'} the ${P95_BUDGET_MS} ms budget`);

let failed = false;
if (gz > SIZE_BUDGET_GZ) {
  console.error(`bench:search: the index is ${kb(gz)} gzipped, over the ${kb(SIZE_BUDGET_GZ)} budget`);
  failed = true;
}
if (p95 > P95_FAIL_MS) {
  console.error(`bench:search: p95 ${p95.toFixed(1)} ms is over ${P95_FAIL_MS} ms (4x the budget): the search got slower`);
  failed = true;
}
process.exit(failed ? 1 : 0);
