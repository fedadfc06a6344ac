/**
 * A library's offer against its peers: who its peers are (by size, or its county), what most of
 * them have that it lacks, and its whole offer with county shares. Pure; figures for the library
 * pages (site-stats.ts).
 */
import type { Library, Service } from '../dataset/schema';
import { compareNames } from '../i18n/format';
import { isChosen } from './funding';
import { servesAudience, type ActiveIndex } from './active';
import { memo } from '../site/cache';
import { serviceState, type ServiceState } from './counts';

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
  /** Has, lacks, or cannot tell (a service the ordering system does not record). */
  state: ServiceState;
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
export function countServicesInCounty(
  countyLibraries: readonly Library[],
  library: Pick<Library, 'kind' | 'countyNumber'>,
  active: ActiveIndex,
): CountyServiceCounts {
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
  return (
    ordered
      .filter((s) => servesAudience(s, library))
      .map((service) => ({
        service,
        has: own.has(service.id),
        state: serviceState(service, own),
        baseline: !isChosen(service),
        peersWith: peersWith.get(service.id) ?? 0,
        countyWith: county.withService.get(service.id) ?? 0,
        countyLibraries: county.libraries,
      }))
      // Stable: within a category, what it has first, each part in the name order sorted once.
      .sort((a, b) => categoryRank.get(a.service.category)! - categoryRank.get(b.service.category)! || Number(b.has) - Number(a.has))
  );
}

/** The catalogue by category, then name, sorted once per catalogue (cache.ts): every library page reads it. */
export const servicesInOfferOrder = memo((services: readonly Service[]): { ordered: Service[]; categoryRank: Map<string, number> } => {
  const ordered = [...services].sort((a, b) => a.category.localeCompare(b.category) || compareNames('nb')(a.name, b.name));
  const categoryRank = new Map<string, number>();
  for (const s of ordered) if (!categoryRank.has(s.category)) categoryRank.set(s.category, categoryRank.size);
  return { ordered, categoryRank };
});
