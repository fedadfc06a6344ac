/**
 * Municipality and county boundaries as the site ships them: one TopoJSON topology with a
 * `municipalities` and a `counties` object that share arcs.
 *
 * Counties are not read from a separate source: they are merged from the simplified
 * municipality arcs, so a county border is made of exactly the same arcs as the municipality
 * borders along it and the two layers can never drift apart when drawn on top of each other.
 *
 * Pure functions only; `scripts/build-boundaries.ts` does the file I/O.
 */
import { geoArea } from 'd3-geo';
import type * as GeoJSON from 'geojson';
import { feature, mergeArcs, quantize } from 'topojson-client';
import { topology as toTopology } from 'topojson-server';
import { filter, filterAttached, presimplify, quantile, simplify, sphericalTriangleArea } from 'topojson-simplify';
import type { Filter } from 'topojson-simplify';
import type * as TopoJSON from 'topojson-specification';

/** Object names in the shipped topology. */
export const MUNICIPALITIES_OBJECT = 'municipalities';
export const COUNTIES_OBJECT = 'counties';
/** Object name in Kartverket's `Kommuner-*.topojson` sources. */
export const SOURCE_OBJECT = 'Kommuner';

/** Mean Earth radius (IUGG), to turn steradians into km². */
const EARTH_RADIUS_KM = 6371.0088;

export type MunicipalityProperties = { name: string };
export type MunicipalityGeometry = (TopoJSON.Polygon<MunicipalityProperties> | TopoJSON.MultiPolygon<MunicipalityProperties>) & {
  id: string;
  properties: MunicipalityProperties;
};
export type CountyGeometry = TopoJSON.MultiPolygon & { id: string };

export type BoundaryTopology = TopoJSON.Topology<{
  [MUNICIPALITIES_OBJECT]: TopoJSON.GeometryCollection<MunicipalityProperties> & { geometries: MunicipalityGeometry[] };
  [COUNTIES_OBJECT]: TopoJSON.GeometryCollection & { geometries: CountyGeometry[] };
}> & { transform: TopoJSON.Transform };

/** How much to simplify: either the fraction of removable points to keep, or an explicit weight. */
export type SimplifyAmount =
  | { /** Fraction (0, 1] of non-endpoint points kept, by Visvalingam weight. */ keep: number; minTriangleKm2?: never }
  | {
      /**
       * Minimum Visvalingam triangle area (km² on the sphere) for a point to survive. Unlike
       * `keep` this means the same thing whatever the source resolution: about one square
       * pixel at the intended zoom is a good start.
       */
      minTriangleKm2: number;
      keep?: never;
    };

export type BoundaryOptions = SimplifyAmount & {
  /** Grid size for the quantized output (points per axis across the bbox). */
  quantization: number;
  /**
   * Detached rings (islands that touch no other municipality, lakes) smaller than this are
   * dropped, because at the zoom the file is meant for they are sub-pixel noise. A
   * municipality's largest ring is always kept so no municipality can vanish this way.
   */
  minIslandKm2?: number;
  /**
   * Vertices always kept on each municipality's largest ring, on top of the junctions.
   * A global Visvalingam threshold is absolute, so it would flatten island municipalities
   * such as Utsira or Røst to zero-area slivers; this floor keeps them visible.
   */
  minRingPoints?: number;
  /** Object to read from the source topology. */
  sourceObject?: string;
};

type SourceProperties = { id?: unknown; name?: unknown };
type MunicipalityFeature = GeoJSON.Feature<GeoJSON.Polygon | GeoJSON.MultiPolygon, MunicipalityProperties> & { id: string };
type PolygonalGeometry = TopoJSON.Polygon<MunicipalityProperties> | TopoJSON.MultiPolygon<MunicipalityProperties>;

const MUNICIPALITY_ID = /^\d{4}$/;
const DEFAULT_MIN_RING_POINTS = 8;

/** The county (fylkesnummer) of a municipality is the first two digits of its kommunenummer. */
export function countyOf(municipalityId: string): string {
  return municipalityId.slice(0, 2);
}

