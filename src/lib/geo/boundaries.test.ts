import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { geoArea, geoLength } from 'd3-geo';
import type * as GeoJSON from 'geojson';
import { feature, mesh, meshArcs } from 'topojson-client';
import { topology } from 'topojson-server';
import type * as TopoJSON from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import {
  buildBoundaryTopology,
  COUNTIES_OBJECT,
  countyIds,
  countyOf,
  municipalityIds,
  MUNICIPALITIES_OBJECT,
  SOURCE_OBJECT,
  type BoundaryTopology,
} from './boundaries';
import { PATHS, ROOT } from '../paths';

const SHIPPED = ['data/geo/norway.topo.json', 'data/geo/norway-detailed.topo.json'];

function readJson<T>(path: string): T {
  return JSON.parse(readFileSync(join(ROOT, path), 'utf8')) as T;
}

const registry = parse(readFileSync(join(PATHS.registry, 'kommuner-2024.csv'), 'utf8'), {
  columns: true,
}) as { kommunenummer: string; fylkesnummer: string }[];
const registryMunicipalities = registry.map((r) => r.kommunenummer).sort();
const registryCounties = [...new Set(registry.map((r) => r.fylkesnummer))].sort();

/** Arc indexes (direction ignored) in a meshArcs result. */
function arcSet(lines: TopoJSON.MultiLineString): Set<number> {
  return new Set(lines.arcs.flat().map((i) => (i < 0 ? ~i : i)));
}

describe.each(SHIPPED)('%s', (path) => {
  const topo = readJson<BoundaryTopology>(path);
  const municipalities = topo.objects[MUNICIPALITIES_OBJECT];
  const counties = topo.objects[COUNTIES_OBJECT];

  it('has exactly the registry municipalities and counties', () => {
    expect(registryMunicipalities).toHaveLength(357);
    expect(registryCounties).toHaveLength(15);
    expect(municipalityIds(topo)).toEqual(registryMunicipalities);
    expect(countyIds(topo)).toEqual(registryCounties);
  });

  it('ships only id and name on municipalities, only id on counties', () => {
    for (const g of municipalities.geometries) expect(Object.keys(g.properties).sort()).toEqual(['name']);
    for (const g of counties.geometries) expect(g.properties).toBeUndefined();
  });

  it('has no null, empty or inside-out geometry', () => {
    for (const g of [...municipalities.geometries, ...counties.geometries]) {
      expect(['Polygon', 'MultiPolygon'], `${g.id}`).toContain(g.type);
      expect(g.arcs.length, `${g.id}`).toBeGreaterThan(0);
      const area = geoArea(feature(topo, g as TopoJSON.GeometryObject));
      // Above 2π steradians d3 would be drawing the rest of the globe (wrong winding).
      expect(area, `${g.id}`).toBeGreaterThan(0);
      expect(area, `${g.id}`).toBeLessThan(2 * Math.PI);
    }
  });

  it('draws county borders with exactly the municipality arcs between counties', () => {
    const municipalityArcs = arcSet(meshArcs(topo, municipalities));
    const countyArcs = arcSet(meshArcs(topo, counties));
    for (const arc of countyArcs) expect(municipalityArcs.has(arc), `arc ${arc}`).toBe(true);

    // The exterior arcs of the municipalities, plus those between two counties, are the county borders.
    const betweenCounties = (a: TopoJSON.GeometryObject, b: TopoJSON.GeometryObject): boolean => a === b || countyOf(String(a.id)) !== countyOf(String(b.id));
    expect([...countyArcs].sort((a, b) => a - b)).toEqual([...arcSet(meshArcs(topo, municipalities, betweenCounties))].sort((a, b) => a - b));
    // Same thing in coordinates: the two meshes are equally long.
    expect(geoLength(mesh(topo, counties))).toBeCloseTo(geoLength(mesh(topo, municipalities, betweenCounties)), 9);
  });

  it('gives each county the area of its municipalities', () => {
    const sums = new Map<string, number>();
    for (const g of municipalities.geometries) {
      const county = countyOf(g.id);
      sums.set(county, (sums.get(county) ?? 0) + geoArea(feature(topo, g as TopoJSON.GeometryObject)));
    }
    for (const g of counties.geometries) {
      const area = geoArea(feature(topo, g as TopoJSON.GeometryObject));
      expect(area / (sums.get(g.id) ?? Number.NaN), g.id).toBeCloseTo(1, 6);
    }
  });
});

