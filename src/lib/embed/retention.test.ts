import { describe, expect, it } from 'vitest';
import { nearestKept, parseKeepPolicy, versionsToKeep, type VersionRecord } from './retention';

/** One version a day from 2026-01-01 at 03:30, except where the list gives a date. */
function records(dates: string[]): VersionRecord[] {
  return dates.map((date, i) => ({ version: `v${String(i).padStart(11, '0')}`, firstBuilt: `${date}T03:30:00.000Z`, lastBuilt: `${date}T03:30:00.000Z` }));
}
const kept = (rs: VersionRecord[], policy: string, now = '2026-04-01T12:00:00Z') =>
  [...versionsToKeep(rs, parseKeepPolicy(policy), rs.at(-1)!.version, new Date(now))].sort();

describe('parseKeepPolicy', () => {
  it('keeps everything when unset or empty', () => {
    expect(parseKeepPolicy(undefined)).toEqual([{ kind: 'all' }]);
    expect(parseKeepPolicy(' ')).toEqual([{ kind: 'all' }]);
  });

  it('reads a list of rules', () => {
    expect(parseKeepPolicy('last=10, monthly,live-days=1,newer-than-days=30')).toEqual([
      { kind: 'last', n: 10 },
      { kind: 'monthly' },
      { kind: 'live-days', days: 1 },
      { kind: 'newer-than-days', days: 30 },
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

describe('nearestKept', () => {
  const rs = records(['2026-01-01', '2026-01-02', '2026-01-03', '2026-01-04']);
  it('is the version that replaced the pruned one, else the newest before it', () => {
    expect(nearestKept(rs[1]!, [rs[0]!, rs[2]!, rs[3]!])?.version).toBe(rs[2]!.version);
    expect(nearestKept(rs[3]!, [rs[0]!, rs[1]!])?.version).toBe(rs[1]!.version);
    expect(nearestKept(rs[3]!, [])).toBeUndefined();
  });
});
