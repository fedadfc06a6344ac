/**
 * What each municipality is shaded with for a map view, the legend that explains it and the
 * text the accessible table shows: all from the compact map data, so the build (SVG, table)
 * and the browser (re-shading after a filter change, MapLibre) can never disagree.
 *
 * A municipality stands for the libraries its inhabitants can use: its public library (which
 * may be shared with neighbours) and the upper-secondary schools seated in it. Browser-safe.
 */
import { formatInteger, formatPercent } from '../i18n/format';
import type { Lang } from '../i18n/lang';
import { activeIndices, type MapData, type MapLibrary } from './map-data';
import { MAP_STRINGS, mapLocale } from './map-strings';
import { listedLibraries, type PointMark } from './marks';
import { MAP_PALETTES, type ShadeClass } from './palette';
import type { MapView } from './view-state';
import { memo } from '../site/cache';

export type { PointMark } from './marks';

/** The light palette's colours (lib/geo/palette.ts), for pictures drawn without the page's scheme (the embed's PNG). */
export const CLASS_FILL: Record<ShadeClass, string> = MAP_PALETTES.light.fill;
/** The flat colour behind the hatch. */
export const NONE_FILL = MAP_PALETTES.light.none;
export const HATCH_STROKE = MAP_PALETTES.light.hatch;

export interface Shade {
  cls: ShadeClass;
  /** Services counted, or inhabitants reached; 0 when none. */
  value: number;
  /** What the table says for this municipality. */
  text: string;
}

export interface LegendItem {
  cls: ShadeClass;
  label: string;
  /** Municipalities in this class (within the county when the view has one). */
  count: number;
}

export interface ShadedView {
  /** What the map shows, in words: the table caption and the canvas label use it. */
  title: string;
  shades: Map<string, Shade>;
  legend: LegendItem[];
  /** Extra line under the legend (reach: inhabitants reached). */
  summary: string | null;
  /** The libraries the map lists and may mark (see marks.ts). */
  points: PointMark[];
}

interface Index {
  publicFor: Map<string, MapLibrary>;
  schoolsIn: Map<string, MapLibrary[]>;
  /** Libraries by county, in data order. */
  inCounty: Map<string, MapLibrary[]>;
  /** Per year: for each service index, the libraries with it active, in data order. */
  holders: Map<number, MapLibrary[][]>;
}
/** Built once per map data (cache.ts): every view of a build reads it. */
const indexOf = memo((data: MapData): Index => {
  const index: Index = { publicFor: new Map(), schoolsIn: new Map(), inCounty: new Map(), holders: new Map() };
  for (const l of data.libraries) {
    if (l.kind === 'public') for (const m of l.serves) index.publicFor.set(m, l);
    else push(index.schoolsIn, l.m, l);
    push(index.inCounty, countyOfLibrary(l), l);
  }
  return index;
});

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** The libraries with a service in a year: one pass per year, so a view of one service costs its holders, not every library. */
function holdersOf(data: MapData, year: number, serviceIndex: number): MapLibrary[] {
  const index = indexOf(data);
  let byService = index.holders.get(year);
  if (!byService) {
    byService = data.services.map(() => []);
    for (const l of data.libraries) for (const i of activeIndices(data, year, l.id)) byService[i]?.push(l);
    index.holders.set(year, byService);
  }
  return byService[serviceIndex] ?? [];
}

/**
 * Up to four contiguous bins over the positive counts, each holding about an equal share of
 * the municipalities still unbinned, so the classes spread over the map even when most
 * municipalities have few services. 0 has its own class.
 */
export function countBins(counts: readonly number[]): Array<[number, number]> {
  let rest = counts.filter((c) => c > 0).sort((a, b) => a - b);
  const bins: Array<[number, number]> = [];
  let from = 1;
  for (let left = 4; left > 0 && rest.length > 0; left--) {
    const to = left === 1 ? rest.at(-1)! : rest[Math.ceil(rest.length / left) - 1]!;
    bins.push([from, to]);
    from = to + 1;
    rest = rest.filter((c) => c > to);
  }
  return bins;
}

/**
 * The indices of the services a view counts: its one service, else those of its category (if
 * any) meant for the libraries it counts, without the baseline ones unless it asks for them.
 */
export function serviceScope(data: MapData, view: MapView): Set<number> {
  const fits = (audience: string) => audience === 'both' || view.kind === 'all' || audience === view.kind;
  const scope = new Set<number>();
  data.services.forEach((s, i) => {
    if (view.serviceId ? s.id === view.serviceId : (!view.category || s.category === view.category) && fits(s.audience) && (view.baseline || !s.base) && !s.nr)
      scope.add(i);
  });
  return scope;
}

export const POPULATION_BREAKS = [5_000, 20_000, 100_000] as const;

