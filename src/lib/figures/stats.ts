/**
 * Figures shown on the site, computed from the dataset only, so each can be traced back to it.
 */
import type { Dataset, Library, Municipality, Service } from '../dataset/schema';
import { isChosen } from './funding';
import { activeServicesByLibrary, servesAudience, type ActiveIndex } from './active';

export { isChosen };
export { activeServicesByLibrary, breadth, servesAudience, type ActiveIndex } from './active';
export * from './offer';

/**
 * The agreement year the site calls "this year": the one running on the day of the pull, or the
 * latest before it; a dataset with only future years uses its first year.
 */
export function currentYear(dataset: Pick<Dataset, 'periods' | 'source'>): number {
  const years = dataset.periods.map((p) => p.year).sort((a, b) => a - b);
  if (years.length === 0) throw new Error('the dataset has no agreement periods');
  const pulledYear = Number(dataset.source.pulledAt.slice(0, 4));
  const past = years.filter((y) => y <= pulledYear);
  return past.length > 0 ? past[past.length - 1]! : years[0]!;
}

/** Ids of the services a figure counts: chosen ones only, or every service when `includeBaseline`. */
export function countedServiceIds(services: readonly Pick<Service, 'id' | 'funding'>[], includeBaseline = false): Set<string> {
  return new Set(services.filter((s) => includeBaseline || isChosen(s)).map((s) => s.id));
}

/** An active index holding only the counted services (libraries left with none are dropped). */
export function restrictIndex(active: ActiveIndex, counted: ReadonlySet<string>): ActiveIndex {
  const out: ActiveIndex = new Map();
  for (const [libraryId, set] of active) {
    const kept = new Set([...set].filter((id) => counted.has(id)));
    if (kept.size > 0) out.set(libraryId, kept);
  }
  return out;
}

export interface KeyFigures {
  year: number;
  libraries: number;
  /** Libraries with at least one chosen (bought or county-supported) service. */
  librariesWithServices: number;
  /** Libraries with at least one service of any funding, baseline included. */
  librariesWithAnyService: number;
  services: number;
  activeSubscriptions: number;
  population: number;
  /** Inhabitants whose public library has at least one chosen (paid) service this year. */
  populationWithPaidService: number;
  /** populationWithPaidService / population, 0..1. */
  shareWithPaidService: number;
}

export function keyFigures(dataset: Dataset, year = currentYear(dataset)): KeyFigures {
  const active = activeServicesByLibrary(dataset, year);
  const chosen = restrictIndex(active, countedServiceIds(dataset.services));
  const population = dataset.municipalities.reduce((sum, m) => sum + m.population, 0);
  const populationWithPaidService = dataset.libraries
    .filter((l) => l.kind === 'public' && chosen.has(l.id))
    .reduce((sum, l) => sum + (l.inhabitantsServed ?? 0), 0);
  return {
    year,
    libraries: dataset.libraries.length,
    librariesWithServices: dataset.libraries.filter((l) => chosen.has(l.id)).length,
    librariesWithAnyService: active.size,
    services: dataset.services.length,
    activeSubscriptions: [...active.values()].reduce((sum, set) => sum + set.size, 0),
    population,
    populationWithPaidService,
    shareWithPaidService: population === 0 ? 0 : populationWithPaidService / population,
  };
}

/** Which libraries have a service active in a year. */
export function librariesWithService(dataset: Dataset, serviceId: string, year: number): Library[] {
  const ids = new Set(dataset.subscriptions.filter((s) => s.serviceId === serviceId && s.year === year && s.status === 'active').map((s) => s.libraryId));
  return dataset.libraries.filter((l) => ids.has(l.id));
}

export interface Coverage {
  /** Libraries of the service's audience. */
  eligible: number;
  /** Of those, the ones with the service active. */
  subscribers: number;
  /** subscribers / eligible, 0..1 (0 when nobody is eligible). */
  share: number;
}

/** Coverage: the share of the libraries a service is meant for that offer it. */
export function coverage(service: Pick<Service, 'id' | 'audience'>, libraries: readonly Library[], active: ActiveIndex): Coverage {
  let eligible = 0;
  let subscribers = 0;
  for (const library of libraries) {
    if (!servesAudience(service, library)) continue;
    eligible++;
    if (active.get(library.id)?.has(service.id)) subscribers++;
  }
  return { eligible, subscribers, share: eligible === 0 ? 0 : subscribers / eligible };
}

export interface Reach {
  /** Inhabitants whose public library offers the service. */
  inhabitants: number;
  /** inhabitants / population, 0..1. */
  share: number;
}

/**
 * Population reach: the share of inhabitants whose public library offers a service. Schools do not
 * count here: their students are not "the population" a public library serves.
 */
export function populationReach(serviceId: string, libraries: readonly Library[], active: ActiveIndex, population: number): Reach {
  let inhabitants = 0;
  for (const library of libraries) {
    if (library.kind === 'public' && active.get(library.id)?.has(serviceId)) inhabitants += library.inhabitantsServed ?? 0;
  }
  return { inhabitants, share: population === 0 ? 0 : inhabitants / population };
}

