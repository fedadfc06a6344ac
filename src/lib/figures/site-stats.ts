/**
 * Every figure the pages show, computed once per build from the loaded dataset, so that each
 * page only looks its figures up (keeping the build linear in the number of pages).
 */
import type { County, Library, Municipality, Service } from '../dataset/schema';
import type { SiteData } from '../dataset/site-data';
import { compareNames } from '../i18n/format';
import { memo } from '../site/cache';
import { isRecorded, serviceCounts } from './counts';
import {
  areaWhiteSpots,
  countServicesInCounty,
  isChosen,
  keyFigures,
  libraryOffer,
  peerGroup,
  peers,
  missingAmongPeers,
  servesAudience,
  subscriptionsPerYear,
  whiteSpots,
  yearChanges,
  type AreaWhiteSpots,
  type Coverage,
  type KeyFigures,
  type OfferRow,
  type PeerGap,
  type PeerRule,
  type Reach,
  type YearChanges,
  type YearCount,
} from './stats';

export interface ServiceFigures {
  service: Service;
  coverage: Coverage;
  reach: Reach;
  /** Active subscriptions per agreement year. */
  perYear: YearCount[];
  perCounty: { county: County; coverage: Coverage }[];
  subscribers: Library[];
  added: Library[];
  cancelled: Library[];
}

export interface SiteStats {
  years: number[];
  key: KeyFigures;
  population: number;
  services: Map<string, ServiceFigures>;
  /** Recorded services by population reach, then coverage (unrecorded ones have no figures). */
  servicesByReach: ServiceFigures[];
  librariesByCounty: Map<string, Library[]>;
  /** The figure "paid services" per library id this year (figures/vocabulary.ts). */
  paidServices: Map<string, number>;
  /** The figure "services in all" per library id this year: paid plus state-funded. */
  allServices: Map<string, number>;
  /** Services the ordering system does not record: the site cannot tell who has them. */
  notRecorded: Service[];
  /** Baseline services (state-funded, network-free) with how many public libraries have them. */
  baseline: { service: Service; holders: number; eligible: number }[];
  /** The public library of each municipality (the one serving it). */
  publicLibraryOf: Map<string, Library>;
  schoolsIn: Map<string, Library[]>;
  changes: YearChanges;
  changesByYear: YearChanges[];
  subscriptionsPerYear: { national: YearCount[]; byCounty: Map<string, YearCount[]> };
  whiteSpots: Library[];
}

/** Every figure, once per build (per loaded dataset). */
export const siteStats: (data: SiteData) => SiteStats = memo((data: SiteData) => computeSiteStats(data));

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = map.get(k);
    if (list) list.push(item);
    else map.set(k, [item]);
  }
  return map;
}

