/**
 * Search benchmark: the index's size (raw and gzipped) and query times (p50, p95) over realistic
 * queries typed a keystroke at a time, at Norway's size and at 10x, with the machine's load.
 *   npm run bench:search [-- --strict]
 * Budgets: 60 KB gzipped for the index; p95 5 ms at Norway's size and 16 ms at 10x (wall time;
 * the process's CPU time is printed beside it, as the load-independent figure).
 * Fails (exit 1) on the size budget, and on a p95 over 4x its budget: the machine is shared, so
 * noise of 2-3x happens (each query's time is already the fastest of several runs), but 4x means
 * the search itself got slower (the full scan is about 5x the 10x budget), not the machine busier.
 * With --strict (or BENCH_STRICT=1), fails on the budgets themselves: for a quiet machine.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { PATHS } from '../src/lib/paths';
import { createSearcher } from '../src/lib/search/engine';
import type { SearchIndex } from '../src/lib/search/index-format';
import { demoSearchIndex } from '../src/lib/search/node-data';
import { multiplyIndex } from '../tools/bench/search-synthetic';

const SIZE_BUDGET_GZ = 60 * 1024;
/** p95 budgets per size: what a keystroke may cost. */
const P95_BUDGET_MS = { Norway: 5, '10x': 16 } as const;
/** Beyond this multiple of the budget the search got slower, whatever the machine's load. */
const NOISE_FACTOR = 4;
const strict = process.argv.includes('--strict') || process.env.BENCH_STRICT === '1';
const ROUNDS = 5;

/** What people type: places with and without Norwegian letters, typos, postcodes, services, vendors. */
const QUERIES = [
  'Tromsø',
  'tromso',
  'baerum',
  'Bærum kommune',
  'alesund',
  'Aalesund',
  'Drammen',
  'Oslo',
  'Bergen',
  'Stavanger',
  'stavnger',
  'lillehamer',
  'fredrikstadt',
  'kristiansnd',
  'trondhjem',
  'Kautokeino',
  'Karasjok',
  'Tana',
  'Snåsa',
  'Sør-Varanger',
  'Mjøndalen',
  'Sandvika',
  'Voss gymnas',
  'katedralskole trondheim',
  'Nettskulen',
  'Herøy',
  '3050',
  '0150',
  '9008',
  '5003',
  'PressReader',
  'Filmoteket',
  'Britannica',
  'Norgesfilm',
  'Ordnett',
  'Libby',
  'aviser',
  'film',
  'language learning',
  'Finnmark',
  'Nordland',
];

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

function measure(label: keyof typeof P95_BUDGET_MS, index: SearchIndex) {
  let start = performance.now();
  const searcher = createSearcher(index, 'nb');
  const setup = performance.now() - start;
  // Every prefix from two characters on, as the box runs one query per keystroke.
  const typed = QUERIES.flatMap((q) => Array.from({ length: q.length - 1 }, (_, i) => q.slice(0, i + 2)));
  for (const q of typed) searcher.search(q); // warm-up: JIT and caches, as after the first keystrokes
  // Each query's time is the fastest of its rounds: the cost of the search itself, with the moments
  // another process had the CPU (the machine is shared) filtered out.
  // The process's own CPU time too: what the query costs whatever else the machine runs.
  const cpuTimes: number[] = [];
  const times = typed.map((q) => {
    let fastest = Infinity;
    let fastestCpu = Infinity;
    for (let round = 0; round < ROUNDS; round++) {
      const cpu = process.cpuUsage();
      start = performance.now();
      searcher.search(q);
      fastest = Math.min(fastest, performance.now() - start);
      const used = process.cpuUsage(cpu);
      fastestCpu = Math.min(fastestCpu, (used.user + used.system) / 1000);
    }
    cpuTimes.push(fastestCpu);
    return fastest;
  });
  times.sort((a, b) => a - b);
  cpuTimes.sort((a, b) => a - b);
  const p50 = percentile(times, 50);
  const p95 = percentile(times, 95);
  const entries = index.municipalities.length + index.libraries.length + index.places.length + index.services.length + index.vendors.length;
  console.log(
    `  ${label.padEnd(8)} ${String(entries).padStart(6)} rows  setup ${setup.toFixed(0).padStart(4)} ms (Fuse's and the bigram index)  ` +
      `query p50 ${p50.toFixed(2)} ms, p95 ${p95.toFixed(2)} ms, max ${times.at(-1)!.toFixed(1)} ms (${times.length} queries, fastest of ${ROUNDS} each); ` +
      `CPU time p50 ${percentile(cpuTimes, 50).toFixed(2)} ms, p95 ${percentile(cpuTimes, 95).toFixed(2)} ms`,
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

const load = () =>
  loadavg()
    .map((l) => l.toFixed(1))
    .join(' ');
console.log(`  machine: ${cpus().length} cores, load average ${load()} (1, 5, 15 min) before timing`);
const measured = { Norway: measure('Norway', index), '10x': measure('10x', multiplyIndex(index, 10)) };
console.log(`  load average ${load()} after timing`);

let failed = false;
if (gz > SIZE_BUDGET_GZ) {
  console.error(`bench:search: the index is ${kb(gz)} gzipped, over the ${kb(SIZE_BUDGET_GZ)} budget`);
  failed = true;
}
for (const [label, p95] of Object.entries(measured) as [keyof typeof P95_BUDGET_MS, number][]) {
  const budget = P95_BUDGET_MS[label];
  const limit = strict ? budget : NOISE_FACTOR * budget;
  console.log(
    `  p95 at ${label}: ${p95.toFixed(2)} ms, ${p95 <= budget ? 'within' : 'OVER'} the ${budget} ms budget (fails beyond ${limit} ms${strict ? ', --strict' : `, ${NOISE_FACTOR}x for a shared machine`})`,
  );
  if (p95 > limit) {
    console.error(`bench:search: p95 ${p95.toFixed(1)} ms at ${label} is over ${limit} ms: the search got slower`);
    failed = true;
  }
}
process.exit(failed ? 1 : 0);
