import { describe, expect, it } from 'vitest';
import { readCatalogue } from '../../src/lib/dataset/catalogue';
import { PATHS } from '../../src/lib/paths';
import { parseRegistry, readRegistry } from '../../src/lib/dataset/registry';
import { registryFiles, scaleCatalogue, scaleRegistry, syntheticServices } from './synthetic';

const registry = readRegistry(PATHS.registry);
const catalogue = readCatalogue(PATHS.catalogue);

describe("the scale benchmark's synthetic Norway", () => {
  it('has about k times the libraries and services, all with unique keys', () => {
    for (const k of [10, 100]) {
      const scaled = scaleRegistry(registry, k);
      const libraries = scaled.municipalities.length + scaled.schools.length;
      expect(libraries).toBe(k * (registry.municipalities.length + registry.schools.length));
      // Municipalities are geography, set by the state: they do not multiply.
      expect(scaled.municipalities).toEqual(registry.municipalities);
      expect(new Set(scaled.schools.map((s) => s.organisationNumber)).size).toBe(scaled.schools.length);
      const services = scaleCatalogue(catalogue, k).services;
      // The invented products (the benchmark's own) join the real catalogue before it multiplies.
      expect(services).toHaveLength(k * (catalogue.services.length + syntheticServices().services.length));
      expect(new Set(services.map((s) => s.name.toLowerCase())).size).toBe(services.length);
      expect(services.filter((s) => s.funding === 'state-funded')).toHaveLength(1);
    }
  });

  it('round-trips through the registry files the pull reads', () => {
    const scaled = scaleRegistry(registry, 2);
    const read = parseRegistry(registryFiles(scaled));
    expect(read.municipalities).toHaveLength(scaled.municipalities.length);
    expect(read.schools).toHaveLength(scaled.schools.length);
    expect(read.schools[400]).toEqual(scaled.schools[400]);
  });
});
