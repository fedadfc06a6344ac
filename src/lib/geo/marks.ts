/**
 * Which libraries a map lists (its library table) and marks (its points): one rule for the build
 * (NorwayMap's SVG and table), the browser (after a filter change) and MapLibre's points.
 * Browser-safe and pure.
 */
import type { Lang } from '../i18n/lang';
import type { MapLibrary } from './map-data';
import { MAP_STRINGS } from './map-strings';
import type { MapView } from './view-state';

export interface PointMark {
  id: string;
  kind: MapLibrary['kind'];
  /** Whether the library has what the view asks about. */
  has: boolean;
  /** What the library table says: yes/no for one service, else how many services. */
  text: string;
}

/** A listed library with its place on the drawn map (map units). */
export interface PlacedMark extends PointMark {
  x: number;
  y: number;
}

/** Whether a view marks and lists only the libraries that have its service: a national map of one service. */
export function listsHoldersOnly(view: Pick<MapView, 'mode' | 'countyNumber'>): boolean {
  return view.mode === 'service' && !view.countyNumber;
}

export interface LibraryPools {
  all: readonly MapLibrary[];
  /** The libraries seated in a county. */
  inCounty: (countyNumber: string) => readonly MapLibrary[];
  /** The libraries with the view's service; undefined without a service. */
  holders: readonly MapLibrary[] | undefined;
}

/**
 * The libraries a view lists, in pool order: every library in the view's county; on a national
 * map of one service only those that have it (listing every school on every service page would
 * make the site grow as services × libraries; the shading and the counts show where it is
 * missing); else every library. Only the kinds the view counts.
 */
export function listedLibraries(
  view: Pick<MapView, 'mode' | 'countyNumber' | 'kind'>,
  pools: LibraryPools,
  describe: (library: MapLibrary) => Pick<PointMark, 'has' | 'text'>,
): PointMark[] {
  const holdersOnly = listsHoldersOnly(view);
  const candidates = view.countyNumber ? pools.inCounty(view.countyNumber) : holdersOnly ? (pools.holders ?? []) : pools.all;
  const points: PointMark[] = [];
  for (const l of candidates) {
    if (view.kind !== 'all' && l.kind !== view.kind) continue;
    const { has, text } = describe(l);
    if (has || !holdersOnly) points.push({ id: l.id, kind: l.kind, has, text });
  }
  return points;
}

/**
 * The listed libraries that get a mark on the drawn map, in list order: those with a position on
 * it; public libraries only where `markPublic` says so. The SVG marks them only on a county's map
 * (on the national map they are the shading itself); MapLibre, which zooms, always does.
 */
export function placedMarks(
  points: readonly PointMark[],
  markPublic: boolean,
  position: (id: string) => readonly [number, number] | null | undefined,
): PlacedMark[] {
  const marks: PlacedMark[] = [];
  for (const p of points) {
    if (p.kind === 'public' && !markPublic) continue;
    const xy = position(p.id);
    if (xy) marks.push({ ...p, x: xy[0], y: xy[1] });
  }
  return marks;
}

/** The symbol a mark uses (defined in NorwayMap.astro's SVG): a circle for a public library, a triangle for a school. */
export function markSymbol(kind: MapLibrary['kind']): string {
  return kind === 'public' ? '#map-pub' : '#map-sch';
}

/** The words of the library table the map lists its libraries in, the same from build and browser. */
export function libraryListText(lang: Lang, view: Pick<MapView, 'mode' | 'countyNumber'>, count: number): { summary: string; valueHeading: string } {
  const t = MAP_STRINGS[lang];
  return {
    summary: (listsHoldersOnly(view) ? t.librariesOffering : t.librariesTable)(count),
    // What each row's value says: yes/no for one service, else how many services (shadeView).
    valueHeading: t.legendTitle[view.mode === 'service' ? 'service' : 'breadth'],
  };
}

/** "Folkebibliotek" or "Videregående skole", in the table and the MapLibre popup. */
export function libraryKindText(lang: Lang, kind: MapLibrary['kind']): string {
  return kind === 'public' ? MAP_STRINGS[lang].publicLibrary : MAP_STRINGS[lang].school;
}