export function buildBoundaryTopology(source: TopoJSON.Topology, options: BoundaryOptions): BoundaryTopology {
  validateOptions(options);
  const features = sourceFeatures(source, options.sourceObject ?? SOURCE_OBJECT);
  const names = new Map(features.map((f) => [f.id, f.properties.name]));

  // Re-topologize rather than reuse the source arcs: this drops the source's extra properties
  // and gives arcs that start and end exactly at junctions of our own object set.
  const collection: GeoJSON.FeatureCollection = { type: 'FeatureCollection', features };
  // The typings say properties may be null, which topojson-simplify's generics reject.
  const raw = toTopology({ [MUNICIPALITIES_OBJECT]: collection }) as TopoJSON.Topology<TopoJSON.Objects>;

  // Spherical weights: at 58–71°N a degree of longitude is a third to half of a degree of
  // latitude, so planar lon/lat areas would simplify east–west detail far too eagerly.
  const weighted = presimplify(raw, sphericalTriangleArea);
  protectLargestRings(weighted, options.minRingPoints ?? DEFAULT_MIN_RING_POINTS);
  const minWeight = options.keep !== undefined ? quantile(weighted, options.keep) : options.minTriangleKm2 / EARTH_RADIUS_KM ** 2;
  const simplified = simplify(weighted, minWeight);

  const filtered = filter(simplified, islandFilter(simplified, options.minIslandKm2 ?? 0));
  const quantized = quantize(filtered, options.quantization);

  const municipalities = polygonalGeometries(quantized, MUNICIPALITIES_OBJECT).map((g): MunicipalityGeometry => {
    const id = String(g.id);
    // Keep only what the site needs: id and name.
    const base = { id, properties: { name: names.get(id) ?? '' } };
    return g.type === 'Polygon' ? { type: 'Polygon', arcs: g.arcs, ...base } : { type: 'MultiPolygon', arcs: g.arcs, ...base };
  });
  municipalities.sort((a, b) => compare(a.id, b.id));
  assertNoneLost(quantized, municipalities, names);

  const byCounty = new Map<string, MunicipalityGeometry[]>();
  for (const m of municipalities) {
    const county = countyOf(m.id);
    byCounty.set(county, [...(byCounty.get(county) ?? []), m]);
  }
  const counties = [...byCounty.keys()].sort(compare).map((id): CountyGeometry => {
    const merged = mergeArcs(quantized, byCounty.get(id) ?? []);
    if (merged.arcs.length === 0) throw new Error(`County ${id}: merging its municipalities gave no polygon.`);
    return { type: 'MultiPolygon', arcs: merged.arcs, id };
  });

  if (!quantized.transform) throw new Error('quantize() returned a topology without a transform.');
  return {
    type: 'Topology',
    ...(quantized.bbox ? { bbox: quantized.bbox } : {}),
    transform: quantized.transform,
    objects: {
      [MUNICIPALITIES_OBJECT]: { type: 'GeometryCollection', geometries: municipalities },
      [COUNTIES_OBJECT]: { type: 'GeometryCollection', geometries: counties },
    },
    arcs: quantized.arcs,
  };
}

/** Sorted kommunenummer in a boundary topology. */
export function municipalityIds(topology: BoundaryTopology): string[] {
  return topology.objects[MUNICIPALITIES_OBJECT].geometries.map((g) => String(g.id)).sort(compare);
}

/** Sorted fylkesnummer in a boundary topology. */
export function countyIds(topology: BoundaryTopology): string[] {
  return topology.objects[COUNTIES_OBJECT].geometries.map((g) => String(g.id)).sort(compare);
}

/** A copy holding only the municipalities object, e.g. to measure what it costs on its own. */
export function municipalitiesOnly(topology: BoundaryTopology): TopoJSON.Topology {
  return { ...topology, objects: { [MUNICIPALITIES_OBJECT]: topology.objects[MUNICIPALITIES_OBJECT] } };
}

function validateOptions(options: BoundaryOptions): void {
  if (options.keep !== undefined && !(options.keep > 0 && options.keep <= 1)) {
    throw new Error(`keep must be in (0, 1], got ${options.keep}.`);
  }
  if (options.minTriangleKm2 !== undefined && !(options.minTriangleKm2 >= 0)) {
    throw new Error(`minTriangleKm2 must be >= 0, got ${options.minTriangleKm2}.`);
  }
  if (!Number.isInteger(options.quantization) || options.quantization < 2) {
    throw new Error(`quantization must be an integer >= 2, got ${options.quantization}.`);
  }
}

function sourceFeatures(source: TopoJSON.Topology, objectName: string): MunicipalityFeature[] {
  const object = source.objects[objectName];
  if (object?.type !== 'GeometryCollection') {
    throw new Error(`Source topology has no GeometryCollection named "${objectName}".`);
  }
  const collection = feature(source, object as TopoJSON.GeometryCollection<SourceProperties>);
  const seen = new Set<string>();
  return collection.features.map((f, index): MunicipalityFeature => {
    const { id, name } = f.properties ?? {};
    if (typeof id !== 'string' || !MUNICIPALITY_ID.test(id)) {
      throw new Error(`Source feature #${index} has no four-digit "id" property (got ${JSON.stringify(id)}).`);
    }
    if (typeof name !== 'string' || name === '') throw new Error(`Source municipality ${id} has no name.`);
    if (seen.has(id)) throw new Error(`Source municipality ${id} occurs twice.`);
    seen.add(id);
    const geometry = f.geometry;
    if (geometry?.type !== 'Polygon' && geometry?.type !== 'MultiPolygon') {
      throw new Error(`Source municipality ${id} (${name}) is not a (Multi)Polygon: ${geometry?.type ?? 'null'}.`);
    }
    return { type: 'Feature', id, properties: { name }, geometry: rewindForD3(geometry) };
  });
}

/**
 * d3-geo reads polygons on the sphere and wants exteriors clockwise; Kartverket ships RFC 7946
 * (counter-clockwise) rings, which d3 would draw as "the whole globe except the municipality".
 * Rewinding here, per ring and independent of the input's convention, means the site can hand
 * the features straight to d3.
 */
