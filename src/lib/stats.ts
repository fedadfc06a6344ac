/**
 * Figures shown on the site, computed from the dataset only, so each can be traced back to it.
 */
import type { Dataset, Library, Municipality, Service } from './schema';
import { compareNames } from './i18n/format';
import { isChosen } from './funding';
import { servicesInOfferOrder } from './offer-view';

export { isChosen };

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

/** Service ids each library has active in a given year. */
export function activeServicesByLibrary(dataset: Pick<Dataset, 'subscriptions'>, year: number): Map<string, Set<string>> {
  const result = new Map<string, Set<string>>();
  for (const s of dataset.subscriptions) {
    if (s.year !== year || s.status !== 'active') continue;
    let set = result.get(s.libraryId);
    if (!set) result.set(s.libraryId, (set = new Set()));
    set.add(s.serviceId);
  }
  return result;
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

/** Libraries that can take a service: public libraries, schools, or both. */
export function servesAudience(service: Pick<Service, 'audience'>, library: Pick<Library, 'kind'>): boolean {
  return service.audience === 'both' || service.audience === library.kind;
}

/** Which libraries have a service active in a year. */
export function librariesWithService(dataset: Dataset, serviceId: string, year: number): Library[] {
  const ids = new Set(dataset.subscriptions.filter((s) => s.serviceId === serviceId && s.year === year && s.status === 'active').map((s) => s.libraryId));
  return dataset.libraries.filter((l) => ids.has(l.id));
}

/** Active service ids per library id in one year, as built by `activeServicesByLibrary`. */
export type ActiveIndex = Map<string, Set<string>>;

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

/** Breadth: how many services a library offers in the year of `active`. */
export function breadth(libraryId: string, active: ActiveIndex): number {
  return active.get(libraryId)?.size ?? 0;
}

/** Size used to find peers: inhabitants served for public libraries, students + staff for schools. */
export function librarySize(library: Pick<Library, 'kind' | 'inhabitantsServed' | 'studentsAndStaff'>): number | null {
  return library.kind === 'public' ? library.inhabitantsServed : library.studentsAndStaff;
}

/**
 * Peers: libraries of the same kind in the same county, closest in size (by ratio, so 2,000 vs
 * 4,000 is as far as 20,000 vs 40,000). Those within half to double the size come first; when
 * fewer than `count` are that close, the nearest others fill up the list. Unknown sizes sort last.
 */
export function peers(library: Library, candidates: readonly Library[], count = 5): Library[] {
  const size = librarySize(library);
  const distance = (other: Library): number => {
    const otherSize = librarySize(other);
    if (size === null || otherSize === null || size <= 0 || otherSize <= 0) return Number.POSITIVE_INFINITY;
    return Math.abs(Math.log(otherSize / size));
  };
  return candidates
    .filter((c) => c.id !== library.id && c.kind === library.kind && c.countyNumber === library.countyNumber)
    .map((c) => ({ library: c, distance: distance(c) }))
    .sort((a, b) => a.distance - b.distance || compareNames('nb')(a.library.name, b.library.name))
    .slice(0, count)
    .map((entry) => entry.library);
}

export interface PeerGap {
  serviceId: string;
  /** How many of the peers offer it. */
  peersWith: number;
}

/**
 * The services most peers have that this library lacks: those offered by at least `minShare` of
 * the peers (half by default), the most common first.
 */
export function missingAmongPeers(libraryId: string, peerIds: readonly string[], active: ActiveIndex, minShare = 0.5): PeerGap[] {
  if (peerIds.length === 0) return [];
  const own = active.get(libraryId) ?? new Set<string>();
  const counts = new Map<string, number>();
  for (const id of peerIds) {
    for (const serviceId of active.get(id) ?? []) {
      if (!own.has(serviceId)) counts.set(serviceId, (counts.get(serviceId) ?? 0) + 1);
    }
  }
  return [...counts]
    .filter(([, n]) => n / peerIds.length >= minShare)
    .map(([serviceId, peersWith]) => ({ serviceId, peersWith }))
    .sort((a, b) => b.peersWith - a.peersWith || a.serviceId.localeCompare(b.serviceId));
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
  const previousYear = dataset.periods.map((p) => p.year).filter((y) => y < year).sort((a, b) => b - a)[0] ?? null;
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

/** How a library's peers were chosen: by size, all of its kind in the county, or none exist. */
export type PeerRule = 'size' | 'county' | 'none';

/**
 * Peers that do not depend on sizes being known. By size (see `peers`) when the library's own
 * size is known and enough others' are (at least `count`, or all of them when fewer exist);
 * otherwise every library of the same kind in the county. Schools' sizes are mostly missing
 * in the register, so most schools get the county rule, and the page says so.
 */
export function peerGroup(library: Library, candidates: readonly Library[], count = 5): { peers: Library[]; rule: PeerRule } {
  const sameKind = candidates.filter((c) => c.id !== library.id && c.kind === library.kind && c.countyNumber === library.countyNumber);
  if (sameKind.length === 0) return { peers: [], rule: 'none' };
  const known = (l: Library) => (librarySize(l) ?? 0) > 0;
  const withSize = sameKind.filter(known);
  if (known(library) && withSize.length >= Math.min(count, sameKind.length)) return { peers: peers(library, withSize, count), rule: 'size' };
  return { peers: [...sameKind].sort((a, b) => compareNames('nb')(a.name, b.name)), rule: 'county' };
}

export interface OfferRow {
  service: Service;
  has: boolean;
  /** State-funded or network-free: not a choice, shown apart. */
  baseline: boolean;
  /** How many of the peers have it. */
  peersWith: number;
  /** Libraries of the same kind in the county that have it, and how many there are. */
  countyWith: number;
  countyLibraries: number;
}

/** How many libraries of one kind in one county there are, and how many of them have each service. */
export interface CountyServiceCounts {
  libraries: number;
  withService: Map<string, number>;
}

/**
 * The county counts for `library`'s kind and county, counted once: a library page reads them for
 * every service, and counting per page made the build grow as libraries x services x a county's libraries.
 */
export function countServicesInCounty(countyLibraries: readonly Library[], library: Pick<Library, 'kind' | 'countyNumber'>, active: ActiveIndex): CountyServiceCounts {
  const withService = new Map<string, number>();
  let libraries = 0;
  for (const l of countyLibraries) {
    if (l.kind !== library.kind || l.countyNumber !== library.countyNumber) continue;
    libraries++;
    for (const id of active.get(l.id) ?? []) withService.set(id, (withService.get(id) ?? 0) + 1);
  }
  return { libraries, withService };
}

/**
 * A library's whole offer: every service meant for its kind, whether it has it, how many of its
 * peers and what share of its county's libraries of the same kind have it. Ordered by category,
 * then what it has first, then name.
 */
export function libraryOffer(
  library: Library,
  services: readonly Service[],
  countyLibraries: readonly Library[],
  peerIds: readonly string[],
  active: ActiveIndex,
  countyCounts?: CountyServiceCounts,
): OfferRow[] {
  const own = active.get(library.id) ?? new Set<string>();
  const county = countyCounts ?? countServicesInCounty(countyLibraries, library, active);
  // Counted over the peers' own services once, not peers x services: a county's peers can be hundreds.
  const peersWith = new Map<string, number>();
  for (const id of peerIds) for (const serviceId of active.get(id) ?? []) peersWith.set(serviceId, (peersWith.get(serviceId) ?? 0) + 1);
  const { ordered, categoryRank } = servicesInOfferOrder(services);
  return ordered
    .filter((s) => servesAudience(s, library))
    .map((service) => ({
      service,
      has: own.has(service.id),
      baseline: !isChosen(service),
      peersWith: peersWith.get(service.id) ?? 0,
      countyWith: county.withService.get(service.id) ?? 0,
      countyLibraries: county.libraries,
    }))
    // Stable: within a category, what it has first, each part in the name order sorted once.
    .sort((a, b) => categoryRank.get(a.service.category)! - categoryRank.get(b.service.category)! || Number(b.has) - Number(a.has));
}
