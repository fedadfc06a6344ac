/**
 * The types the map's browser modules share, apart from the modules themselves so that no import
 * circle appears (map-client loads maplibre-view on demand; both need these).
 */
import type { Lang } from '../../lib/i18n/lang';
import type { MapData } from '../../lib/geo/map-data';
import type { ShadedView } from '../../lib/geo/shading';
import type { MapView } from '../../lib/geo/view-state';

/** [x0, y0, x1, y1] in the national SVG's map units. */
export type CountyBox = [number, number, number, number];

/** What the page gives the island (NorwayMap.astro's data-map-config): no data, only the view and where to fetch the rest. */
export interface MapConfig {
  lang: Lang;
  /** The view the page was built with. */
  view: MapView;
  /** 'national' or the county number whose detailed geometry the SVG draws. */
  geometry: string;
  boundaries: string;
  data: string;
  countyBoxes: Record<string, CountyBox>;
  styleUrl: string | null;
  /** Where the view download reads the open data from; null where the map offers no download. */
  openData: { libraries: string; subscriptions: string } | null;
}

/** The interactive MapLibre map, once mounted (maplibre-view.ts). */
export interface GlMap {
  select(n: string): void;
  update(view: MapView, shaded: ShadedView): void;
}

export interface MountOptions {
  frame: HTMLElement;
  svg: SVGSVGElement;
  config: MapConfig;
  data: MapData;
  view: MapView;
  shaded: ShadedView;
  /** Says a text through the map's live region (what is in the middle of the map as the keyboard moves it). */
  announce: (text: string) => void;
}
