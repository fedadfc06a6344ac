/**
 * Projected SVG geometry for the build-time maps, computed once per build and cached: the
 * national map (all 357 municipalities, extra-simplified for a page-sized SVG) and one map per
 * county (from the detailed boundaries, fitted to the county). Pages only look the strings up.
 *
 * The projection is a transverse Mercator on 15°E (like UTM zone 33, which Norwegian maps
 * use), so Norway looks as people know it and north is up.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { geoPath, geoTransverseMercator, type GeoProjection } from 'd3-geo';
import type * as GeoJSON from 'geojson';
import polylabel from 'polylabel';
import { feature, mesh } from 'topojson-client';
import { presimplify, simplify, sphericalTriangleArea } from 'topojson-simplify';
import type * as TopoJSON from 'topojson-specification';
import { ROOT } from '../paths';
import { COUNTIES_OBJECT, MUNICIPALITIES_OBJECT, type BoundaryTopology } from './boundaries';
import { compactPath } from './svg-path';
import { memo, once } from '../site/cache';

export const GEO_FILES = {
  national: join(ROOT, 'data', 'geo', 'norway.topo.json'),
  detailed: join(ROOT, 'data', 'geo', 'norway-detailed.topo.json'),
} as const;

/** Width of every map's viewBox; heights follow the shape. One unit is the rounding grid. */
export const MAP_WIDTH = 800;
/**
 * Extra simplification for the national SVG (km² Visvalingam triangle): about one square
 * unit at MAP_WIDTH. The file MapLibre gets keeps the shipped detail.
 */
const NATIONAL_SVG_MIN_TRIANGLE_KM2 = 10;
const EARTH_RADIUS_KM = 6371.0088;

export interface MapShape {
  /** kommunenummer */
  n: string;
  d: string;
}

export interface MapGeometry {
  width: number;
  height: number;
  municipalities: MapShape[];
  /** Borders between counties, one path. */
  countyBorders: string;
  /** [x0, y0, x1, y1] of each county in this map's units, to zoom the SVG to a county. */
  countyBoxes: Record<string, [number, number, number, number]>;
  /** [lon, lat] to map units, rounded to the grid; null outside the projection. */
  project: (lonLat: readonly [number, number]) => [number, number] | null;
}

type Polygonal = GeoJSON.Feature<GeoJSON.Polygon | GeoJSON.MultiPolygon, { name: string }>;

const topologies = new Map<string, BoundaryTopology>();
export function readTopology(file: string): BoundaryTopology {
  let topology = topologies.get(file);
  if (!topology) topologies.set(file, (topology = JSON.parse(readFileSync(file, 'utf8')) as BoundaryTopology));
  return topology;
}

function baseProjection(): GeoProjection {
  return geoTransverseMercator().rotate([-15, -65]);
}

function features(topology: TopoJSON.Topology, filter?: (id: string) => boolean): Polygonal[] {
  const collection = feature(topology, topology.objects[MUNICIPALITIES_OBJECT] as TopoJSON.GeometryCollection<{ name: string }>);
  return (collection.features as Polygonal[]).filter((f) => !filter || filter(String(f.id)));
}

