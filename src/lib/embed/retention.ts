/**
 * Which archived frozen-embed versions to keep: the maintainer's policy (HHH_EMBED_KEEP), applied
 * to the archive's record of when each version was first and last built. Pure.
 *
 * The policy is a comma-separated list of rules; a version is kept if any rule keeps it, and the
 * current version is always kept. The default (HHH_EMBED_KEEP unset or empty) is DEFAULT_KEEP_POLICY:
 * every version a journalist could have embedded in the last month, then one a month, so the site
 * stays within GitHub Pages' 1 GB for years (docs/hosting.md).
 * - `all`: keep every version;
 * - `last=N`: the N newest versions;
 * - `monthly`: the newest version of each calendar month (UTC), i.e. the one live at its end;
 * - `live-days=D`: every version that was live for at least D days (from its first build to the
 *   first build of the next version; the newest is still live);
 * - `newer-than-days=D`: every version first built in the last D days;
 * - `live-within-days=D`: every version that was live at some time in the last D days (the newest,
 *   and every version replaced less than D days ago): what an embed made in those days can cite.
 */

export interface VersionRecord {
  version: string;
  /** ISO time of the build that archived it. */
  firstBuilt: string;
  /** ISO time of the latest build that had it as the current version. */
  lastBuilt: string;
}

export type KeepRule =
  | { kind: 'all' }
  | { kind: 'last'; n: number }
  | { kind: 'monthly' }
  | { kind: 'live-days'; days: number }
  | { kind: 'newer-than-days'; days: number }
  | { kind: 'live-within-days'; days: number };

/** The policy when HHH_EMBED_KEEP is unset: every version of the last 30 days, then the last of each month. */
export const DEFAULT_KEEP_POLICY = 'live-within-days=30,monthly';

const DAY = 24 * 60 * 60 * 1000;

/** Parses HHH_EMBED_KEEP; throws naming the variable and the rule it does not understand. */
export function parseKeepPolicy(text: string | undefined): KeepRule[] {
  if (text === undefined || text.trim() === '') return parseKeepPolicy(DEFAULT_KEEP_POLICY);
  return text.split(',').map((raw) => {
    const rule = raw.trim();
    if (rule === 'all') return { kind: 'all' } as const;
    if (rule === 'monthly') return { kind: 'monthly' } as const;
    const match = /^(last|live-days|newer-than-days|live-within-days)=(\d{1,5})$/.exec(rule);
    const n = match ? Number(match[2]) : NaN;
    if (!match || n < 1) {
      throw new Error(
        `HHH_EMBED_KEEP: "${rule}" is not a rule; expected all, monthly, last=N, live-days=D, newer-than-days=D or live-within-days=D (N, D ≥ 1), separated by commas`,
      );
    }
    return match[1] === 'last'
      ? ({ kind: 'last', n } as const)
      : ({ kind: match[1] as 'live-days' | 'newer-than-days' | 'live-within-days', days: n } as const);
  });
}

/** The versions the policy keeps (a subset of `records`' versions, plus `current`). */
export function versionsToKeep(records: VersionRecord[], rules: KeepRule[], current: string, now: Date): Set<string> {
  const sorted = [...records].sort((a, b) => a.firstBuilt.localeCompare(b.firstBuilt) || a.version.localeCompare(b.version));
  const keep = new Set<string>([current]);
  for (const rule of rules) {
    if (rule.kind === 'all') sorted.forEach((r) => keep.add(r.version));
    if (rule.kind === 'last') sorted.slice(-rule.n).forEach((r) => keep.add(r.version));
    if (rule.kind === 'monthly') {
      const newestOfMonth = new Map<string, string>();
      for (const r of sorted) newestOfMonth.set(r.firstBuilt.slice(0, 7), r.version);
      newestOfMonth.forEach((v) => keep.add(v));
    }
    if (rule.kind === 'live-days') {
      sorted.forEach((r, i) => {
        const until = i + 1 < sorted.length ? Date.parse(sorted[i + 1]!.firstBuilt) : now.getTime();
        if (until - Date.parse(r.firstBuilt) >= rule.days * DAY) keep.add(r.version);
      });
    }
    if (rule.kind === 'live-within-days') {
      // Live until the next version's first build; the newest is live now.
      sorted.forEach((r, i) => {
        const until = i + 1 < sorted.length ? Date.parse(sorted[i + 1]!.firstBuilt) : now.getTime();
        if (now.getTime() - until < rule.days * DAY) keep.add(r.version);
      });
    }
    if (rule.kind === 'newer-than-days') sorted.filter((r) => now.getTime() - Date.parse(r.firstBuilt) < rule.days * DAY).forEach((r) => keep.add(r.version));
  }
  if (sorted.length) keep.add(sorted[sorted.length - 1]!.version);
  return keep;
}

/**
 * The kept version a reader of a pruned version is sent to: the one that replaced it (the oldest
 * kept version first built after it), else the newest kept one before it.
 */
export function nearestKept(pruned: VersionRecord, kept: VersionRecord[]): VersionRecord | undefined {
  const sorted = [...kept].sort((a, b) => a.firstBuilt.localeCompare(b.firstBuilt));
  return sorted.find((r) => r.firstBuilt > pruned.firstBuilt) ?? sorted[sorted.length - 1];
}
