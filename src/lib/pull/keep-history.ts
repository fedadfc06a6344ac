/**
 * A product the export no longer lists keeps its history: its subscriptions in agreement years the
 * export does not cover, with its page and vendor, are carried over from the last good dataset, so
 * a service that ended does not erase what libraries had. For the years the export covers it is the
 * authority: a product it doesn't list had no subscriptions then (and with no history left, no page).
 */
import { type Dataset, Service, Vendor } from '../dataset/schema';

export function keepHistory(previous: Dataset | undefined, next: Dataset): { dataset: Dataset; kept: string[] } {
  if (!previous) return { dataset: next, kept: [] };
  const listed = new Set(next.subscriptions.map((s) => s.serviceId));
  const serviceIds = new Set(next.services.map((s) => s.id));
  const libraryIds = new Set(next.libraries.map((l) => l.id));
  const vendorIds = new Set(next.vendors.map((v) => v.id));
  const services = [...next.services];
  const vendors = [...next.vendors];
  const covered = new Set(next.periods.map((p) => p.year));
  const periods = [...next.periods];
  const subscriptions = [...next.subscriptions];
  const kept: string[] = [];
  for (const service of previous.services) {
    if (listed.has(service.id)) continue;
    const history = previous.subscriptions.filter((s) => s.serviceId === service.id && !covered.has(s.year) && libraryIds.has(s.libraryId));
    // Nothing to keep: the export covers every year it had (and is the authority for those).
    if (history.length === 0) continue;
    if (!serviceIds.has(service.id)) {
      const vendor = previous.vendors.find((v) => v.id === service.vendorId);
      // A last good dataset from an older schema may hold a service or vendor the current one refuses.
      if (!vendor || !Service.safeParse(service).success || !Vendor.safeParse(vendor).success) continue;
      if (!vendorIds.has(vendor.id)) {
        vendors.push(vendor);
        vendorIds.add(vendor.id);
      }
      services.push(service);
      serviceIds.add(service.id);
    }
    for (const s of history) {
      if (!periods.some((p) => p.year === s.year)) {
        const period = previous.periods.find((p) => p.year === s.year);
        if (!period) continue;
        periods.push(period);
      }
      subscriptions.push(s);
    }
    kept.push(service.name);
  }
  if (kept.length === 0) return { dataset: next, kept };
  periods.sort((a, b) => a.year - b.year);
  subscriptions.sort((a, b) => a.year - b.year || cmp(a.libraryId, b.libraryId) || cmp(a.serviceId, b.serviceId));
  return { dataset: { ...next, vendors, services, periods, subscriptions }, kept };
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