export function shadeView(data: MapData, view: MapView, lang: Lang): ShadedView {
  const t = MAP_STRINGS[lang];
  const fmt = { format: (x: number) => formatInteger(x, lang) };
  const { publicFor, schoolsIn, inCounty } = indexOf(data);
  const usePublic = view.kind !== 'school';
  const useSchools = view.kind !== 'public';
  const fits = (audience: string) => audience === 'both' || view.kind === 'all' || audience === view.kind;
  // One figure, one label: paid services, or services in all when the view takes in what the state pays for.
  const servicesText = view.baseline ? t.servicesAll : t.services;

  // Indices of the services the view counts.
  const serviceIndex = view.serviceId ? data.services.findIndex((s) => s.id === view.serviceId) : -1;
  const service = serviceIndex >= 0 ? data.services[serviceIndex] : undefined;
  // One service: work from the libraries that have it (the site has a page and an embed per service).
  const holders = service ? holdersOf(data, view.year, serviceIndex) : undefined;
  const holderIds = new Set(holders?.map((l) => l.id));
  const holderSchoolsIn = new Map<string, number>();
  for (const l of holders ?? []) if (l.kind === 'school') holderSchoolsIn.set(l.m, (holderSchoolsIn.get(l.m) ?? 0) + 1);
  const scope = serviceScope(data, view);
  const inScope = (libraryId: string) =>
    service ? (holderIds.has(libraryId) ? [serviceIndex] : []) : activeIndices(data, view.year, libraryId).filter((i) => scope.has(i));
  const serviceApplies = !service || fits(service.audience);

  const shades = new Map<string, Shade>();
  const counts: Array<{ m: (typeof data.municipalities)[number]; pubHas: number[]; schools: MapLibrary[]; schoolsWith: number; union: Set<number> }> = [];
  for (const m of data.municipalities) {
    const pub = usePublic ? publicFor.get(m.n) : undefined;
    const schools = useSchools ? (schoolsIn.get(m.n) ?? []) : [];
    const pubHas = pub ? inScope(pub.id) : [];
    if (service) {
      const schoolsWith = useSchools ? (holderSchoolsIn.get(m.n) ?? 0) : 0;
      counts.push({ m, pubHas, schools, schoolsWith, union: new Set(schoolsWith > 0 ? [serviceIndex] : pubHas) });
      continue;
    }
    const schoolsWith = schools.filter((s) => inScope(s.id).length > 0).length;
    const union = new Set([...pubHas, ...schools.flatMap((s) => inScope(s.id))]);
    counts.push({ m, pubHas, schools, schoolsWith, union });
  }
  // Bins follow the counts actually reached (in the county, when the view has one).
  const bins = countBins(counts.filter((c) => !view.countyNumber || c.m.county === view.countyNumber).map((c) => c.union.size));
  for (const { m, pubHas, schools, schoolsWith, union } of counts) {
    const noSchool = view.kind === 'school' && schools.length === 0;

    let shade: Shade;
    if (view.mode === 'service') {
      if (!serviceApplies) shade = { cls: 'na', value: 0, text: t.notForKind };
      else if (noSchool) shade = { cls: 'ns', value: 0, text: t.noSchool };
      else if (pubHas.length > 0) {
        const text = schools.length > 0 ? `${t.offeredByPublic}; ${t.schoolsOffering(schoolsWith, schools.length)}` : t.offeredByPublic;
        shade = { cls: 'pub', value: 1, text };
      } else if (schoolsWith > 0) {
        shade = {
          cls: 'sch',
          value: 1,
          text: `${view.kind === 'school' ? t.offeredYes : t.offeredBySchoolOnly}: ${t.schoolsOffering(schoolsWith, schools.length)}`,
        };
      } else shade = { cls: 'no', value: 0, text: t.notOffered };
    } else if (view.mode === 'reach') {
      if (noSchool) shade = { cls: 'ns', value: 0, text: t.noSchool };
      else if (union.size === 0) shade = { cls: 'r0', value: 0, text: t.notOffered };
      else {
        const level = POPULATION_BREAKS.filter((b) => m.population >= b).length + 1;
        shade = { cls: `r${level}` as ShadeClass, value: m.population, text: `${t.offeredYes}: ${t.inhabitants(fmt.format(m.population))}` };
      }
    } else {
      const count = union.size;
      if (noSchool) shade = { cls: 'ns', value: 0, text: t.noSchool };
      else {
        const bin = count === 0 ? 0 : bins.findIndex(([from, to]) => count >= from && count <= to) + 1;
        shade = { cls: `b${bin}` as ShadeClass, value: count, text: servicesText(count) };
      }
    }
    shades.set(m.n, shade);
  }

  const inView = data.municipalities.filter((m) => !view.countyNumber || m.county === view.countyNumber);
  const perClass = new Map<ShadeClass, number>();
  for (const m of inView) {
    const cls = shades.get(m.n)!.cls;
    perClass.set(cls, (perClass.get(cls) ?? 0) + 1);
  }
  const item = (cls: ShadeClass, label: string): LegendItem => ({ cls, label, count: perClass.get(cls) ?? 0 });
  // The lowest class named: how many municipalities, how many people, which ones (the white spots).
  const lowestClass = (cls: ShadeClass): string => {
    const inClass = inView.filter((m) => shades.get(m.n)!.cls === cls);
    const people = fmt.format(inClass.reduce((sum, m) => sum + m.population, 0));
    const names =
      inClass
        .map((m) => m.name)
        .sort((a, b) => a.localeCompare(b, mapLocale(lang)))
        .join(', ') || '–';
    return (view.baseline ? t.noneSummary : t.noPaidSummary)(inClass.length, people, names);
  };
  const legend: LegendItem[] = [];
  let summary: string | null = null;
  if (view.mode === 'service') {
    if (!serviceApplies) legend.push(item('na', t.notForKind));
    else {
      if (usePublic) legend.push(item('pub', view.kind === 'all' ? t.offeredByPublic : t.offeredYes));
      if (useSchools) legend.push(item('sch', view.kind === 'all' ? t.offeredBySchoolOnly : t.offeredYes));
      legend.push(item('no', t.notOffered));
    }
  } else if (view.mode === 'reach') {
    const edges = [0, ...POPULATION_BREAKS];
    edges.forEach((from, i) => {
      const next = POPULATION_BREAKS[i];
      legend.push(item(`r${i + 1}` as ShadeClass, t.populationRange(fmt.format(from), next === undefined ? null : fmt.format(next - 1))));
    });
    legend.push(item('r0', service || view.baseline ? t.notOffered : t.noPaid));
    const population = inView.reduce((sum, m) => sum + m.population, 0);
    const reached = inView.reduce((sum, m) => sum + shades.get(m.n)!.value, 0);
    const share = formatPercent(population ? reached / population : 0, lang);
    summary = t.reachSummary(fmt.format(reached), share);
    if (!service) summary += ` ${lowestClass('r0')}`;
  } else {
    bins.forEach(([from, to], i) => legend.push(item(`b${i + 1}` as ShadeClass, t.servicesRange(from, to))));
    legend.reverse();
    legend.push(item('b0', view.baseline ? t.servicesRange(0, 0) : t.noPaid));
    summary = lowestClass('b0');
  }
  if (view.kind === 'school' && (perClass.get('ns') ?? 0) > 0) legend.push(item('ns', t.noSchool));

  const pools = { all: data.libraries, inCounty: (n: string) => inCounty.get(n) ?? [], holders };
  const points = listedLibraries(view, pools, (l) => {
    const count = serviceApplies ? inScope(l.id).length : 0;
    const text = view.mode === 'service' ? (!serviceApplies ? t.notForKind : count > 0 ? t.offeredYes : t.notOffered) : servicesText(count);
    return { has: count > 0, text };
  });

  // No empty legend row: a class no municipality in view falls into is left out.
  return { title: viewTitle(data, view, lang), shades, legend: legend.filter((i) => i.count > 0), summary, points };
}

