/**
 * Which library has which service: the active index of a year, and which libraries a service is
 * meant for. The base of every figure (stats.ts, offer.ts).
 */
import type { Dataset, Library, Service } from '../dataset/schema';

/** Active service ids per library id in one year, as built by `activeServicesByLibrary`. */
export type ActiveIndex = Map<string, Set<string>>;

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

/** Libraries that can take a service: public libraries, schools, or both. */
export function servesAudience(service: Pick<Service, 'audience'>, library: Pick<Library, 'kind'>): boolean {
  return service.audience === 'both' || service.audience === library.kind;
}

/** Breadth: how many services a library offers in the year of `active`. */
export function breadth(libraryId: string, active: ActiveIndex): number {
  return active.get(libraryId)?.size ?? 0;
}
