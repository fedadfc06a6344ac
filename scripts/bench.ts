/**
 * Scale benchmark: Norway at 1x, 10x and 100x (libraries, services, subscriptions), built from the
 * real registry and catalogue. At every size: generate the export, run the pull and every
 * statistic; at 1x and 10x also the full site build (into a temporary folder, leaving dist/ alone),
 * the size of dist/, of one frozen embed version, and what one more version adds: a second build
 * from the same export less a few rows (a few subscriptions changed), into the same dist/ and
 * frozen-embed archive, as the nightly build does when the export changed.
 * Prints wall time, peak memory and pages per second, dist/ by page type (pages, MB, KB per page:
 * a type whose KB per page grows with the size grows with more than its subject), and the machine
 * (cores, CPU, RAM, and the load average sampled while it ran: on a shared machine times are upper bounds).
 *   npm run bench [-- --sizes 1,10,100 (or '': none) --build-sizes 1,10] [--no-next: skip the second build]
 *                 [--test-stages [stage,stage]: also time the stages of `npm test` (all, or those named),
 *                  run as npm test runs them, beside the recorded times before issue 27 (tools/bench/test-stages.ts)]
 *                 [--keep: leave the built sites in the temporary folder]
 * The stages of `npm test` are timed only when asked: they take many minutes (e2e, Lighthouse).
 */
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join, relative, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { registryFiles, scaleCatalogue, scaleRegistry } from '../tools/bench/synthetic';
import { measureSizes, projectionLines } from '../tools/bench/site-projection';
import { readCatalogue } from '../src/lib/dataset/catalogue';
import { sizeByPageType, type PageTypeSize } from '../tools/bench/page-types';
import { STAGES_BEFORE_RUN, stagesBeforeAfter } from '../tools/bench/test-stages';
import { runStages, stagesFromArgs } from '../tools/stages';
import { bytesUnder, filesUnder } from '../src/lib/files';
import { generateDemoExport } from '../src/lib/demo/export';
import { datasetVersion } from '../src/lib/embed/views';
import { frozenFolder } from '../src/lib/embed/frozen-store';
import { LANGS } from '../src/lib/i18n/lang';
import { PATHS } from '../src/lib/paths';
import { readRegistry, REGISTRY_FILES } from '../src/lib/dataset/registry';

// `--test-stages` alone (last, or before another option) means every stage: parseArgs wants a value.
const args = process.argv.slice(2).map((a, i, all) => (a === '--test-stages' && (i === all.length - 1 || all[i + 1]!.startsWith('--')) ? '--test-stages=' : a));
const { values } = parseArgs({
  args,
  options: {
    sizes: { type: 'string', default: '1,10,100' },
    'build-sizes': { type: 'string', default: '1,10' },
    'no-next': { type: 'boolean', default: false },
    'test-stages': { type: 'string' },
    keep: { type: 'boolean', default: false },
  },
});
// `--sizes ''` skips the scale benchmark (to time only the stages of npm test).
const sizes = values.sizes.split(',').filter(Boolean).map(Number);
const buildSizes = new Set(values['build-sizes'].split(',').map(Number));
const registry = readRegistry(PATHS.registry);
const catalogue = readCatalogue(PATHS.catalogue);
const root = mkdtempSync(join(tmpdir(), 'hhh-bench-'));

/** The 1-minute load average, sampled at the start and after every stage: the load while it ran. */
const loads = [loadavg()[0]!];
function stage(args: string[], env: Record<string, string> = {}): { stdout: string; stderr: string } {
  loads.push(loadavg()[0]!);
  const result = spawnSync(process.execPath, ['--import', 'tsx', ...args], { encoding: 'utf8', env: { ...process.env, ...env }, maxBuffer: 64 * 1024 * 1024 });
  loads.push(loadavg()[0]!);
  if (result.status !== 0) throw new Error(`${args.join(' ')} failed:\n${result.stderr}`);
  return { stdout: result.stdout, stderr: result.stderr };
}

/** Rows left out of the export for the next version: a few subscriptions changed. */
const NEXT_VERSION_DROPPED_ROWS = 3;

function build(dataset: string, dist: string, archive: string): { seconds: string; peakMb: string; pages: string } {
  const out = stage(['scripts/build-site.ts'], { HHH_DATASET: dataset, HHH_DIST: dist, HHH_EMBED_ARCHIVE: archive }).stdout;
  const match = /build: (\d+) pages in ([\d.]+) s.*peak memory (\d+) MB/.exec(out);
  if (!match) throw new Error(`unexpected build output: ${out}`);
  // The entity feeds' own time and bytes (issue 28), as the build prints them.
  const feeds = /feeds: (\d+) entity feeds, ([\d.]+) MB in ([\d.]+) s/.exec(out);
  if (feeds) console.error(`bench: entity feeds ${feeds[1]} files, ${feeds[2]} MB, written in ${feeds[3]} s of the ${match[2]} s build`);
  return { pages: match[1]!, seconds: match[2]!, peakMb: match[3]! };
}

