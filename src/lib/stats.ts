/**
 * Figures shown on the site, computed from the dataset only, so each can be traced back to it.
 */
import type { Dataset, Library, Service } from './schema';

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

export interface KeyFigures {
  year: number;
  libraries: number;
  librariesWithServices: number;
  services: number;
  activeSubscriptions: number;
  population: number;
  /** Inhabitants whose public library has at least one bought (paid) service this year. */
  populationWithPaidService: number;
  /** populationWithPaidService / population, 0..1. */
  shareWithPaidService: number;
}

export function keyFigures(dataset: Dataset, year = currentYear(dataset)): KeyFigures {
  const active = activeServicesByLibrary(dataset, year);
  const paid = new Set(dataset.services.filter((s) => s.funding === 'bought').map((s) => s.id));
  const population = dataset.municipalities.reduce((sum, m) => sum + m.population, 0);
  const populationWithPaidService = dataset.libraries
    .filter((l) => l.kind === 'public' && [...(active.get(l.id) ?? [])].some((id) => paid.has(id)))
    .reduce((sum, l) => sum + (l.inhabitantsServed ?? 0), 0);
  return {
    year,
    libraries: dataset.libraries.length,
    librariesWithServices: active.size,
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
