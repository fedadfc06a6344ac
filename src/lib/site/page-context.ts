/**
 * What every page component starts from, in its language: the strings, the dataset and its
 * figures, number formats, the name order and the links to entity pages. One call replaces the
 * preamble each page used to repeat. Built once per language per build (cache.ts).
 */
import { compareNames, formatInteger, formatPercent } from '../i18n/format';
import { FIGURE_STRINGS, type FigureStrings } from '../i18n/figures-strings';
import type { Lang } from '../i18n/lang';
import { strings, type Strings } from '../i18n/strings';
import type { County } from '../dataset/schema';
import { loadSiteData, type SiteData } from '../dataset/site-data';
import { siteStats, type SiteStats } from '../figures/site-stats';
import { memo } from './cache';
import { countyPath, libraryPath, localePath, municipalityPath, servicePath, vendorPath } from './urls';

export interface PageContext {
  lang: Lang;
  t: Strings;
  /** Strings of the figures (explanations, sources). */
  f: FigureStrings;
  data: SiteData;
  stats: SiteStats;
  /** An integer in the page's language. */
  n: (x: number) => string;
  /** A share (0..1) as a percentage in the page's language. */
  pct: (share: number) => string;
  /** Sorts names the way a reader of the language expects. */
  byName: (a: string, b: string) => number;
  /** A language-neutral path (`/om/`) in the page's language. */
  link: (path: string) => string;
  /** Entity pages in the page's language (lib/site/urls.ts). */
  href: {
    service: (slug: string) => string;
    vendor: (slug: string) => string;
    library: (slug: string) => string;
    municipality: (number: string) => string;
    county: (slug: string) => string;
  };
  /** The counties in number order (03 Oslo first), as tables list them. */
  counties: County[];
}

export const pageContext = memo((lang: Lang): PageContext => {
  const data = loadSiteData();
  const link = (path: string) => localePath(lang, path);
  return {
    lang,
    t: strings(lang),
    f: FIGURE_STRINGS[lang],
    data,
    stats: siteStats(data),
    n: (x) => formatInteger(x, lang),
    pct: (share) => formatPercent(share, lang),
    byName: compareNames(lang),
    link,
    href: {
      service: (slug) => link(servicePath(slug)),
      vendor: (slug) => link(vendorPath(slug)),
      library: (slug) => link(libraryPath(slug)),
      municipality: (number) => link(municipalityPath(number)),
      county: (slug) => link(countyPath(slug)),
    },
    counties: [...data.dataset.counties].sort((a, b) => a.number.localeCompare(b.number)),
  };
});
