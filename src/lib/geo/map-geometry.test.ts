import { geoContains } from 'd3-geo';
import { feature } from 'topojson-client';
import type * as TopoJSON from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import { PATHS } from '../paths';
import { readRegistry } from '../dataset/registry';
import { countyGeometry, GEO_FILES, MAP_WIDTH, municipalityInsidePoints, nationalGeometry, readTopology, topologyMunicipalityIds } from './map-geometry';

const registry = readRegistry(PATHS.registry);
const registryIds = registry.municipalities.map((m) => m.number).sort();

describe('the map and the registry', () => {
  it('have the same municipalities, one to one, in both boundary files and in the drawn national map', () => {
    expect(topologyMunicipalityIds(GEO_FILES.national).sort()).toEqual(registryIds);
    expect(topologyMunicipalityIds(GEO_FILES.detailed).sort()).toEqual(registryIds);
    const drawn = nationalGeometry().municipalities;
    expect(drawn.map((m) => m.n).sort()).toEqual(registryIds);
    // Every municipality is visible: simplification left a shape for it.
    for (const m of drawn) expect(m.d, m.n).toMatch(/^m-?\d+ -?\d+.*z/);
  });
  it("draws every county map with exactly the county's municipalities", () => {
    for (const county of registry.counties) {
      const expected = registry.municipalities
        .filter((m) => m.countyNumber === county.number)
        .map((m) => m.number)
        .sort();
      const geometry = countyGeometry(county.number);
      expect(geometry.municipalities.map((m) => m.n).sort()).toEqual(expected);
      expect(geometry.width).toBe(MAP_WIDTH);
      expect(geometry.height).toBeGreaterThan(0);
    }
  });
  it('fits every school inside the national map', () => {
    const { width, height, project } = nationalGeometry();
    for (const s of registry.schools) {
      const [x, y] = project([s.lon, s.lat])!;
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThanOrEqual(width);
      expect(y).toBeGreaterThanOrEqual(0);
      expect(y).toBeLessThanOrEqual(height);
    }
  });
});

describe('municipalityInsidePoints', () => {
  it('puts each point inside its own municipality', () => {
    const topology = readTopology(GEO_FILES.detailed) as unknown as TopoJSON.Topology;
    const shapes = feature(topology, topology.objects.municipalities as TopoJSON.GeometryCollection).features;
    const points = municipalityInsidePoints();
    expect(points.size).toBe(registryIds.length);
    for (const shape of shapes) {
      const point = points.get(String(shape.id))!;
      expect(geoContains(shape, point), `${shape.id} at ${point}`).toBe(true);
    }
  });
});