/** The bytes of one version's frozen embeds in dist/, every language. */
function frozenBytes(dist: string, dataset: string): number {
  const version = datasetVersion(JSON.parse(readFileSync(dataset, 'utf8')).source.sha256);
  return LANGS.reduce((sum, lang) => {
    const folder = join(dist, frozenFolder(lang, version));
    return sum + (existsSync(folder) ? bytesUnder(folder) : 0);
  }, 0);
}

const bytesOf = (folder: string) => (existsSync(folder) ? bytesUnder(folder) : 0);
const mb = (bytes: number) => (bytes / 1e6).toFixed(1);

/** The projected size after one and five years of nightly versions, per built size (printed last). */
const projections: string[] = [];
/** dist/ by page type, per built size. */
const pageTypes = new Map<number, PageTypeSize[]>();
const rows: string[][] = [
  [
    'size',
    'libraries',
    'services',
    'export rows',
    'generate s',
    'pull s',
    'pull MB',
    'stats s',
    'stats MB',
    'build s',
    'build MB',
    'pages',
    'pages/s',
    'dist MB',
    'KB/page',
    'version MB',
    'next: +dist MB',
    'next: +archive MB',
  ],
];
for (const k of sizes) {
  const folder = join(root, `x${k}`);
  mkdirSync(join(folder, 'registry'), { recursive: true });
  const started = performance.now();
  const scaledRegistry = scaleRegistry(registry, k);
  const scaledCatalogue = scaleCatalogue(catalogue, k);
  const files = registryFiles(scaledRegistry);
  writeFileSync(join(folder, 'registry', REGISTRY_FILES.counties), files.counties);
  writeFileSync(join(folder, 'registry', REGISTRY_FILES.municipalities), files.municipalities);
  writeFileSync(join(folder, 'registry', REGISTRY_FILES.schools), files.schools);
  writeFileSync(join(folder, 'services.json'), JSON.stringify(scaledCatalogue));
  const demo = generateDemoExport(scaledRegistry, scaledCatalogue, 1, k);
  writeFileSync(join(folder, 'export.csv'), demo.csv);
  const generateSeconds = (performance.now() - started) / 1000;

  const pulled = JSON.parse(stage(['scripts/bench-stage.ts', 'pull', folder]).stdout);
  const stats = JSON.parse(stage(['scripts/bench-stage.ts', 'stats', folder]).stdout);
  let built = ['', '', '', '', '', '', '', '', ''];
  if (buildSizes.has(k)) {
    const dist = join(folder, 'dist');
    const archive = join(folder, 'frozen-embeds');
    const result = build(join(folder, 'dataset.json'), dist, archive);
    // The output's size shows what the time may hide: pages that grow with the dataset.
    const distBytes = bytesUnder(dist);
    pageTypes.set(k, sizeByPageType(filesUnder(dist).map((file) => ({ path: relative(dist, file).split(sep).join('/'), bytes: statSync(file).size }))));
    const versionBytes = frozenBytes(dist, join(folder, 'dataset.json'));
    const version = datasetVersion(JSON.parse(readFileSync(join(folder, 'dataset.json'), 'utf8')).source.sha256);
    let nextDistBytes: number | undefined;
    let nextBytes = ['', ''];
    if (!values['no-next']) {
      // The next version: the same export less a few rows, pulled and built into the same dist/ and archive.
      const next = join(root, `x${k}-next`);
      cpSync(join(folder, 'registry'), join(next, 'registry'), { recursive: true });
      cpSync(join(folder, 'services.json'), join(next, 'services.json'));
      const lines = demo.csv.trimEnd().split('\n');
      if (lines.length !== demo.rows + 1) throw new Error('bench: the export has fields over several lines; cannot drop rows by line');
      writeFileSync(join(next, 'export.csv'), lines.slice(0, -NEXT_VERSION_DROPPED_ROWS).join('\n') + '\n');
      stage(['scripts/bench-stage.ts', 'pull', next]);
      const archiveBefore = bytesOf(archive);
      build(join(next, 'dataset.json'), dist, archive);
      nextDistBytes = bytesUnder(dist) - distBytes;
      nextBytes = [mb(nextDistBytes), mb(bytesOf(archive) - archiveBefore)];
      if (!values.keep) rmSync(next, { recursive: true, force: true });
    }
    // Without a second build, each night's version is counted whole (an upper bound).
    projections.push(
      ...projectionLines(
        `${k}x${nextDistBytes === undefined ? ' (--no-next: every version counted whole)' : ''}`,
        measureSizes({ distBytes, archive, version, nextVersionBytes: nextDistBytes }),
      ),
    );
    const pages = Number(result.pages);
    built = [
      result.seconds,
      result.peakMb,
      result.pages,
      (pages / Number(result.seconds)).toFixed(0),
      (distBytes / 1e6).toFixed(0),
      (distBytes / 1e3 / pages).toFixed(0),
      mb(versionBytes),
      ...nextBytes,
    ];
    if (!values.keep) rmSync(dist, { recursive: true, force: true });
  }
  rows.push([
    `${k}x`,
    String(pulled.libraries),
    String(pulled.services),
    String(pulled.rows),
    generateSeconds.toFixed(1),
    pulled.seconds.toFixed(1),
    pulled.peakMb.toFixed(0),
    stats.seconds.toFixed(2),
    stats.peakMb.toFixed(0),
    ...built,
  ]);
  // Printed as each size finishes too: a long run's first rows are not lost with its last.
  console.error(
    `bench: ${k}x done: ${rows
      .at(-1)!
      .map((cell, i) => `${rows[0]![i]} ${cell}`)
      .join(', ')}`,
  );
  for (const t of pageTypes.get(k) ?? []) console.error(`bench: ${k}x ${t.type}: ${t.pages} pages, ${mb(t.bytes)} MB`);
}
if (values.keep) console.error(`bench: kept the built sites in ${root}`);
else rmSync(root, { recursive: true, force: true });

