import { describe, expect, it } from 'vitest';
import { nightlyVersions, projectSize, type MeasuredSizes } from './projection';
import { parseKeepPolicy } from './retention';

const sizes: MeasuredSizes = { siteBytes: 100e6, versionBytes: 7e6, nextVersionBytes: 1.3e6, noticeBytes: 0.1e6 };

describe('nightlyVersions', () => {
  it('is one version a night, each named as a dataset version', () => {
    const rs = nightlyVersions(3, new Date('2027-01-31T02:30:00Z'));
    expect(rs.map((r) => r.firstBuilt)).toEqual(['2027-01-31T02:30:00.000Z', '2027-02-01T02:30:00.000Z', '2027-02-02T02:30:00.000Z']);
    expect(new Set(rs.map((r) => r.version)).size).toBe(3);
    for (const r of rs) expect(r.version).toMatch(/^[0-9a-f]{12}$/);
  });
});

describe('projectSize', () => {
  it('under keep-all: every night kept, one whole version and then what each next one adds', () => {
    for (const days of [1, 30, 365]) {
      const p = projectSize(days, parseKeepPolicy('all'), sizes);
      expect(p).toEqual({ days, kept: days, retired: 0, bytes: sizes.siteBytes + sizes.versionBytes + (days - 1) * sizes.nextVersionBytes });
    }
  });

  it('charges a retired version its notices, and a kept one after a gap a whole version', () => {
    const p = projectSize(3, parseKeepPolicy('last=1'), sizes);
    expect(p).toEqual({ days: 3, kept: 1, retired: 2, bytes: sizes.siteBytes + sizes.versionBytes + 2 * sizes.noticeBytes });
  });

  it('under the default: the last 30 days plus one a month before them', () => {
    for (const years of [1, 5]) {
      const days = years * 365;
      const p = projectSize(days, parseKeepPolicy(undefined), sizes);
      // 31: the current version and every one replaced in the last 30 days; then one per earlier month.
      const months = Math.ceil((days - 31) / 30.44);
      expect(p.kept).toBeGreaterThanOrEqual(31 + months - 2);
      expect(p.kept).toBeLessThanOrEqual(31 + months + 1);
      expect(p.retired).toBe(days - p.kept);
      // Between every kept version costing what a next one adds and every one costing a whole version.
      const floor = sizes.siteBytes + p.kept * sizes.nextVersionBytes + p.retired * sizes.noticeBytes;
      expect(p.bytes).toBeGreaterThan(floor);
      expect(p.bytes).toBeLessThan(floor + p.kept * (sizes.versionBytes - sizes.nextVersionBytes));
      const flat = projectSize(days, parseKeepPolicy(undefined), { ...sizes, nextVersionBytes: sizes.versionBytes });
      expect(flat.bytes).toBe(sizes.siteBytes + p.kept * sizes.versionBytes + p.retired * sizes.noticeBytes);
      expect(p.bytes).toBeLessThan(projectSize(days, parseKeepPolicy('all'), sizes).bytes);
    }
  });

  it('refuses a count of nights that is not a whole number ≥ 1', () => {
    for (const bad of [0, -1, 1.5]) expect(() => projectSize(bad, parseKeepPolicy('all'), sizes)).toThrow(/not a number of nights/);
  });
});
