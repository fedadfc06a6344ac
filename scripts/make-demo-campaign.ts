/**
 * Writes the demo campaign material: data/campaign/manifest.csv and data/campaign/demo/*.svg,
 * for the eight services that come first in the catalogue. Deterministic.
 *   npm run demo-campaign
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { generateDemoMaterial } from '../src/lib/campaign/demo-material';
import { readCatalogue } from '../src/lib/dataset/catalogue';
import { PATHS } from '../src/lib/paths';

const DEMO_SERVICES = 8;
const folder = dirname(PATHS.demoCampaignManifest);
const material = generateDemoMaterial(readCatalogue(PATHS.catalogue).services.slice(0, DEMO_SERVICES));
rmSync(join(folder, 'demo'), { recursive: true, force: true });
for (const [file, svg] of material.files) {
  mkdirSync(dirname(join(folder, file)), { recursive: true });
  writeFileSync(join(folder, file), svg);
}
writeFileSync(PATHS.demoCampaignManifest, material.manifestCsv);
console.error(`wrote ${PATHS.demoCampaignManifest} and ${material.files.size} demo images`);
