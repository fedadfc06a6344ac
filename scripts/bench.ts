/**
 * Scale benchmark: Norway at 1x, 10x and 100x (libraries, services, subscriptions), built from the
 * real registry and catalogue. At every size: generate the export, run the pull and every
 * statistic; at 1x and 10x also the full site build (into a temporary folder, leaving dist/ alone).
 * Prints wall time, peak memory and pages per second.
 *   npm run bench [-- --sizes 1,10,100 --build-sizes 1,10] [--keep: leave the built sites in the temporary folder]
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { registryFiles, scaleCatalogue, scaleRegistry } from '../src/lib/bench/synthetic';
import { readCatalogue } from '../src/lib/catalogue';
import { bytesUnder } from '../src/lib/files';
import { generateDemoExport } from '../src/lib/demo-export';
import { PATHS } from '../src/lib/paths';
import { readRegistry, REGISTRY_FILES } from '../src/lib/registry';

const { values } = parseArgs({ options: { sizes: { type: 'string', default: '1,10,100' }, 'build-sizes': { type: 'string', default: '1,10' }, keep: { type: 'boolean', default: false } } });
const sizes = values.sizes.split(',').map(Number);
const buildSizes = new Set(values['build-sizes'].split(',').map(Number));
const registry = readRegistry(PATHS.registry);
const catalogue = readCatalogue(PATHS.catalogue);
const root = mkdtempSync(join(tmpdir(), 'hhh-bench-'));

function stage(args: string[], env: Record<string, string> = {}): { stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, ['--import', 'tsx', ...args], { encoding: 'utf8', env: { ...process.env, ...env }, maxBuffer: 64 * 1024 * 1024 });
  if (result.status !== 0) throw new Error(`${args.join(' ')} failed:\n${result.stderr}`);
  return { stdout: result.stdout, stderr: result.stderr };
}

const rows: string[][] = [['size', 'libraries', 'services', 'export rows', 'generate s', 'pull s', 'pull MB', 'stats s', 'stats MB', 'build s', 'build MB', 'pages', 'pages/s', 'dist MB', 'KB/page']];
for (const k of sizes) {
  const folder = join(root, `x${k}`);
  mkdirSync(join(folder, 'registry'), { recursive: true });
  let started = performance.now();
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
  let build = ['', '', '', '', '', ''];
  if (buildSizes.has(k)) {
    started = performance.now();
    const out = stage(['scripts/build-site.ts'], { HHH_DATASET: join(folder, 'dataset.json'), HHH_DIST: join(folder, 'dist'), HHH_EMBED_ARCHIVE: join(folder, 'frozen-embeds') }).stdout;
    const match = /build: (\d+) pages in ([\d.]+) s.*peak memory (\d+) MB/.exec(out);
    if (!match) throw new Error(`unexpected build output: ${out}`);
    // The output's size shows what the time may hide: pages that grow with the dataset.
    const distBytes = bytesUnder(join(folder, 'dist'));
    build = [match[2]!, match[3]!, match[1]!, (Number(match[1]) / Number(match[2])).toFixed(0), (distBytes / 1e6).toFixed(0), (distBytes / 1e3 / Number(match[1])).toFixed(0)];
    if (!values.keep) rmSync(join(folder, 'dist'), { recursive: true, force: true });
  }
  rows.push([`${k}x`, String(pulled.libraries), String(pulled.services), String(pulled.rows), generateSeconds.toFixed(1), pulled.seconds.toFixed(1), pulled.peakMb.toFixed(0), stats.seconds.toFixed(2), stats.peakMb.toFixed(0), ...build]);
  console.error(`bench: ${k}x done`);
}
if (values.keep) console.error(`bench: kept the built sites in ${root}`);
else rmSync(root, { recursive: true, force: true });

const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
for (const row of rows) console.log(row.map((cell, i) => cell.padStart(widths[i]!)).join('  '));
