/**
 * How big the published site grows under a retention policy, for the bench and docs/hosting.md:
 * a new dataset version every night (the worst case: the export changed every night), the policy
 * applied as the build applies it (`versionsToKeep`), each version's bytes from measurements. Pure.
 */
import { versionsToKeep, type KeepRule, type VersionRecord } from './retention';

/** GitHub Pages' limit on a published site, read strictly (10^9 bytes, not 2^30). */
export const GITHUB_PAGES_LIMIT_BYTES = 1e9;

export interface MeasuredSizes {
  /** The site without frozen embeds: dist/ less one version's folders and shared files. */
  siteBytes: number;
  /** One version on its own: its folders and every shared file it refers to. */
  versionBytes: number;
  /** What the next night's version adds beside it (it shares the widgets that did not change). */
  nextVersionBytes: number;
  /** The notice pages left at every page URL of a retired version. */
  noticeBytes: number;
}

export interface Projection {
  days: number;
  /** Versions kept (the site serves them whole). */
  kept: number;
  /** Versions retired (a notice page at each of their URLs). */
  retired: number;
  bytes: number;
}

const DAY = 86_400_000;

/** One version a night for `days` nights from `from`, as the archive records them. */
export function nightlyVersions(days: number, from: Date): VersionRecord[] {
  return Array.from({ length: days }, (_, i) => {
    const at = new Date(from.getTime() + i * DAY).toISOString();
    return { version: i.toString(16).padStart(12, '0'), firstBuilt: at, lastBuilt: at };
  });
}

/**
 * The site's size after `days` nightly versions under `rules`. A kept version costs what one more
 * version adds when the previous night's is kept too (they share what did not change), else a
 * whole version (after a gap it may share nothing: an upper bound); a retired one its notices.
 */
export function projectSize(days: number, rules: KeepRule[], sizes: MeasuredSizes, from = new Date(Date.UTC(2027, 0, 1, 2, 30))): Projection {
  if (!Number.isInteger(days) || days < 1) throw new Error(`projectSize: ${days} is not a number of nights (an integer ≥ 1)`);
  const records = nightlyVersions(days, from);
  const last = records.at(-1)!;
  const keep = versionsToKeep(records, rules, last.version, new Date(last.firstBuilt));
  let bytes = sizes.siteBytes;
  records.forEach((r, i) => {
    if (!keep.has(r.version)) bytes += sizes.noticeBytes;
    else bytes += i > 0 && keep.has(records[i - 1]!.version) ? sizes.nextVersionBytes : sizes.versionBytes;
  });
  return { days, kept: keep.size, retired: days - keep.size, bytes };
}
