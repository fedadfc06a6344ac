import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCatalogue } from '../dataset/catalogue';
import { PATHS } from '../paths';
import { generateDemoMaterial } from './demo-material';

const material = generateDemoMaterial(readCatalogue(PATHS.catalogue).services.slice(0, 8));

describe('the demo campaign material', () => {
  it('matches the committed files (run `npm run demo-campaign` after changing it)', () => {
    expect(readFileSync(PATHS.demoCampaignManifest, 'utf8')).toBe(material.manifestCsv);
    for (const [file, svg] of material.files) expect(readFileSync(join(PATHS.demoCampaignManifest, '..', file), 'utf8')).toBe(svg);
  });

  it('marks every image as an example and has withdrawn and expired rows to filter', () => {
    for (const svg of material.files.values()) expect(svg).toContain('EKSEMPEL');
    expect(material.manifestCsv).toMatch(/,trukket,/);
    expect(material.manifestCsv).toMatch(/,gitt,2025-06-30/);
    expect(material.manifestCsv).toMatch(/,se,/);
    expect(material.manifestCsv).toMatch(/,sma,/);
  });
});