export function rewindForD3<G extends GeoJSON.Polygon | GeoJSON.MultiPolygon>(geometry: G): G {
  const rewindPolygon = (rings: GeoJSON.Position[][]): GeoJSON.Position[][] =>
    rings.map((ring, i) => {
      // A ring alone covers less than a hemisphere iff it is clockwise in d3's sense.
      const clockwise = geoArea({ type: 'Polygon', coordinates: [ring] }) < 2 * Math.PI;
      const wantClockwise = i === 0;
      return clockwise === wantClockwise ? ring : [...ring].reverse();
    });
  return geometry.type === 'Polygon'
    ? ({ ...geometry, coordinates: rewindPolygon(geometry.coordinates) } as G)
    : ({ ...geometry, coordinates: geometry.coordinates.map(rewindPolygon) } as G);
}

/** Area of one ring in km², whatever its winding. */
function ringAreaKm2(topology: TopoJSON.Topology, ring: number[]): number {
  const coordinates = feature(topology, { type: 'Polygon', arcs: [ring] }).geometry.coordinates;
  const steradians = geoArea({ type: 'Polygon', coordinates });
  return Math.min(steradians, 4 * Math.PI - steradians) * EARTH_RADIUS_KM ** 2;
}

/** The exterior ring with the largest area of each municipality. */
function largestRings(topology: TopoJSON.Topology): number[][] {
  const rings: number[][] = [];
  for (const g of polygonalGeometries(topology, MUNICIPALITIES_OBJECT)) {
    const exteriors = g.type === 'Polygon' ? [g.arcs[0]] : g.arcs.map((polygon) => polygon[0]);
    let largest: number[] | undefined;
    let largestArea = -1;
    for (const ring of exteriors) {
      if (!ring) continue;
      const area = ringAreaKm2(topology, ring);
      if (area > largestArea) [largest, largestArea] = [ring, area];
    }
    if (largest) rings.push(largest);
  }
  return rings;
}

/**
 * Marks the `count` most significant vertices of every municipality's largest ring as
 * unremovable (weight Infinity, like arc endpoints). Visvalingam removes points in weight
 * order, so this is the same ring simplified to `count` points. Mutates `weighted`, which is
 * presimplify's fresh copy of the arcs.
 */
function protectLargestRings(weighted: TopoJSON.Topology, count: number): void {
  if (count <= 0) return;
  for (const ring of largestRings(weighted)) {
    const candidates: number[][] = [];
    for (const index of ring) {
      const arc = weighted.arcs[index < 0 ? ~index : index] ?? [];
      for (const point of arc) if (Number.isFinite(point[2])) candidates.push(point);
    }
    candidates.sort((a, b) => (b[2] ?? 0) - (a[2] ?? 0));
    for (const point of candidates.slice(0, count)) point[2] = Infinity;
  }
}

/**
 * Keeps a ring if it shares an arc with another ring (a border, so dropping it would open a
 * gap next to a neighbour), if it is big enough, or if it is its municipality's largest
 * exterior ring (so a municipality made only of small islands, like Utsira, still shows up).
 */
function islandFilter(topology: TopoJSON.Topology, minKm2: number): Filter {
  const attached = filterAttached(topology) as unknown as (ring: number[]) => boolean;
  const keep = new Set(largestRings(topology));
  // topojson-simplify passes rings as arc-index arrays (its typings say coordinates).
  const ringFilter = (ring: number[]): boolean =>
    keep.has(ring) || attached(ring) || (minKm2 <= 0 ? ringAreaKm2(topology, ring) > 0 : ringAreaKm2(topology, ring) >= minKm2);
  return ringFilter as unknown as Filter;
}

function polygonalGeometries(topology: TopoJSON.Topology, objectName: string): PolygonalGeometry[] {
  const object = topology.objects[objectName];
  if (object?.type !== 'GeometryCollection') throw new Error(`Topology has no GeometryCollection "${objectName}".`);
  return (object.geometries as TopoJSON.GeometryObject<MunicipalityProperties>[]).filter(
    (g): g is PolygonalGeometry => g.type === 'Polygon' || g.type === 'MultiPolygon',
  );
}

/**
 * topojson-simplify's filter silently drops geometries that lose every ring, and
 * simplification can collapse a small island to a line; both would make a municipality
 * disappear from the map, so fail loudly instead.
 */
function assertNoneLost(topology: TopoJSON.Topology, kept: MunicipalityGeometry[], names: Map<string, string>): void {
  const problems: string[] = [];
  const keptIds = new Set(kept.map((g) => g.id));
  for (const [id, name] of names) if (!keptIds.has(id)) problems.push(`${id} ${name}: geometry removed`);
  for (const g of kept) {
    const area = geoArea(feature(topology, g));
    // > 2π would mean a ring turned inside out, which d3 draws as the rest of the globe.
    if (!(area > 0 && area < 2 * Math.PI)) problems.push(`${g.id} ${g.properties.name}: empty or degenerate (area ${area} sr)`);
  }
  if (problems.length > 0) {
    throw new Error(`Simplification would remove ${problems.length} municipalities; simplify less.\n  ${problems.join('\n  ')}`);
  }
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
