/**
 * Builds the boundary topologies the site ships from Kartverket's municipality TopoJSON:
 *
 *   data/geo/norway.topo.json           national map (from Kommuner-S), gzip budget 150 kB
 *   data/geo/norway-detailed.topo.json  county zoom  (from Kommuner-M), gzip budget 400 kB
 *
 * Prints raw and gzipped sizes and exits non-zero if a file is over its budget, so a
 * parameter change that bloats what every visitor downloads cannot slip through.
 *
 * Usage: npx tsx scripts/build-boundaries.ts
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Topology } from 'topojson-specification';
import { buildBoundaryTopology, countyIds, municipalitiesOnly, municipalityIds, type BoundaryOptions } from '../src/lib/geo/boundaries';
import { ROOT } from '../src/lib/paths';

/** Sizes are in kB = 1000 bytes. */
const KB = 1000;

type Output = {
  source: string;
  target: string;
  options: BoundaryOptions;
  budgetGzipBytes: number;
};

const OUTPUTS: Output[] = [
  {
    source: 'data/geo/source/Kommuner-S.topojson',
    target: 'data/geo/norway.topo.json',
    options: {
      // The whole country at 400×600 px is ~3 km per pixel, ~1.5 km on a 2× screen; 3 km²
      // triangles stay below a square pixel there (keeps roughly a third of Kommuner-S).
      minTriangleKm2: 3,
      // ~25 m grid steps: far finer than a pixel, and coarse enough to shorten the deltas.
      quantization: 50_000,
      minIslandKm2: 0.5,
    },
    budgetGzipBytes: 150 * KB,
  },
  {
    source: 'data/geo/source/Kommuner-M.topojson',
    target: 'data/geo/norway-detailed.topo.json',
    options: {
      // A county fills the view at roughly 100–400 m per pixel; Kommuner-M is already
      // generalised (most of its triangles are > 0.1 km²), so only trim its finest detail.
      minTriangleKm2: 0.2,
      // ~12–15 m grid steps, still sub-pixel when zoomed to Oslo.
      quantization: 100_000,
      minIslandKm2: 0.02,
    },
    budgetGzipBytes: 400 * KB,
  },
];

type Row = { file: string; raw: number; gzip: number; budget?: number };

function sizes(file: string, json: string, budget?: number): Row {
  const bytes = new TextEncoder().encode(json).length;
  return { file, raw: bytes, gzip: gzipSync(json, { level: 9 }).length, ...(budget ? { budget } : {}) };
}

function kb(bytes: number): string {
  return `${(bytes / KB).toFixed(1)} kB`;
}

function printTable(rows: Row[]): void {
  const header = ['file', 'raw', 'gzip -9', 'budget (gzip)'];
  const cells = rows.map((r) => [r.file, kb(r.raw), kb(r.gzip), r.budget ? kb(r.budget) : '']);
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => (c[i] ?? '').length)));
  const line = (c: string[]): string => c.map((v, i) => (i === 0 ? v.padEnd(widths[i] ?? 0) : v.padStart(widths[i] ?? 0))).join('  ');
  console.log(line(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const c of cells) console.log(line(c));
}

function main(): void {
  const rows: Row[] = [];
  const overBudget: string[] = [];
  for (const output of OUTPUTS) {
    const source = JSON.parse(readFileSync(join(ROOT, output.source), 'utf8')) as Topology;
    const topology = buildBoundaryTopology(source, output.options);
    const json = JSON.stringify(topology);
    writeFileSync(join(ROOT, output.target), json);

    const row = sizes(output.target, json, output.budgetGzipBytes);
    rows.push(row, sizes('  of which municipalities only', JSON.stringify(municipalitiesOnly(topology))));
    console.log(
      `${output.target}: ${municipalityIds(topology).length} municipalities, ${countyIds(topology).length} counties, ` +
        `${topology.arcs.length} arcs, ${topology.arcs.reduce((n, arc) => n + arc.length, 0)} points ` +
        `(from ${output.source})`,
    );
    if (row.gzip > output.budgetGzipBytes) {
      overBudget.push(`${output.target} is ${kb(row.gzip)} gzipped, over its ${kb(output.budgetGzipBytes)} budget`);
    }
  }
  console.log();
  printTable(rows);

  if (overBudget.length > 0) {
    console.error(`\nOver budget; simplify more (minTriangleKm2) or quantize coarser:\n  ${overBudget.join('\n  ')}`);
    process.exit(1);
  }
}

main();
