/**
 * The site's projected size after one and five years of nightly builds, under the default
 * retention and under keep-all, from what the bench measured (src/lib/embed/projection.ts does
 * the arithmetic; docs/hosting.md quotes the lines this prints).
 */
import { join } from 'node:path';
import { withCsp } from '../../src/lib/html/csp';
import { noticePage, versionPages } from '../../src/lib/embed/frozen-archive';
import { versionBytes } from '../../src/lib/embed/frozen-store';
import { GITHUB_PAGES_LIMIT_BYTES, projectSize, type MeasuredSizes } from '../../src/lib/embed/projection';
import { DEFAULT_KEEP_POLICY, parseKeepPolicy } from '../../src/lib/embed/retention';
import type { Lang } from '../../src/lib/i18n/lang';
import { embedPath } from '../../src/lib/site/urls';

/** The notices a version would leave if retired, as the build writes them (with their CSP). */
export function noticeBytes(archive: string, version: string): number {
  const now = new Date().toISOString();
  const record = { version, firstBuilt: now, lastBuilt: now };
  return versionPages(join(archive, version)).reduce((sum, page) => {
    const slash = page.indexOf('/');
    const lang = page.slice(0, slash) as Lang;
    const key = page.slice(slash + 1);
    // The nearest kept version's link is as long as any version's.
    return sum + Buffer.byteLength(withCsp(noticePage(lang, record, key, { version, path: embedPath(lang, key, version) })));
  }, 0);
}

/**
 * The sizes a projection needs, from the first build's dist/ (the site and one version, `version`)
 * and its archive, and what the next night's version added to dist/ (unmeasured: a whole version, an upper bound).
 */
export function measureSizes(options: { distBytes: number; archive: string; version: string; nextVersionBytes?: number }): MeasuredSizes {
  const one = versionBytes(options.archive, options.version);
  const whole = one.own + one.shared;
  return {
    siteBytes: options.distBytes - whole,
    versionBytes: whole,
    nextVersionBytes: options.nextVersionBytes ?? whole,
    noticeBytes: noticeBytes(options.archive, options.version),
  };
}

const mb = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;

/** The lines the bench prints: the measured sizes, then each policy after one and five years against GitHub Pages' 1 GB. */
export function projectionLines(label: string, sizes: MeasuredSizes): string[] {
  const lines = [
    `${label}: site without frozen embeds ${mb(sizes.siteBytes)}, one version ${mb(sizes.versionBytes)}, one more night's version +${mb(sizes.nextVersionBytes)}, a retired version's notices ${(sizes.noticeBytes / 1e3).toFixed(0)} KB (MB = 10^6 bytes)`,
  ];
  for (const [name, policy] of [
    [`default (${DEFAULT_KEEP_POLICY})`, undefined],
    ['keep-all (all)', 'all'],
  ] as const) {
    for (const years of [1, 5]) {
      const p = projectSize(years * 365, parseKeepPolicy(policy), sizes);
      const fits = p.bytes <= GITHUB_PAGES_LIMIT_BYTES ? 'under' : 'OVER';
      lines.push(
        `${label}: after ${years} year${years === 1 ? '' : 's'} of nightly versions, ${name}: ${p.kept} kept, ${p.retired} retired, ${mb(p.bytes)}: ${fits} GitHub Pages' 1 GB`,
      );
    }
  }
  return lines;
}