function buildGeometry(topology: BoundaryTopology, filter?: (id: string) => boolean): MapGeometry {
  const shapes = features(topology, filter);
  const collection: GeoJSON.FeatureCollection = { type: 'FeatureCollection', features: shapes };
  const projection = baseProjection().fitWidth(MAP_WIDTH, collection);
  const path = geoPath(projection);
  const [[, y0], [, y1]] = path.bounds(collection);
  const height = Math.ceil(y1 - y0);
  projection.translate([projection.translate()[0], projection.translate()[1] - y0]);

  const keep = (id: string) => !filter || filter(id);
  const municipalitiesObject = topology.objects[MUNICIPALITIES_OBJECT];
  const kept = { ...municipalitiesObject, geometries: municipalitiesObject.geometries.filter((g) => keep(String(g.id))) };
  const countyBorders = mesh(topology, kept, (a, b) => a !== b && a.id?.toString().slice(0, 2) !== b.id?.toString().slice(0, 2));

  const countyBoxes: MapGeometry['countyBoxes'] = {};
  const counties = feature(topology, topology.objects[COUNTIES_OBJECT]);
  for (const county of counties.features) {
    const id = String(county.id);
    if (!shapes.some((s) => String(s.id).startsWith(id))) continue;
    const [[bx0, by0], [bx1, by1]] = path.bounds(county);
    countyBoxes[id] = [Math.floor(bx0), Math.floor(by0), Math.ceil(bx1), Math.ceil(by1)];
  }

  return {
    width: MAP_WIDTH,
    height,
    municipalities: shapes.map((f) => ({ n: String(f.id), d: compactPath(path, f) || speck(path.centroid(f)) })),
    countyBorders: compactPath(path, countyBorders),
    countyBoxes,
    project: (lonLat) => {
      const p = projection([lonLat[0], lonLat[1]]);
      return p ? [Math.round(p[0]), Math.round(p[1])] : null;
    },
  };
}

/**
 * A municipality smaller than the grid (Kvitsøy, Utsira at national scale) would round away;
 * a 3-unit square at its centroid keeps it on the map and clickable.
 */
function speck([x, y]: [number, number]): string {
  return `m${Math.round(x) - 1} ${Math.round(y) - 1}h3v3h-3z`;
}

/** All of Norway, simplified further than the shipped file because it is drawn small. */
export const nationalGeometry = once((): MapGeometry => {
  const shipped = readTopology(GEO_FILES.national);
  const simplified = simplify(
    presimplify(shipped as unknown as TopoJSON.Topology<TopoJSON.Objects<{}>>, sphericalTriangleArea),
    NATIONAL_SVG_MIN_TRIANGLE_KM2 / EARTH_RADIUS_KM ** 2,
  ) as unknown as BoundaryTopology;
  return buildGeometry(simplified);
});

/** One county from the detailed boundaries, fitted to the map's width. */
export const countyGeometry = memo((countyNumber: string): MapGeometry => {
  const geometry = buildGeometry(readTopology(GEO_FILES.detailed), (id) => id.startsWith(countyNumber));
  if (geometry.municipalities.length === 0) throw new Error(`No municipalities of county ${countyNumber} in ${GEO_FILES.detailed}.`);
  return geometry;
});

/**
 * A point guaranteed inside each municipality ([lon, lat], 4 decimals): the pole of
 * inaccessibility of its largest polygon in the detailed boundaries, found in projected
 * units (where distances mean the same everywhere) and turned back into degrees. Public
 * libraries have no coordinates in the dataset, so their points sit here, and a centroid
 * could fall in the sea for a fjord or island municipality.
 */
export const municipalityInsidePoints = once((): Map<string, [number, number]> => {
  const shapes = features(readTopology(GEO_FILES.detailed));
  const projection = baseProjection().fitWidth(10_000, { type: 'FeatureCollection', features: shapes });
  const path = geoPath(projection);
  const insidePoints = new Map<string, [number, number]>();
  for (const shape of shapes) {
    const polygons = shape.geometry.type === 'Polygon' ? [shape.geometry.coordinates] : shape.geometry.coordinates;
    let best: GeoJSON.Position[][] | undefined;
    let bestArea = -1;
    for (const polygon of polygons) {
      const area = path.area({ type: 'Polygon', coordinates: polygon });
      if (area > bestArea) [best, bestArea] = [polygon, area];
    }
    const rings = best!.map((ring) => ring.map((p) => projection([p[0]!, p[1]!])!));
    const [x, y] = polylabel(rings, 1);
    const [lon, lat] = projection.invert!([x, y])!;
    insidePoints.set(String(shape.id), [Math.round(lon * 1e4) / 1e4, Math.round(lat * 1e4) / 1e4]);
  }
  return insidePoints;
});

export function topologyMunicipalityIds(file: string): string[] {
  return readTopology(file).objects[MUNICIPALITIES_OBJECT].geometries.map((g) => String(g.id));
}