describe('buildBoundaryTopology', () => {
  /** A 1°×1° square, counter-clockwise as in RFC 7946 (what Kartverket ships). */
  function square(id: string, lon: number, lat: number): GeoJSON.Feature<GeoJSON.Polygon> {
    const ring = [
      [lon, lat],
      [lon + 1, lat],
      [lon + 1, lat + 1],
      [lon, lat + 1],
      [lon, lat],
    ];
    return { type: 'Feature', properties: { id, name: `Kommune ${id}`, extra: 'dropped' }, geometry: { type: 'Polygon', coordinates: [ring] } };
  }

  function source(features: GeoJSON.Feature[]): TopoJSON.Topology {
    return topology({ [SOURCE_OBJECT]: { type: 'FeatureCollection', features } as GeoJSON.FeatureCollection });
  }

  it('merges adjacent municipalities of a county into one shape along shared arcs', () => {
    // 0101 | 0102 | 0201 side by side: two counties, the first of two municipalities.
    const input = source([square('0102', 11, 60), square('0201', 12, 60), square('0101', 10, 60)]);
    const topo = buildBoundaryTopology(input, { keep: 1, quantization: 10_000 });

    expect(municipalityIds(topo)).toEqual(['0101', '0102', '0201']);
    expect(countyIds(topo)).toEqual(['01', '02']);
    expect(topo.objects[MUNICIPALITIES_OBJECT].geometries.map((g) => g.properties)).toEqual([
      { name: 'Kommune 0101' },
      { name: 'Kommune 0102' },
      { name: 'Kommune 0201' },
    ]);

    const [county01, county02] = topo.objects[COUNTIES_OBJECT].geometries;
    // One polygon with one ring: the 0101|0102 border is gone.
    expect(county01?.arcs).toHaveLength(1);
    expect(county01?.arcs[0]).toHaveLength(1);
    expect(county02?.arcs).toHaveLength(1);
    const area = (g: TopoJSON.GeometryObject | undefined): number => (g ? geoArea(feature(topo, g)) : Number.NaN);
    const [m0101, m0102] = topo.objects[MUNICIPALITIES_OBJECT].geometries;
    expect(area(county01)).toBeCloseTo(area(m0101) + area(m0102), 12);
    // Rewound for d3: a 1° square is tiny, not the rest of the globe.
    expect(area(county01)).toBeLessThan(0.01);
  });

  it('fails loudly instead of dropping a municipality that collapses', () => {
    // On a 3×3 grid over a 3° wide bbox, a 0.001° island rounds to a point.
    const tiny: GeoJSON.Feature<GeoJSON.Polygon> = {
      type: 'Feature',
      properties: { id: '0202', name: 'Tiny' },
      geometry: {
        type: 'Polygon',
        coordinates: [
          [
            [13.5, 60.5],
            [13.501, 60.5],
            [13.501, 60.501],
            [13.5, 60.501],
            [13.5, 60.5],
          ],
        ],
      },
    };
    const input = source([square('0101', 10, 60), square('0201', 12, 60), tiny]);
    expect(() => buildBoundaryTopology(input, { keep: 1, quantization: 3 })).toThrow(/0202 Tiny/);
  });

  it('rejects a source without four-digit ids', () => {
    const input = source([square('101', 10, 60)]);
    expect(() => buildBoundaryTopology(input, { keep: 1, quantization: 1000 })).toThrow(/four-digit/);
  });
});
