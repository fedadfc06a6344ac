/**
 * What a map shows (its view) and how that view is written in the page URL, so a view can be
 * shared. Parameters are Norwegian because they are part of the URL; only values that differ
 * from the page's default view are written.
 */
import type { Category } from '../dataset/schema';

export const MAP_MODES = ['breadth', 'service', 'reach'] as const;
export type MapMode = (typeof MAP_MODES)[number];
export const KIND_FILTERS = ['all', 'public', 'school'] as const;
export type KindFilter = (typeof KIND_FILTERS)[number];

export interface MapView {
  /** breadth: how many services; service: whether serviceId is offered; reach: inhabitants reached. */
  mode: MapMode;
  /** The service for mode `service` (required there) and `reach` (optional: any service if absent). */
  serviceId?: string;
  /** Limit breadth and reach to one category. */
  category?: Category;
  /** Which libraries count: public libraries, upper-secondary schools, or both. */
  kind: KindFilter;
  /** Show one county (fylkesnummer). */
  countyNumber?: string;
  /** Agreement year. */
  year: number;
  /** Count state-funded and network-free (baseline) services in breadth and reach; off by default. */
  baseline?: boolean;
}

const MODE_PARAM: Record<MapMode, string> = { breadth: 'bredde', service: 'tjeneste', reach: 'rekkevidde' };
const KIND_PARAM: Record<KindFilter, string> = { all: 'alle', public: 'folkebibliotek', school: 'vgs' };
// A Map, not an object: a URL value such as "constructor" or "__proto__" must find nothing.
const invert = <K extends string>(record: Record<K, string>) => new Map((Object.entries(record) as [K, string][]).map(([k, v]) => [v, k]));
const MODE_OF = invert(MODE_PARAM);
const KIND_OF = invert(KIND_PARAM);

export const PARAMS = { mode: 'visning', service: 'tjeneste', category: 'kategori', kind: 'type', county: 'fylke', year: 'ar', baseline: 'gratis' } as const;
/** The value of `gratis` that includes the baseline services. */
const BASELINE_ON = 'med';

/** What the page may contain, to reject values that would show an empty or broken map. */
export interface ViewOptions {
  serviceIds: readonly string[];
  categories: readonly string[];
  countyNumbers: readonly string[];
  years: readonly number[];
}

/** The view a URL asks for, starting from the page's default; unknown or invalid values are ignored. */
export function viewFromSearch(search: string | URLSearchParams, fallback: MapView, options: ViewOptions): MapView {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const view: MapView = { ...fallback };
  const mode = MODE_OF.get(params.get(PARAMS.mode) ?? '');
  if (mode) view.mode = mode;
  // A parameter that picks one of the page's options: '' clears it, a known value sets it, and an
  // absent or unknown value leaves the default.
  const choose = (key: 'serviceId' | 'category' | 'countyNumber', name: string, allowed: readonly string[]) => {
    const value = params.get(name);
    if (value === '') delete view[key];
    else if (value !== null && allowed.includes(value)) (view as Record<typeof key, string>)[key] = value;
  };
  choose('serviceId', PARAMS.service, options.serviceIds);
  choose('category', PARAMS.category, options.categories);
  choose('countyNumber', PARAMS.county, options.countyNumbers);
  const kind = KIND_OF.get(params.get(PARAMS.kind) ?? '');
  if (kind) view.kind = kind;
  // Only plain digits: Number() would read "", " 2025", "0x7e9" or "2025.0" as a year too.
  const yearText = params.get(PARAMS.year) ?? '';
  const year = Number(yearText);
  if (/^\d{4}$/.test(yearText) && options.years.includes(year)) view.year = year;
  const baseline = params.get(PARAMS.baseline);
  if (baseline === BASELINE_ON) view.baseline = true;
  else if (baseline === '') delete view.baseline;
  return normalizeView(view);
}

/** The query string (without "?") for a view, holding only what differs from the page's default. */
export function searchFromView(view: MapView, fallback: MapView): string {
  const params = new URLSearchParams();
  const v = normalizeView(view);
  const d = normalizeView(fallback);
  if (v.mode !== d.mode) params.set(PARAMS.mode, MODE_PARAM[v.mode]);
  if (v.serviceId !== d.serviceId) params.set(PARAMS.service, v.serviceId ?? '');
  if (v.category !== d.category) params.set(PARAMS.category, v.category ?? '');
  if (v.kind !== d.kind) params.set(PARAMS.kind, KIND_PARAM[v.kind]);
  if (v.countyNumber !== d.countyNumber) params.set(PARAMS.county, v.countyNumber ?? '');
  if (v.year !== d.year) params.set(PARAMS.year, String(v.year));
  if (Boolean(v.baseline) !== Boolean(d.baseline)) params.set(PARAMS.baseline, v.baseline ? BASELINE_ON : '');
  return params.toString();
}

/** A service view without a service falls back to breadth; a service overrides the category. */
export function normalizeView(view: MapView): MapView {
  const v = { ...view };
  if (v.mode === 'service' && !v.serviceId) v.mode = 'breadth';
  if (v.mode === 'breadth') delete v.serviceId;
  if (v.serviceId) delete v.category;
  // One service is shown whatever its funding; the switch only matters when services are counted.
  if (!v.baseline || v.mode === 'service') delete v.baseline;
  return v;
}

export function sameView(a: MapView, b: MapView): boolean {
  return searchFromView(a, b) === '';
}
