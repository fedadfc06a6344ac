/**
 * Build-time model of one map: the shaded view, the geometry and the pieces the component
 * renders. Cached per build (cache.ts), so 1,100 pages cost one projection per map kind.
 */
import type { Lang } from '../i18n/lang';
import { buildMapData, type MapData, type MapLibrary, type Placement } from '../geo/map-data';
import { countyGeometry, municipalityInsidePoints, nationalGeometry, type MapGeometry } from '../geo/map-geometry';
import { placedMarks, spreadMarks, type PlacedMark } from '../geo/marks';
import { shadeView, type ShadedView } from '../geo/shading';
import type { MapView } from '../geo/view-state';
import { loadSiteData } from '../dataset/site-data';
import { memo, once } from './cache';

/**
 * Where each library sits: its own position, else a point inside its seat municipality (public
 * libraries have no coordinates in the dataset), and that point on the national map.
 */
export function placement(inside: ReadonlyMap<string, [number, number]>, project: MapGeometry['project']): Placement {
  return (own, municipality) => {
    const at = own ?? inside.get(municipality) ?? null;
    return { at, xy: at ? project(at) : null };
  };
}

/** The site's map data, built whole once per build. */
export const siteMapData = once((): MapData => {
  const { dataset, year } = loadSiteData();
  return buildMapData(dataset, year, placement(municipalityInsidePoints(), nationalGeometry().project));
});

/** The map's libraries by id, built once per build (a page must not pass over every library). */
export const siteMapLibraries = once((): Map<string, MapLibrary> => new Map(siteMapData().libraries.map((l) => [l.id, l])));

export interface MapModel {
  data: MapData;
  view: MapView;
  geometry: MapGeometry;
  /** 'national' or the county number whose detailed geometry is drawn. */
  geometryKey: string;
  shaded: ShadedView;
  /** The marks the SVG draws, by the one rule in geo/marks.ts (public libraries only on a county's map), spread apart, in drawing order. */
  points: PlacedMark[];
}

// The last few models: a widget's page and its files (CSV, SVG, PNG, oEmbed) ask for the same
// view one after another. Only a few are kept, as each holds a mark for every library.
const RECENT_MODELS = 6;
const recentModel = memo(
  ({ view, lang }: { view: MapView; lang: Lang }): MapModel => {
    const data = siteMapData();
    const county = view.countyNumber;
    const geometry = county ? countyGeometry(county) : nationalGeometry();
    const shaded = shadeView(data, view, lang);
    return {
      data,
      view,
      geometry,
      geometryKey: county ?? 'national',
      shaded,
      // Marks at the same place are moved apart, those with the service drawn last (marks.ts).
      points: spreadMarks(
        placedMarks(shaded.points, county !== undefined, (id) => {
          const at = siteMapLibraries().get(id)?.at;
          return at ? geometry.project(at) : null;
        }),
      ),
    };
  },
  { key: ({ view, lang }) => `${lang} ${JSON.stringify(view, Object.keys(view).sort())}`, limit: RECENT_MODELS },
);

export function mapModel(view: MapView, lang: Lang): MapModel {
  return recentModel({ view, lang });
}