function computeSiteStats(data: SiteData): SiteStats {
  const { dataset, year } = data;
  const years = dataset.periods.map((p) => p.year).sort((a, b) => a - b);
  const active = data.activeByYear.get(year) ?? new Map<string, Set<string>>();
  const population = dataset.municipalities.reduce((sum, m) => sum + m.population, 0);
  const librariesByCounty = groupBy(dataset.libraries, (l) => l.countyNumber);
  const counties = [...dataset.counties].sort((a, b) => a.number.localeCompare(b.number));
  const changesByYear = years.map((y) => yearChanges(dataset, y));
  const changes = changesByYear.find((c) => c.year === year) ?? { year, previousYear: null, added: [], cancelled: [] };
  const addedBy = groupBy(changes.added, (c) => c.serviceId);
  const cancelledBy = groupBy(changes.cancelled, (c) => c.serviceId);
  const lib = (id: string) => data.libraryById.get(id)!;
  const counts = new Map(dataset.libraries.map((l) => [l.id, serviceCounts(active.get(l.id), data.serviceById)]));

  // One pass over the libraries per year, then each service costs only its own subscribers: a
  // pass over every library per service grew as libraries x services (142 s at 100x).
  const subscribersOf = new Map<string, Library[]>();
  for (const library of dataset.libraries) {
    for (const serviceId of active.get(library.id) ?? []) {
      const list = subscribersOf.get(serviceId);
      if (list) list.push(library);
      else subscribersOf.set(serviceId, [library]);
    }
  }
  const countsByYear = new Map(
    years.map((y) => {
      const counts = new Map<string, number>();
      for (const set of data.activeByYear.get(y)?.values() ?? []) for (const id of set) counts.set(id, (counts.get(id) ?? 0) + 1);
      return [y, counts] as const;
    }),
  );
  const eligibleIn = (libraries: readonly Library[]) => ({
    public: libraries.filter((l) => l.kind === 'public').length,
    school: libraries.filter((l) => l.kind === 'school').length,
    both: libraries.length,
  });
  const eligibleAll = eligibleIn(dataset.libraries);
  const eligibleByCounty = new Map(counties.map((c) => [c.number, eligibleIn(librariesByCounty.get(c.number) ?? [])]));
  const share = (part: number, whole: number) => (whole === 0 ? 0 : part / whole);

  const services = new Map<string, ServiceFigures>();
  for (const service of dataset.services) {
    const subscribers = subscribersOf.get(service.id) ?? [];
    const eligibleSubscribers = subscribers.filter((l) => servesAudience(service, l));
    const inhabitants = subscribers.reduce((sum, l) => sum + (l.kind === 'public' ? (l.inhabitantsServed ?? 0) : 0), 0);
    const inCounty = groupBy(eligibleSubscribers, (l) => l.countyNumber);
    services.set(service.id, {
      service,
      coverage: {
        eligible: eligibleAll[service.audience],
        subscribers: eligibleSubscribers.length,
        share: share(eligibleSubscribers.length, eligibleAll[service.audience]),
      },
      reach: { inhabitants, share: share(inhabitants, population) },
      perYear: years.map((y) => ({ year: y, count: countsByYear.get(y)?.get(service.id) ?? 0 })),
      perCounty: counties.map((county) => {
        const eligible = eligibleByCounty.get(county.number)![service.audience];
        const count = inCounty.get(county.number)?.length ?? 0;
        return { county, coverage: { eligible, subscribers: count, share: share(count, eligible) } };
      }),
      subscribers,
      added: (addedBy.get(service.id) ?? []).map((c) => lib(c.libraryId)),
      cancelled: (cancelledBy.get(service.id) ?? []).map((c) => lib(c.libraryId)),
    });
  }
  const servicesByReach = [...services.values()]
    .filter((f) => isRecorded(f.service))
    .sort((a, b) => b.reach.share - a.reach.share || b.coverage.share - a.coverage.share || compareNames('nb')(a.service.name, b.service.name));

  const publicLibraryOf = new Map<string, Library>();
  const schools: Library[] = [];
  for (const l of dataset.libraries) {
    if (l.kind === 'public') for (const m of l.servesMunicipalities) publicLibraryOf.set(m, l);
    else schools.push(l);
  }

  return {
    years,
    key: keyFigures(dataset, year),
    population,
    services,
    servicesByReach,
    librariesByCounty,
    paidServices: new Map([...counts].map(([id, c]) => [id, c.paid])),
    allServices: new Map([...counts].map(([id, c]) => [id, c.all])),
    notRecorded: dataset.services.filter((s) => !isRecorded(s)),
    baseline: dataset.services
      .filter((s) => !isChosen(s))
      .map((service) => ({ service, holders: services.get(service.id)!.coverage.subscribers, eligible: services.get(service.id)!.coverage.eligible })),
    publicLibraryOf,
    schoolsIn: groupBy(schools, (l) => l.municipalityNumber),
    changes,
    changesByYear,
    subscriptionsPerYear: subscriptionsPerYear(dataset),
    whiteSpots: whiteSpots(dataset.libraries, dataset.services, active),
  };
}

/** A library's peers and what most of them offer that it lacks, this year. */
export function peerReport(data: SiteData, library: Library): { peers: Library[]; gaps: PeerGap[] } {
  const stats = siteStats(data);
  const found = peers(library, stats.librariesByCounty.get(library.countyNumber) ?? []);
  const active = data.activeByYear.get(data.year) ?? new Map<string, Set<string>>();
  return {
    peers: found,
    gaps: missingAmongPeers(
      library.id,
      found.map((p) => p.id),
      active,
    ),
  };
}

