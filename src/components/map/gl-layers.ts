/**
 * The MapLibre map's style on top of its base: the symbols and hatch as images, the sources
 * (municipalities, county borders, clustered libraries) and the layers in drawing order, coloured
 * from the page's palette as the SVG is.
 */
import type * as GeoJSON from 'geojson';
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { MapPalette } from '../../lib/geo/palette';
import { fillExpression, hatchedFilter, hatchImage, symbol } from './gl-parts';

export interface LayerData {
  municipalities: GeoJSON.FeatureCollection;
  borders: GeoJSON.MultiLineString;
  libraries: GeoJSON.FeatureCollection;
}

/** `overBasemap`: the fill's opacity, below 1 when a base map shows through. */
export function addMapLayers(map: MapLibreMap, palette: MapPalette, data: LayerData, overBasemap: number): void {
  for (const kind of ['public', 'school'] as const)
    for (const has of [true, false]) map.addImage(`${kind}-${has}`, symbol(kind, has, palette), { pixelRatio: 2 });
  map.addImage('hatch', hatchImage(palette), { pixelRatio: 2 });
  map.addSource('municipalities', { type: 'geojson', data: data.municipalities, promoteId: 'n' });
  map.addSource('county-borders', { type: 'geojson', data: data.borders });
  // Clusters count how many of their libraries have it, so a cluster is filled like a mark that has it.
  map.addSource('libraries', {
    type: 'geojson',
    data: data.libraries,
    cluster: true,
    clusterMaxZoom: 13,
    clusterRadius: 20,
    clusterProperties: { holders: ['+', ['case', ['get', 'has'], 1, 0]] },
  });
  map.addLayer({
    id: 'municipality-fill',
    type: 'fill',
    source: 'municipalities',
    paint: { 'fill-color': fillExpression(palette) as never, 'fill-opacity': overBasemap },
  });
  // "None" is hatched here as in the SVG: the hatch's lines over its base colour.
  map.addLayer({ id: 'municipality-hatch', type: 'fill', source: 'municipalities', filter: hatchedFilter() as never, paint: { 'fill-pattern': 'hatch' } });
  map.addLayer({ id: 'municipality-line', type: 'line', source: 'municipalities', paint: { 'line-color': palette.border, 'line-width': 0.6 } });
  map.addLayer({ id: 'county-line', type: 'line', source: 'county-borders', paint: { 'line-color': palette.countyBorder, 'line-width': 1.2 } });
  map.addLayer({
    id: 'municipality-focus',
    type: 'line',
    source: 'municipalities',
    paint: {
      'line-color': ['case', ['boolean', ['feature-state', 'selected'], false], palette.selected, palette.mark],
      'line-width': ['case', ['boolean', ['feature-state', 'selected'], false], 3, ['boolean', ['feature-state', 'hover'], false], 2, 0],
    },
  });
  map.addLayer({
    id: 'library-clusters',
    type: 'circle',
    source: 'libraries',
    filter: ['has', 'point_count'],
    paint: {
      'circle-color': ['case', ['>', ['get', 'holders'], 0], palette.mark, palette.markLacks],
      'circle-stroke-color': ['case', ['>', ['get', 'holders'], 0], palette.markLacks, palette.mark],
      'circle-stroke-width': 1.5,
      'circle-radius': ['step', ['get', 'point_count'], 6, 5, 8, 15, 10],
    },
  });
  map.addLayer({
    id: 'library-points',
    type: 'symbol',
    source: 'libraries',
    filter: ['!', ['has', 'point_count']],
    layout: {
      'icon-image': ['concat', ['get', 'kind'], '-', ['to-string', ['get', 'has']]],
      'icon-allow-overlap': true,
      'icon-offset': ['get', 'offset'],
      // Those that have it are placed last, so they are drawn on top.
      'symbol-sort-key': ['case', ['get', 'has'], 1, 0],
    },
  });
}
