/**
 * The consortium's published figures, each with its source, in one place: the demo export is built
 * to reproduce them (demo-export.ts, held to them by demo-export.test.ts) and the trends page shows
 * them beside the dataset's own counts. Where two sources disagree both are kept, never one picked.
 */
import type { Lang } from '../i18n/lang';

export interface PublishedSource {
  /** The document or page by its title, as a reader can look it up. */
  title: string;
  url?: string;
  section?: string;
}

export const DIGIN_REPORT: PublishedSource = {
  title: 'Prosjekt Digin, sluttrapport «Digin: fra teori til praksis» (2025)',
  section: '4.1 Likere bibliotektilbud',
};
export const RESULT_2023: PublishedSource = {
  title: 'Bibliotek24: Hvordan endte tilknytningsperioden 2023?',
  url: 'https://bibliotek24.no/hvordan-endte-tilknytningsperioden-2023/',
};
/**
 * The 447 buying libraries of the first period and their split come from the consortium's result
 * page for that period (per the project's domain notes); no stored copy of it was found, so it is
 * named without an address.
 */
export const RESULT_2022: PublishedSource = { title: 'Bibliotek24: resultatet av tilknytningsperioden 2022 (for avtaleåret 2023)' };

export interface PublishedTotal {
  year: number;
  /** Paid subscriptions (sales) in the agreement year. */
  subscriptions: number;
  source: PublishedSource;
  preliminary?: boolean;
}

/**
 * Subscriptions per agreement year. The report counts by the autumn they were sold in ("I 2022
 * solgte Bibliotek24 973 abonnement"): the 2022 period sold the 2023 agreement year, and so on.
 */
export const PUBLISHED_TOTALS: readonly PublishedTotal[] = [
  { year: 2023, subscriptions: 973, source: DIGIN_REPORT },
  { year: 2024, subscriptions: 1077, source: RESULT_2023 },
  { year: 2024, subscriptions: 1034, source: DIGIN_REPORT },
  { year: 2025, subscriptions: 1079, source: DIGIN_REPORT, preliminary: true },
];

/** The first period: 447 buying libraries, two thirds public libraries and one third schools. */
export const FIRST_PERIOD = { year: 2023, buyingLibraries: 447, publicShare: 2 / 3, source: RESULT_2022 } as const;

/** Growth from the 2023 to the 2024 agreement year in libraries that bought, in per cent. */
export const GROWTH_2024 = { year: 2024, publicPercent: 2.69, schoolPercent: 26.36, source: RESULT_2023 } as const;

/** PressReader: a national trial at every library in 2023, not on offer when the 2024 period opened. */
export const PRESSREADER_TRIAL_YEAR = 2023;

/**
 * Whether the 2023 trial counts in the 973: the sources don't say. The demo does not count it: 447
 * libraries bought in that period, far fewer than the 700-odd that had the trial, so 973 sales can't
 * include a subscription at every library.
 */
export const TRIAL_COUNTED_IN_TOTAL = false;

/** The published totals for `year` (two when the sources disagree, none for a year without one). */
export function publishedTotals(year: number): PublishedTotal[] {
  return PUBLISHED_TOTALS.filter((t) => t.year === year);
}

export const PUBLISHED_STRINGS: Record<
  Lang,
  {
    heading: string;
    intro: string;
    caption: string;
    year: string;
    dataset: string;
    published: string;
    none: string;
    demoEstimate: string;
    preliminary: string;
    disagree: string;
  }
> = {
  nb: {
    heading: 'Publiserte tall',
    intro: 'Antall solgte abonnement slik Bibliotek24 og Prosjekt Digin har publisert dem, ved siden av antallet i dette datasettet.',
    caption: 'Abonnement per avtaleår: dette datasettet og publiserte tall',
    year: 'Avtaleår',
    dataset: 'I datasettet',
    published: 'Publisert (kilde)',
    none: 'Ikke publisert',
    demoEstimate: 'demoanslag',
    preliminary: 'foreløpig',
    disagree: 'kildene er uenige',
  },
  nn: {
    heading: 'Publiserte tal',
    intro: 'Talet på selde abonnement slik Bibliotek24 og Prosjekt Digin har publisert dei, ved sida av talet i dette datasettet.',
    caption: 'Abonnement per avtaleår: dette datasettet og publiserte tal',
    year: 'Avtaleår',
    dataset: 'I datasettet',
    published: 'Publisert (kjelde)',
    none: 'Ikkje publisert',
    demoEstimate: 'demooverslag',
    preliminary: 'førebels',
    disagree: 'kjeldene er usamde',
  },
  en: {
    heading: 'Published figures',
    intro: 'Subscriptions sold as Bibliotek24 and Prosjekt Digin published them, beside the count in this dataset.',
    caption: 'Subscriptions per agreement year: this dataset and published figures',
    year: 'Agreement year',
    dataset: 'In the dataset',
    published: 'Published (source)',
    none: 'Not published',
    demoEstimate: 'demo estimate',
    preliminary: 'preliminary',
    disagree: 'the sources disagree',
  },
};

export interface PublishedRow {
  year: number;
  /** Active subscriptions of services a library chose (funding.ts), in this dataset. */
  count: number;
  published: PublishedTotal[];
  /** The dataset's count is the demo's own estimate: no source gives a total for the year. */
  demoEstimate: boolean;
  /** Two or more published totals that differ: the page shows them all and says so. */
  disagree: boolean;
}

/** The trends page's rows: each agreement year of the dataset beside its published totals. */
export function publishedRows(
  dataset: { source: { isDemo: boolean }; periods: { year: number }[]; subscriptions: { year: number; status: string; serviceId: string }[] },
  chosen: ReadonlySet<string>,
): PublishedRow[] {
  return [...new Set(dataset.periods.map((p) => p.year))]
    .sort((a, b) => a - b)
    .map((year) => {
      const published = publishedTotals(year);
      return {
        year,
        count: dataset.subscriptions.filter((s) => s.year === year && s.status === 'active' && chosen.has(s.serviceId)).length,
        published,
        demoEstimate: published.length === 0 && dataset.source.isDemo,
        disagree: new Set(published.map((p) => p.subscriptions)).size > 1,
      };
    });
}
