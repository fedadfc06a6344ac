/**
 * What a pull changes compared with the last good dataset: for the dry run's report, for the
 * guard that refuses a pull that loses too much (a broken or partial export looks exactly like
 * that), and for the dataset's record of changes (the site's changes page and feed).
 */
import type { Dataset, DatasetChange } from '../dataset/schema';

type Keyed = Pick<Dataset, 'subscriptions' | 'libraries' | 'services'>;

const key = (s: Dataset['subscriptions'][number]) => `${s.libraryId}|${s.serviceId}|${s.year}`;

function activeKeys(dataset: Pick<Dataset, 'subscriptions'>): Map<string, Dataset['subscriptions'][number]> {
  return new Map(dataset.subscriptions.filter((s) => s.status === 'active').map((s) => [key(s), s]));
}

/** Libraries that take part: those with at least one active subscription in any year. */
export function subscribingLibraries(dataset: Pick<Dataset, 'subscriptions'>): Set<string> {
  return new Set(dataset.subscriptions.filter((s) => s.status === 'active').map((s) => s.libraryId));
}

export interface DatasetDiff {
  subscriptions: { before: number; after: number; added: number; removed: number };
  libraries: { before: number; after: number; added: string[]; removed: string[] };
  services: { added: string[]; removed: string[] };
  perService: { serviceId: string; added: number; removed: number }[];
}

export function compareDatasets(previous: Keyed, next: Keyed): DatasetDiff {
  const before = activeKeys(previous);
  const after = activeKeys(next);
  const perService = new Map<string, { added: number; removed: number }>();
  const bump = (serviceId: string, field: 'added' | 'removed') => {
    const entry = perService.get(serviceId) ?? { added: 0, removed: 0 };
    entry[field]++;
    perService.set(serviceId, entry);
  };
  for (const [k, s] of after) if (!before.has(k)) bump(s.serviceId, 'added');
  for (const [k, s] of before) if (!after.has(k)) bump(s.serviceId, 'removed');
  const librariesBefore = subscribingLibraries(previous);
  const librariesAfter = subscribingLibraries(next);
  const servicesBefore = new Set(previous.services.map((s) => s.id));
  const servicesAfter = new Set(next.services.map((s) => s.id));
  const total = (field: 'added' | 'removed') => [...perService.values()].reduce((sum, e) => sum + e[field], 0);
  return {
    subscriptions: { before: before.size, after: after.size, added: total('added'), removed: total('removed') },
    libraries: {
      before: librariesBefore.size,
      after: librariesAfter.size,
      added: [...librariesAfter].filter((id) => !librariesBefore.has(id)).sort(),
      removed: [...librariesBefore].filter((id) => !librariesAfter.has(id)).sort(),
    },
    services: {
      added: [...servicesAfter].filter((id) => !servicesBefore.has(id)).sort(),
      removed: [...servicesBefore].filter((id) => !servicesAfter.has(id)).sort(),
    },
    perService: [...perService.entries()].map(([serviceId, e]) => ({ serviceId, ...e })).sort((a, b) => (a.serviceId < b.serviceId ? -1 : 1)),
  };
}

export interface GuardRule {
  /** The largest share of active subscriptions or subscribing libraries a pull may lose, add or remove. */
  maxShare: number;
  /** When the pull runs: agreement years after the next one (its year + 1) are refused. */
  now: Date;
}

const percent = (share: number) => `${(share * 100).toFixed(1)} %`;

/**
 * Why the guard refuses this pull, or undefined when it is within the rule. A broken or shifted
 * export shows as a loss (net), as churn (many rows removed and as many added: the net hides it,
 * while every one becomes a change record on /endringer/ and in the feeds), or as agreement years
 * that can't have been ordered yet (the joining period in the autumn orders the next year, no later).
 */
export function guardRefusal(diff: DatasetDiff | undefined, next: Pick<Dataset, 'subscriptions'>, rule: GuardRule): string | undefined {
  const reasons: string[] = [];
  const allowed = `more than the allowed ${(rule.maxShare * 100).toFixed(0)} %`;
  if (diff) {
    const check = (what: string, before: number, after: number) => {
      if (before === 0) return;
      const drop = (before - after) / before;
      if (drop > rule.maxShare) reasons.push(`${what} would fall from ${before} to ${after} (-${percent(drop)}, ${allowed})`);
    };
    check('active subscriptions', diff.subscriptions.before, diff.subscriptions.after);
    check('subscribing libraries', diff.libraries.before, diff.libraries.after);
    const { before, added, removed } = diff.subscriptions;
    if (before > 0) {
      for (const [what, count] of [
        ['removed', removed],
        ['added', added],
      ] as const) {
        if (count / before > rule.maxShare)
          reasons.push(`${count} of ${before} active subscriptions would be ${what} (${percent(count / before)} of them, ${allowed}), whatever the net change`);
      }
    }
  }
  const latest = rule.now.getUTCFullYear() + 1;
  const late = new Map<number, number>();
  for (const s of next.subscriptions) if (s.year > latest) late.set(s.year, (late.get(s.year) ?? 0) + 1);
  if (late.size > 0) {
    const years = [...late.entries()].sort((a, b) => a[0] - b[0]).map(([year, rows]) => `${year}: ${rows}`);
    reasons.push(
      `subscriptions lie in agreement years after ${latest}, the next one (${years.join(', ')}): no joining period has ordered them yet; are the export's dates shifted?`,
    );
  }
  return reasons.length > 0 ? reasons.join('; ') : undefined;
}

/**
 * The changes since the previous pull, appended to the previous record: subscriptions that became
 * active (added) and that stopped being active (cancelled), per library, service and agreement year.
 */
export function recordChanges(previous: Dataset | undefined, next: Pick<Dataset, 'subscriptions'>, date: string): DatasetChange[] {
  if (!previous) return [];
  const before = activeKeys(previous);
  const after = activeKeys(next);
  const changes: DatasetChange[] = [];
  for (const [k, s] of after) if (!before.has(k)) changes.push({ date, libraryId: s.libraryId, serviceId: s.serviceId, year: s.year, change: 'added' });
  for (const [k, s] of before) if (!after.has(k)) changes.push({ date, libraryId: s.libraryId, serviceId: s.serviceId, year: s.year, change: 'cancelled' });
  changes.sort((a, b) =>
    a.libraryId < b.libraryId ? -1 : a.libraryId > b.libraryId ? 1 : a.serviceId < b.serviceId ? -1 : a.serviceId > b.serviceId ? 1 : a.year - b.year,
  );
  return [...(previous.changes ?? []), ...changes];
}