const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
for (const row of rows) console.log(row.map((cell, i) => cell.padStart(widths[i]!)).join('  '));
console.log('(version MB: one frozen embed version in dist/, all languages; next: what a second build, from the export');
console.log(` less ${NEXT_VERSION_DROPPED_ROWS} rows into the same dist/ and archive, added to dist/ and to the frozen-embed archive)`);

// What the site grows to under the retention policy (src/lib/embed/projection.ts; docs/hosting.md).
if (projections.length) {
  console.log('projected site size, a new version every night:');
  for (const line of projections) console.log(`  ${line}`);
}

// dist/ by page type (first build of each size): pages, MB and KB per page, side by side.
if (pageTypes.size > 0) {
  const built = [...pageTypes.keys()];
  const types = [...new Set([...pageTypes.values()].flatMap((list) => list.map((t) => t.type)))];
  const table = [['page type', ...built.flatMap((k) => [`${k}x pages`, `${k}x MB`, `${k}x KB/page`])]];
  for (const type of types) {
    table.push([
      type,
      ...built.flatMap((k) => {
        const entry = pageTypes.get(k)!.find((t) => t.type === type);
        if (!entry) return ['', '', ''];
        return [String(entry.pages), mb(entry.bytes), entry.pages ? (entry.bytes / 1e3 / entry.pages).toFixed(0) : ''];
      }),
    ]);
  }
  const w = table[0]!.map((_, i) => Math.max(...table.map((r) => r[i]!.length)));
  console.log('dist/ by page type (every language; embed includes the frozen version):');
  for (const row of table) console.log(row.map((cell, i) => (i === 0 ? cell.padEnd(w[i]!) : cell.padStart(w[i]!))).join('  '));
}

// The stages of `npm test`, timed when asked (they take many minutes), beside the recorded "before".
if (values['test-stages'] !== undefined) {
  const script: string = JSON.parse(readFileSync('package.json', 'utf8')).scripts.test;
  // `npm test` is `tsx scripts/run-stages.ts <step> <step> …` (each step npm scripts joined by +).
  const runner = /^tsx scripts\/run-stages\.ts\s+(.+)$/.exec(script.trim());
  if (!runner) throw new Error(`bench: npm test is not "tsx scripts/run-stages.ts <stage> …": ${script}`);
  const steps = stagesFromArgs(runner[1]!.split(/\s+/));
  const all = steps.flat();
  const asked = values['test-stages'] ? values['test-stages'].split(',') : all;
  const unknown = asked.filter((name) => !all.includes(name));
  if (unknown.length) throw new Error(`bench: not a stage of npm test: ${unknown.join(', ')} (stages: ${all.join(', ')})`);
  // As npm test runs them: the same steps, side by side within a step, on the current dist/ and dataset.
  const { results, seconds } = await runStages(
    steps.map((step) => step.filter((name) => asked.includes(name))).filter((step) => step.length),
    (name) =>
      new Promise<number>((resolve) => {
        loads.push(loadavg()[0]!);
        const child = spawn('npm', ['run', '--silent', name], { stdio: ['ignore', 'ignore', 'inherit'] });
        child.on('close', (code) => {
          loads.push(loadavg()[0]!);
          resolve(code ?? 1);
        });
      }),
  );
  console.log(`npm test stages (after: now, as npm test runs them; ${STAGES_BEFORE_RUN}):`);
  console.log(stagesBeforeAfter(results, seconds));
}
console.log(
  `machine: ${cpus().length} cores (${cpus()[0]?.model ?? 'unknown'}), ${(totalmem() / 2 ** 30).toFixed(1)} GiB RAM; ` +
    `load average (1 min) while it ran ${Math.min(...loads).toFixed(1)}-${Math.max(...loads).toFixed(1)} (${loads.length} samples), ` +
    `at the end ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}`,
);