/**
 * Municipalities of a county ranked by the breadth of their public library's offer, widest first.
 * Ties share a rank and the next rank is skipped (1, 1, 3), as in a sports table.
 */
export function municipalitiesByBreadth(
  data: SiteData,
  countyNumber: string,
): { rank: number; municipality: Municipality; library: Library | undefined; services: number }[] {
  const stats = siteStats(data);
  const sorted = data.dataset.municipalities
    .filter((m) => m.countyNumber === countyNumber)
    .map((municipality) => {
      const library = stats.publicLibraryOf.get(municipality.number);
      return { municipality, library, services: library ? (stats.paidServices.get(library.id) ?? 0) : 0 };
    })
    .sort((a, b) => b.services - a.services || compareNames('nb')(a.municipality.name, b.municipality.name));
  let rank = 0;
  return sorted.map((row, i) => {
    if (i === 0 || row.services !== sorted[i - 1]!.services) rank = i + 1;
    return { rank, ...row };
  });
}

export interface WhiteSpotReport {
  year: number;
  now: AreaWhiteSpots;
  /** The previous agreement year, or null for the first. */
  previousYear: number | null;
  before: AreaWhiteSpots | null;
}

/** The white spots of the country or one county this year, and the year before for the change. */
export function whiteSpotReport(data: SiteData, countyNumber?: string): WhiteSpotReport {
  const years = data.dataset.periods
    .map((p) => p.year)
    .filter((y) => y < data.year)
    .sort((a, b) => b - a);
  const previousYear = years[0] ?? null;
  const at = (year: number) => areaWhiteSpots(data.dataset, data.activeByYear.get(year) ?? new Map(), countyNumber);
  return { year: data.year, now: at(data.year), previousYear, before: previousYear === null ? null : at(previousYear) };
}

/** A library's whole offer this year and the peers it is compared with, with the rule used. */
export interface OfferReport {
  rows: OfferRow[];
  peers: Library[];
  rule: PeerRule;
  gaps: PeerGap[];
}

/** The last library's report: its page asks for it three times in a row (summary, offer, peers); one is kept, as a county's peers can be hundreds. */
let lastReport: { data: SiteData; library: Library; report: OfferReport } | undefined;

/** A library's offer against its county and peers (the same object for repeated calls with the same library: do not modify it). */
export function offerReport(data: SiteData, library: Library): OfferReport {
  if (lastReport?.data !== data || lastReport.library !== library) lastReport = { data, library, report: computeOfferReport(data, library) };
  return lastReport.report;
}

function computeOfferReport(data: SiteData, library: Library): OfferReport {
  const parts = offerParts(data);
  const county = parts.countyByName(library.countyNumber);
  const found = parts.peers(library);
  const active = data.activeByYear.get(data.year) ?? new Map<string, Set<string>>();
  return {
    rows: libraryOffer(
      library,
      data.dataset.services,
      county,
      found.peers.map((p) => p.id),
      active,
      parts.countyCounts(library),
    ),
    peers: found.peers,
    rule: found.rule,
    // What most of its peers have that it lacks: the page's summary leads with it.
    gaps: missingAmongPeers(
      library.id,
      found.peers.map((p) => p.id),
      active,
    ),
  };
}

/**
 * Per build (SiteData), what every library page of a county reads: the county's libraries by name
 * (the county rule lists peers by name), each county and kind's service counts, and each library's
 * peers (a library page asks in every language, and its municipality's page too).
 */
const offerParts = memo((data: SiteData) => {
  const active = data.activeByYear.get(data.year) ?? new Map<string, Set<string>>();
  const countyByName = memo((countyNumber: string) =>
    [...(siteStats(data).librariesByCounty.get(countyNumber) ?? [])].sort((a, b) => compareNames('nb')(a.name, b.name)),
  );
  return {
    countyByName,
    countyCounts: memo((library: Library) => countServicesInCounty(countyByName(library.countyNumber), library, active), {
      key: (l) => `${l.countyNumber}|${l.kind}`,
    }),
    peers: memo((library: Library) => peerGroup(library, countyByName(library.countyNumber)), { key: (l) => l.id }),
  };
});
