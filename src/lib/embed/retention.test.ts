import { describe, expect, it } from 'vitest';
import { DEFAULT_KEEP_POLICY, nearestKept, parseKeepPolicy, versionsToKeep, type VersionRecord } from './retention';

/** One version a day from 2026-01-01 at 03:30, except where the list gives a date. */
function records(dates: string[]): VersionRecord[] {
  return dates.map((date, i) => ({ version: `v${String(i).padStart(11, '0')}`, firstBuilt: `${date}T03:30:00.000Z`, lastBuilt: `${date}T03:30:00.000Z` }));
}
const kept = (rs: VersionRecord[], policy: string, now = '2026-04-01T12:00:00Z') =>
  [...versionsToKeep(rs, parseKeepPolicy(policy), rs.at(-1)!.version, new Date(now))].sort();

describe('parseKeepPolicy', () => {
  it('is the tiered default when unset or empty: the last 30 days, then monthly', () => {
    const tiered = [{ kind: 'live-within-days', days: 30 }, { kind: 'monthly' }];
    expect(parseKeepPolicy(DEFAULT_KEEP_POLICY)).toEqual(tiered);
    expect(parseKeepPolicy(undefined)).toEqual(tiered);
    expect(parseKeepPolicy(' ')).toEqual(tiered);
    expect(parseKeepPolicy('all')).toEqual([{ kind: 'all' }]);
  });

  it('reads a list of rules', () => {
    expect(parseKeepPolicy('last=10, monthly,live-days=1,newer-than-days=30,live-within-days=7')).toEqual([
      { kind: 'last', n: 10 },
      { kind: 'monthly' },
      { kind: 'live-days', days: 1 },
      { kind: 'newer-than-days', days: 30 },
      { kind: 'live-within-days', days: 7 },
    ]);
  });

  it('names the variable and the rule it does not understand', () => {
    for (const bad of ['last', 'last=0', 'last=-1', 'weekly', 'monthly,,last=2', 'live-days=1.5'])
      expect(() => parseKeepPolicy(bad), bad).toThrow(/HHH_EMBED_KEEP: ".*" is not a rule/);
  });
});

describe('versionsToKeep', () => {
  const rs = records(['2026-01-05', '2026-01-20', '2026-01-20', '2026-02-03', '2026-02-04', '2026-03-30', '2026-03-31']);
  const v = (i: number) => rs[i]!.version;

  it('keeps every version with all', () => {
    expect(kept(rs, 'all')).toEqual(rs.map((r) => r.version));
  });

  it('keeps the N newest with last=N, and the current one always', () => {
    expect(kept(rs, 'last=2')).toEqual([v(5), v(6)]);
    expect([...versionsToKeep(rs, parseKeepPolicy('last=1'), v(0), new Date('2026-04-01'))].sort()).toEqual([v(0), v(6)]);
  });

  it('keeps the newest of each month with monthly', () => {
    expect(kept(rs, 'monthly')).toEqual([v(2), v(4), v(6)]);
  });

  it('keeps versions live for at least D days with live-days=D (a version replaced the same day is dropped)', () => {
    // v1 and v2 were built the same day: v1 was live for no time; v3 was live 1 day; v5 1 day; v6 still live.
    expect(kept(rs, 'live-days=1')).toEqual([v(0), v(2), v(3), v(4), v(5), v(6)]);
    expect(kept(rs, 'live-days=2')).toEqual([v(0), v(2), v(4), v(6)]);
  });

  it('keeps the versions first built in the last D days with newer-than-days=D, and combines rules with "or"', () => {
    expect(kept(rs, 'newer-than-days=3')).toEqual([v(5), v(6)]);
    expect(kept(rs, 'last=1,monthly')).toEqual([v(2), v(4), v(6)]);
  });
});

describe('versionsToKeep with live-within-days=D', () => {
  it('keeps every version live at some time in the last D days, also one first built before them', () => {
    const rs = records(['2026-03-01', '2026-03-20', '2026-03-25', '2026-03-30']);
    // v0 was replaced on 03-20, 12 days before now: still live within 14 days, not within 10.
    expect(kept(rs, 'live-within-days=14')).toEqual(rs.map((r) => r.version));
    expect(kept(rs, 'live-within-days=10')).toEqual([rs[1]!.version, rs[2]!.version, rs[3]!.version]);
  });
});

describe('the default policy over nightly versions', () => {
  /** A new version every night from 2026-01-01 until `now`: the worst case, data changed every night. */
  const nightly = (days: number) =>
    Array.from({ length: days }, (_, i) => {
      const at = new Date(Date.UTC(2026, 0, 1 + i, 2, 30)).toISOString();
      return { version: `n${String(i).padStart(11, '0')}`, firstBuilt: at, lastBuilt: at };
    });
  const rs = nightly(200);
  const now = new Date(rs.at(-1)!.lastBuilt);
  const keep = versionsToKeep(rs, parseKeepPolicy(undefined), rs.at(-1)!.version, now);
  const replaced = (i: number) => (i + 1 < rs.length ? Date.parse(rs[i + 1]!.firstBuilt) : now.getTime());
  const ageDays = (i: number) => (now.getTime() - replaced(i)) / 86_400_000;

  it('keeps every version live in the last 30 days', () => {
    const recent = rs.filter((_, i) => ageDays(i) < 30);
    expect(recent.length).toBeGreaterThanOrEqual(30);
    for (const r of recent) expect(keep.has(r.version), r.firstBuilt).toBe(true);
  });

  it('thins older versions to one per calendar month: the last of each month', () => {
    const older = rs.filter((_, i) => ageDays(i) >= 30);
    const months = [...new Set(older.map((r) => r.firstBuilt.slice(0, 7)))];
    expect(months.length).toBeGreaterThanOrEqual(5);
    for (const month of months) {
      const inMonth = older.filter((r) => r.firstBuilt.startsWith(month));
      const keptInMonth = inMonth.filter((r) => keep.has(r.version));
      expect(keptInMonth.length, month).toBeLessThanOrEqual(1);
      // The last version of a month is kept whether or not the 30 days still cover it.
      const last = rs.filter((r) => r.firstBuilt.startsWith(month)).at(-1)!;
      expect(keep.has(last.version), month).toBe(true);
    }
    expect(keep.size).toBeLessThan(rs.length / 3);
  });
});

describe('nearestKept', () => {
  const rs = records(['2026-01-01', '2026-01-02', '2026-01-03', '2026-01-04']);
  it('is the version that replaced the pruned one, else the newest before it', () => {
    expect(nearestKept(rs[1]!, [rs[0]!, rs[2]!, rs[3]!])?.version).toBe(rs[2]!.version);
    expect(nearestKept(rs[3]!, [rs[0]!, rs[1]!])?.version).toBe(rs[1]!.version);
    expect(nearestKept(rs[3]!, [])).toBeUndefined();
  });
});