/** A library's county is its seat municipality's. */
function countyOfLibrary(l: MapLibrary): string {
  return l.m.slice(0, 2);
}

/** The legend's and the table's heading for a view: one figure, one label (breadth counts paid services unless the view takes in the state's). */
export function legendHeading(view: Pick<MapView, 'mode' | 'baseline'>, lang: Lang): string {
  const t = MAP_STRINGS[lang];
  return view.mode === 'breadth' && view.baseline ? t.legendTitle.breadthAll : t.legendTitle[view.mode];
}

/** The view in words, e.g. "PressReader, alle bibliotek, 2026". */
export function viewTitle(data: MapData, view: MapView, lang: Lang): string {
  const t = MAP_STRINGS[lang];
  const service = view.serviceId ? data.services.find((s) => s.id === view.serviceId) : undefined;
  const parts: string[] = [];
  if (view.mode === 'breadth') parts.push(view.baseline ? t.legendTitle.breadthAll : t.legendTitle.breadth);
  if (view.mode === 'reach') parts.push(t.legendTitle.reach);
  if (service) parts.push(service.name);
  else if (view.category) parts.push(t.categories[view.category]);
  parts.push(t.kinds[view.kind]);
  const county = view.countyNumber ? data.counties.find((c) => c.n === view.countyNumber) : undefined;
  if (county) parts.push(county.name);
  parts.push(String(view.year));
  return parts.join(', ');
}
