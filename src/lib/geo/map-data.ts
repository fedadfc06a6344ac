/**
 * The compact facts a map needs, derived from the dataset: who serves which municipality and
 * which services each library has per year. The build renders the default views from it, and
 * the browser fetches the same object as JSON (`/kart/data.json`) only when a person changes a
 * filter or opens the interactive map. No prices, no contacts: only what the map shows.
 *
 * Browser-safe: type-only imports from the schema.
 */
import type { Category, Dataset, LibraryKind, Service } from '../dataset/schema';
import { isChosen } from '../figures/funding';
import { memo } from '../site/cache';

export interface MapMunicipality {
  /** kommunenummer */
  n: string;
  name: string;
  county: string;
  population: number;
}

export interface MapLibrary {
  id: string;
  kind: LibraryKind;
  name: string;
  slug: string;
  /** Seat municipality. */
  m: string;
  /** Municipalities served (public libraries; a school serves its seat). */
  serves: string[];
  /** [lon, lat] with 4 decimals (about 10 m): a school's own position; for a public library the site's placement gives a point inside its seat municipality (lib/site/map-model.ts). */
  at: [number, number] | null;
  /** Where the national SVG map draws it (map units), from the site's placement (lib/site/map-model.ts) so the island can add marks without a projection. */
  xy?: [number, number] | null;
}

export interface MapService {
  id: string;
  name: string;
  category: Category;
  audience: Service['audience'];
  /** Baseline (state-funded or network-free): left out of breadth and reach unless the view includes it. */
  base?: 1;
  /** Not recorded by the ordering system (figures/counts.ts): no view counts it or offers it as a choice. */
  nr?: 1;
}

export interface MapCounty {
  n: string;
  name: string;
  slug: string;
}

export interface MapData {
  /** ISO date of the pull, shown as the data date. */
  pulledAt: string;
  isDemo: boolean;
  /** The agreement year shown by default. */
  year: number;
  years: number[];
  counties: MapCounty[];
  municipalities: MapMunicipality[];
  libraries: MapLibrary[];
  services: MapService[];
  /**
   * year -> library id -> indices into `services` of the services active that year, space
   * separated ("0 4 17"): compact, and never shaped like a price for the privacy scan.
   */
  active: Record<string, Record<string, string>>;
}

// Parsed lists, once per map data and year (cache.ts): every map page asks for every library's list.
const activeLists = memo((data: MapData) =>
  memo((year: number) => new Map(Object.entries(data.active[String(year)] ?? {}).map(([id, list]) => [id, list.split(' ').map(Number)]))),
);

/** The service indices a library has active in a year. */
export function activeIndices(data: MapData, year: number, libraryId: string): number[] {
  return activeLists(data)(year).get(libraryId) ?? [];
}

/** Where a library sits on the map, given its own position (null for public libraries) and its seat municipality. */
export type Placement = (at: [number, number] | null, municipality: string) => Pick<MapLibrary, 'at' | 'xy'>;

export function buildMapData(dataset: Dataset, year: number, place?: Placement): MapData {
  const serviceIndex = new Map(dataset.services.map((s, i) => [s.id, i]));
  const lists: Record<string, Record<string, number[]>> = {};
  for (const s of dataset.subscriptions) {
    if (s.status !== 'active') continue;
    const byLibrary = (lists[s.year] ??= {});
    (byLibrary[s.libraryId] ??= []).push(serviceIndex.get(s.serviceId)!);
  }
  const active: MapData['active'] = {};
  for (const [year, byLibrary] of Object.entries(lists)) {
    active[year] = Object.fromEntries(Object.entries(byLibrary).map(([id, list]) => [id, list.sort((a, b) => a - b).join(' ')]));
  }
  const round = (x: number) => Math.round(x * 1e4) / 1e4;
  return {
    pulledAt: dataset.source.pulledAt.slice(0, 10),
    isDemo: dataset.source.isDemo,
    year,
    years: dataset.periods.map((p) => p.year).sort((a, b) => a - b),
    counties: dataset.counties.map((c) => ({ n: c.number, name: c.name, slug: c.slug })),
    municipalities: dataset.municipalities.map((m) => ({ n: m.number, name: m.name, county: m.countyNumber, population: m.population })),
    libraries: dataset.libraries.map((l) => ({
      id: l.id,
      kind: l.kind,
      name: l.name,
      slug: l.slug,
      m: l.municipalityNumber,
      serves: l.servesMunicipalities,
      ...(place ?? ((at) => ({ at })))(l.position ? [round(l.position.lon), round(l.position.lat)] : null, l.municipalityNumber),
    })),
    services: dataset.services.map((s) => ({
      id: s.id,
      name: s.name,
      category: s.category,
      audience: s.audience,
      ...(isChosen(s) ? {} : { base: 1 as const }),
      ...(s.recorded === false ? { nr: 1 as const } : {}),
    })),
    active,
  };
}