export interface Change {
  libraryId: string;
  serviceId: string;
}

export interface YearChanges {
  year: number;
  /** The agreement year compared with, or null for the first year (then nothing counts as new). */
  previousYear: number | null;
  /** Active this year, not active the year before. */
  added: Change[];
  /** Active the year before and not active this year (cancelled or not renewed). */
  cancelled: Change[];
}

/** Year-over-year changes: this agreement year's active subscriptions against the previous year's. */
export function yearChanges(dataset: Pick<Dataset, 'periods' | 'subscriptions'>, year: number): YearChanges {
  const previousYear =
    dataset.periods
      .map((p) => p.year)
      .filter((y) => y < year)
      .sort((a, b) => b - a)[0] ?? null;
  if (previousYear === null) return { year, previousYear, added: [], cancelled: [] };
  const now = activeServicesByLibrary(dataset, year);
  const before = activeServicesByLibrary(dataset, previousYear);
  const diff = (a: ActiveIndex, b: ActiveIndex): Change[] => {
    const out: Change[] = [];
    for (const [libraryId, services] of a) {
      for (const serviceId of services) if (!b.get(libraryId)?.has(serviceId)) out.push({ libraryId, serviceId });
    }
    return out.sort((x, y) => x.serviceId.localeCompare(y.serviceId) || x.libraryId.localeCompare(y.libraryId));
  };
  return { year, previousYear, added: diff(now, before), cancelled: diff(before, now) };
}

export interface YearCount {
  year: number;
  count: number;
}

/** Active subscriptions per agreement year, nationally and per county, every year present (zeros included). */
export function subscriptionsPerYear(dataset: Pick<Dataset, 'periods' | 'subscriptions' | 'libraries'>): {
  national: YearCount[];
  byCounty: Map<string, YearCount[]>;
} {
  const years = dataset.periods.map((p) => p.year).sort((a, b) => a - b);
  const countyOf = new Map(dataset.libraries.map((l) => [l.id, l.countyNumber]));
  const counties = [...new Set(dataset.libraries.map((l) => l.countyNumber))].sort();
  const national = new Map(years.map((y) => [y, 0]));
  const byCounty = new Map(counties.map((c) => [c, new Map(years.map((y) => [y, 0]))]));
  for (const s of dataset.subscriptions) {
    if (s.status !== 'active' || !national.has(s.year)) continue;
    national.set(s.year, national.get(s.year)! + 1);
    const perYear = byCounty.get(countyOf.get(s.libraryId) ?? '');
    if (perYear) perYear.set(s.year, perYear.get(s.year)! + 1);
  }
  const list = (m: Map<number, number>) => [...m].map(([year, count]) => ({ year, count }));
  return { national: list(national), byCounty: new Map([...byCounty].map(([c, m]) => [c, list(m)])) };
}

/**
 * White spots ("hvite flekker"): libraries that offer no chosen service (see isChosen): nothing
 * bought, nothing county-supported; the state-funded and network-free baseline does not count.
 */
export function whiteSpots(libraries: readonly Library[], services: readonly Pick<Service, 'id' | 'funding'>[], active: ActiveIndex): Library[] {
  const chosen = countedServiceIds(services);
  return libraries.filter((l) => ![...(active.get(l.id) ?? [])].some((id) => chosen.has(id)));
}

export interface AreaWhiteSpots {
  /** Municipalities no chosen service reaches through their public library, by number. */
  municipalities: Municipality[];
  /** Their inhabitants. */
  population: number;
  /** Upper-secondary schools without a chosen service. */
  schoolsWithout: Library[];
  /** All upper-secondary schools in the area. */
  schools: number;
}

/**
 * The white spots of an area (the country, or one county): municipalities whose public library
 * (any library serving them) has no chosen service, with their inhabitants, and the schools
 * with none. A municipality that no library serves counts as a white spot too.
 */
export function areaWhiteSpots(
  dataset: Pick<Dataset, 'municipalities' | 'libraries' | 'services'>,
  active: ActiveIndex,
  countyNumber?: string,
): AreaWhiteSpots {
  const chosen = countedServiceIds(dataset.services);
  const hasChosen = (l: Library) => [...(active.get(l.id) ?? [])].some((id) => chosen.has(id));
  const reached = new Set<string>();
  const schools: Library[] = [];
  for (const l of dataset.libraries) {
    if (countyNumber && l.kind === 'school' && l.countyNumber !== countyNumber) continue;
    if (l.kind === 'school') schools.push(l);
    else if (hasChosen(l)) for (const m of l.servesMunicipalities) reached.add(m);
  }
  const municipalities = dataset.municipalities
    .filter((m) => (!countyNumber || m.countyNumber === countyNumber) && !reached.has(m.number))
    .sort((a, b) => a.number.localeCompare(b.number));
  return {
    municipalities,
    population: municipalities.reduce((sum, m) => sum + m.population, 0),
    schoolsWithout: schools.filter((s) => !hasChosen(s)),
    schools: schools.length,
  };
}
