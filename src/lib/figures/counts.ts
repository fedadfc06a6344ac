/**
 * The counts behind the vocabulary (vocabulary.ts): which services a figure counts, and a
 * library's three states for a service. Pure and browser-safe.
 */
import { isChosen } from './funding';
import type { Service } from '../dataset/schema';

/** Whether the ordering system records who has the service (the catalogue's `recorded`, true unless false). */
export function isRecorded(service: Pick<Service, 'recorded'>): boolean {
  return service.recorded !== false;
}

/** Counted by "paid services": chosen by the library (bought or county-funded) and recorded. */
export function isPaid(service: Pick<Service, 'funding' | 'recorded'>): boolean {
  return isChosen(service) && isRecorded(service);
}

/** Has it, lacks it, or the data cannot tell (a service the ordering system does not record). */
export type ServiceState = 'has' | 'lacks' | 'not-recorded';

export function serviceState(service: Pick<Service, 'id' | 'recorded'>, own: ReadonlySet<string> | undefined): ServiceState {
  if (!isRecorded(service)) return 'not-recorded';
  return own?.has(service.id) ? 'has' : 'lacks';
}

export interface ServiceCounts {
  /** The figure "paid services". */
  paid: number;
  /** The figure "services in all": paid plus state-funded. */
  all: number;
}

/** A library's two service counts from its active service ids. */
export function serviceCounts(own: Iterable<string> | undefined, serviceById: ReadonlyMap<string, Pick<Service, 'funding' | 'recorded'>>): ServiceCounts {
  let paid = 0;
  let all = 0;
  for (const id of own ?? []) {
    const service = serviceById.get(id);
    if (!service || !isRecorded(service)) continue;
    all++;
    if (isChosen(service)) paid++;
  }
  return { paid, all };
}
