/**
 * Build-time model of one map: the shaded view, the geometry and the pieces the component
 * renders. Memoised per build, so 1,100 pages cost one projection per map kind.
 */
import type { Lang } from '../../lib/i18n/lang';
import { buildMapData, type MapData, type MapLibrary } from '../../lib/geo/map-data';
import { countyGeometry, municipalityInsidePoints, nationalGeometry, type MapGeometry } from '../../lib/geo/map-geometry';
import { shadeView, type PointMark, type ShadedView } from '../../lib/geo/shading';
import type { MapView } from '../../lib/geo/view-state';
import { loadSiteData } from '../../lib/site-data';

let mapData: MapData | undefined;
/**
 * The site's map data. Public libraries have no coordinates in the dataset, so they get a
 * point inside their seat municipality, computed here once per build.
 */
export function siteMapData(): MapData {
  if (!mapData) {
    const { dataset, year } = loadSiteData();
    const inside = municipalityInsidePoints();
    const national = nationalGeometry();
    const data = buildMapData(dataset, year);
    for (const l of data.libraries) {
      l.at ??= inside.get(l.m) ?? null;
      l.xy = l.at ? national.project(l.at) : null;
    }
    mapData = data;
  }
  return mapData;
}

export interface PlacedPoint extends PointMark {
  x: number;
  y: number;
}

export interface MapModel {
  data: MapData;
  view: MapView;
  geometry: MapGeometry;
  /** 'national' or the county number whose detailed geometry is drawn. */
  geometryKey: string;
  shaded: ShadedView;
  points: PlacedPoint[];
}


let libraryIndex: Map<string, MapLibrary> | undefined;
/** The map's libraries by id, built once per build (a page must not pass over every library). */
export function siteMapLibraries(): Map<string, MapLibrary> {
  libraryIndex ??= new Map(siteMapData().libraries.map((l) => [l.id, l]));
  return libraryIndex;
}

// The last few models: a widget's page and its files (CSV, SVG, PNG, oEmbed) ask for the same
// view one after another. Only a few are kept, as each holds a mark for every library.
const recentModels = new Map<string, MapModel>();
const RECENT_MODELS = 6;

export function mapModel(view: MapView, lang: Lang): MapModel {
  const key = `${lang} ${JSON.stringify(view, Object.keys(view).sort())}`;
  const cached = recentModels.get(key);
  if (cached) return cached;
  const model = computeMapModel(view, lang);
  recentModels.set(key, model);
  if (recentModels.size > RECENT_MODELS) recentModels.delete(recentModels.keys().next().value!);
  return model;
}

function computeMapModel(view: MapView, lang: Lang): MapModel {
  const data = siteMapData();
  const county = view.countyNumber;
  const geometry = county ? countyGeometry(county) : nationalGeometry();
  const shaded = shadeView(data, view, lang);
  const libraries = siteMapLibraries();
  // Public libraries are the shading itself on the national map; points for them help only
  // when zoomed to a county.
  const points: PlacedPoint[] = [];
  for (const p of shaded.points) {
    if (p.kind === 'public' && !county) continue;
    const at = libraries.get(p.id)?.at;
    const xy = at ? geometry.project(at) : null;
    if (xy) points.push({ ...p, x: xy[0], y: xy[1] });
  }
  return { data, view, geometry, geometryKey: county ?? 'national', shaded, points };
}
