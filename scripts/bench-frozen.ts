/**
 * The cost of one frozen-embed version and of one more: builds the site twice into a scratch
 * folder, first from the demo export (version A), then from the same export with a few
 * subscriptions removed and pulled a day later (version B), sharing one archive, and prints the
 * bytes each version adds to the archive and to dist/.
 *
 *   npm run bench:frozen [-- --keep]   (about two builds' time; --keep leaves the scratch folder)
 *
 * `benchFrozen` is exported for `npm run bench`.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { versionBytes } from '../src/lib/embed/frozen-store';
import { datasetVersion } from '../src/lib/embed/views';
import { bytesUnder } from '../src/lib/files';
import type { MeasuredSizes } from '../src/lib/embed/projection';
import { PATHS } from '../src/lib/paths';
import { measureSizes, projectionLines } from '../tools/bench/site-projection';

export interface FrozenFigures {
  /** One version on its own in the archive: its folder and the shared files it refers to. */
  versionBytes: number;
  /** What version B (a few subscriptions fewer, a day later) added to the archive. */
  addedArchiveBytes: number;
  /** What it added to dist/. */
  addedDistBytes: number;
  /** Subscriptions removed to make version B. */
  changedSubscriptions: number;
  /** What the projection of the site's size needs (the site without frozen embeds, a version, the next, a retired version's notices). */
  sizes: MeasuredSizes;
}

function run(script: string, args: string[], env: Record<string, string>): string {
  const result = spawnSync(process.execPath, ['--import', 'tsx', script, ...args], {
    encoding: 'utf8',
    env: { ...process.env, ...env },
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.status !== 0) throw new Error(`${script} failed (${result.status}):\n${result.stderr.slice(-4000)}`);
  return result.stdout;
}

/** A copy of the export without `count` subscription rows of the latest year, spread over the file. */
export function withoutSubscriptions(csv: string, count: number): string {
  const lines = csv.split('\n');
  const latest = lines
    .slice(1)
    .map((l) => /,(\d{4})-\d\d-\d\d,/.exec(l)?.[1] ?? '')
    .sort()
    .at(-1);
  const candidates = lines.map((l, i) => ({ l, i })).filter(({ l, i }) => i > 0 && l.includes(`,${latest}-`) && l.includes(',Bekreftet,'));
  if (candidates.length < count) throw new Error(`bench-frozen: the export has only ${candidates.length} confirmed subscriptions in ${latest}`);
  const drop = new Set(Array.from({ length: count }, (_, k) => candidates[Math.floor(((k + 0.5) * candidates.length) / count)]!.i));
  return lines.filter((_, i) => !drop.has(i)).join('\n');
}

export function benchFrozen(options: { folder: string; changed?: number; log?: (line: string) => void }): FrozenFigures {
  const { folder } = options;
  const changed = options.changed ?? 3;
  const log = options.log ?? (() => {});
  const env = { HHH_DATASET: join(folder, 'dataset.json'), HHH_DIST: join(folder, 'dist'), HHH_EMBED_ARCHIVE: join(folder, 'archive') };
  const csv = readFileSync(PATHS.demoExport, 'utf8');
  writeFileSync(join(folder, 'a.csv'), csv);
  writeFileSync(join(folder, 'b.csv'), withoutSubscriptions(csv, changed));
  const build = (name: string, dayShift: number) => {
    run('scripts/pull.ts', ['--source', join(folder, name), '--columns', PATHS.demoColumns, '--accept-drop'], env);
    // The nightly pulls a changed export on a later day: the data date differs too.
    const dataset = JSON.parse(readFileSync(env.HHH_DATASET, 'utf8'));
    dataset.source.pulledAt = new Date(Date.parse(dataset.source.pulledAt) + dayShift * 86_400_000).toISOString();
    // B is the demo with a few rows fewer: still demo data (the pull marks only the demo file itself), as A and B must compare like for like.
    dataset.source.isDemo = true;
    writeFileSync(env.HHH_DATASET, JSON.stringify(dataset));
    log(
      run('scripts/build-site.ts', [], env)
        .split('\n')
        .filter((l) => l.startsWith('frozen embeds') || l.startsWith('build:'))
        .join('\n'),
    );
    return { version: datasetVersion(dataset.source.sha256 as string), archive: bytesUnder(env.HHH_EMBED_ARCHIVE), dist: bytesUnder(env.HHH_DIST) };
  };
  const a = build('a.csv', 0);
  const b = build('b.csv', 1);
  if (a.version === b.version) throw new Error('bench-frozen: versions A and B are the same');
  const one = versionBytes(env.HHH_EMBED_ARCHIVE, a.version);
  const sizes = measureSizes({ distBytes: a.dist, archive: env.HHH_EMBED_ARCHIVE, version: a.version, nextVersionBytes: b.dist - a.dist });
  return {
    versionBytes: one.own + one.shared,
    addedArchiveBytes: b.archive - a.archive,
    addedDistBytes: b.dist - a.dist,
    changedSubscriptions: changed,
    sizes,
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const folder = mkdtempSync(join(tmpdir(), 'bench-frozen-'));
  const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(2)} MB`;
  try {
    const figures = benchFrozen({ folder, log: (line) => console.log(line) });
    console.log(`one frozen version: ${mb(figures.versionBytes)} (its folder and the shared files it refers to)`);
    console.log(
      `one more version (${figures.changedSubscriptions} subscriptions fewer, a day later): +${mb(figures.addedArchiveBytes)} archive, +${mb(figures.addedDistBytes)} dist/ (budget 2 MB)`,
    );
    for (const line of projectionLines('1x (demo)', figures.sizes)) console.log(line);
    if (figures.addedArchiveBytes > 2 * 1024 * 1024 || figures.addedDistBytes > 2 * 1024 * 1024) process.exitCode = 1;
  } finally {
    if (process.argv.includes('--keep')) console.log(`scratch folder kept: ${folder}`);
    else if (existsSync(folder)) rmSync(folder, { recursive: true, force: true });
  }
}
