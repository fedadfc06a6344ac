/**
 * What the MapLibre map draws, as GeoJSON: the municipalities with their shading class and text,
 * and the library marks with their screen offsets. Rebuilt on every view change (maplibre-view.ts
 * sets them as the sources' data). Needs no map.
 */
import type * as GeoJSON from 'geojson';
import type { MapLibrary } from '../../lib/geo/map-data';
import { placedMarks, spreadMarks } from '../../lib/geo/marks';
import type { ShadedView } from '../../lib/geo/shading';

export type MunicipalityFeature = GeoJSON.Feature<GeoJSON.Geometry, Record<string, unknown>>;

/** Each municipality with the properties the layers read: number, name, shading class and its text. */
export function municipalityCollection(municipalities: readonly MunicipalityFeature[], shaded: ShadedView): GeoJSON.FeatureCollection {
  return {
    type: 'FeatureCollection',
    features: municipalities.map((f) => {
      const n = String(f.id);
      const shade = shaded.shades.get(n);
      return { ...f, properties: { n, name: f.properties?.name ?? n, cls: shade?.cls ?? 'na', text: shade?.text ?? '' } };
    }),
  };
}

/** The library marks in the map (`inMap` says which municipalities it shows), each with its offset in pixels. */
export function pointCollection(
  shaded: ShadedView,
  libraries: ReadonlyMap<string, MapLibrary>,
  inMap: (municipality: string) => boolean,
): GeoJSON.FeatureCollection {
  // MapLibre zooms, so it marks public libraries on the national map too (lib/geo/marks.ts).
  const placed = placedMarks(shaded.points, true, (id) => {
    const l = libraries.get(id);
    return l?.at && inMap(l.m) ? l.at : null;
  });
  // Libraries at (about) the same place: clustered while zoomed out; beyond that each gets a
  // screen offset on a lattice around the place (spreadMarks, in pixels), so none hides another.
  const atPlace = new Map<string, typeof placed>();
  for (const p of placed) {
    const key = `${p.x.toFixed(3)} ${p.y.toFixed(3)}`;
    atPlace.set(key, [...(atPlace.get(key) ?? []), p]);
  }
  const offsets = new Map<string, [number, number]>();
  for (const group of atPlace.values()) {
    if (group.length < 2) continue;
    for (const m of spreadMarks(
      group.map((p) => ({ ...p, x: 0, y: 0 })),
      17,
    ))
      offsets.set(m.id, [m.x, m.y]);
  }
  return {
    type: 'FeatureCollection',
    features: placed.map((p) => ({
      type: 'Feature',
      properties: { id: p.id, kind: p.kind, has: p.has, offset: offsets.get(p.id) ?? [0, 0] },
      geometry: { type: 'Point', coordinates: [p.x, p.y] },
    })),
  };
}
