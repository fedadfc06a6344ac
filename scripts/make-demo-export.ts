/**
 * Writes the embedded demo export (data/source/demo-export.csv) from the real registries and the
 * catalogue, with fictitious subscriptions that reproduce the published figures, and the names the
 * largest libraries are known by (data/registry/aliases.json). Deterministic: `--seed N` (default DEMO_SEED).
 *   npm run demo-export [-- --seed 42 --out path.csv]
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { aliasesById } from '../src/lib/dataset/aliases';
import { readCatalogue } from '../src/lib/dataset/catalogue';
import { DEMO_SEED, generateDemoExport } from '../src/lib/demo/export';
import { PATHS } from '../src/lib/paths';
import { readRegistry } from '../src/lib/dataset/registry';

const { values } = parseArgs({ options: { seed: { type: 'string' }, out: { type: 'string' } } });
const seed = values.seed === undefined ? DEMO_SEED : Number(values.seed);
if (!Number.isInteger(seed)) {
  console.error(`--seed must be a whole number, got "${values.seed}"`);
  process.exit(2);
}
const out = values.out ?? PATHS.demoExport;
const result = generateDemoExport(readRegistry(PATHS.registry), readCatalogue(PATHS.catalogue), seed, 1, aliasesById());
writeFileSync(out, result.csv);
console.error(`wrote ${out}: ${result.rows} rows, ${result.members} members, seed ${seed}`);
for (const [year, count] of Object.entries(result.activeByYear)) {
  console.error(
    `  ${year}: ${result.paidByYear[Number(year)]} paid subscriptions (sales) + ${count - result.paidByYear[Number(year)]!} Filmbib registrations = ${count} active rows`,
  );
}
