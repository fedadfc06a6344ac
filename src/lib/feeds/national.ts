/** The national Atom feed of added and cancelled subscriptions, one per language, and the entries every feed shares. */
import { type AtomEntry, atomDocument } from './atom';
import type { Lang } from '../i18n/lang';
import type { Dataset } from '../dataset/schema';
import { libraryPath, localePath } from '../site/urls';
import type { YearChanges } from '../figures/stats';

/**
 * The naming authority and date of the feeds' tag: URIs (RFC 4151). Entry ids must not change when
 * the site moves host (SITE_URL), so they are not built from it.
 */
export const FEED_TAG = 'tag:hvemharhva.no,2024:';

export interface FeedOptions {
  site: string;
  lang: Lang;
  title: string;
  added: (library: string, service: string, year: number) => string;
  cancelled: (library: string, service: string, year: number) => string;
}

/** The feed's address in a language: /endringer/feed.xml, /nn/endringer/feed.xml, /en/endringer/feed.xml. */
export function feedPath(lang: Lang): string {
  return localePath(lang, '/endringer/feed.xml');
}

/** A change's entry id: the same in every build and on every host; one per language, as each feed has its own wording. */
export function feedEntryId(lang: Lang, year: number, libraryId: string, serviceId: string, kind: 'added' | 'cancelled'): string {
  return `${FEED_TAG}${lang}/change/${year}/${encodeURIComponent(libraryId)}/${encodeURIComponent(serviceId)}/${kind}`;
}

/**
 * When the feed says a change happened: the day of the pull that first saw it, as the pull records
 * it (dataset.changes). A change older than the record (it was already in the first pull's export)
 * was first seen by the earliest recorded pull, or, before any record, by this dataset's pull.
 * Never the agreement year's 1 January, which is when the agreement starts, not when we learnt it.
 */
export function changeDates(
  dataset: Pick<Dataset, 'changes' | 'source'>,
): (year: number, kind: 'added' | 'cancelled', libraryId: string, serviceId: string) => string {
  const seen = new Map<string, string>();
  let earliest = dataset.source.pulledAt.slice(0, 10);
  for (const c of dataset.changes ?? []) {
    seen.set(`${c.year}|${c.change}|${c.libraryId}|${c.serviceId}`, c.date);
    if (c.date < earliest) earliest = c.date;
  }
  return (year, kind, libraryId, serviceId) => seen.get(`${year}|${kind}|${libraryId}|${serviceId}`) ?? earliest;
}

/** One change as the feeds write it: an agreement year, added or cancelled, a library and a service. */
export interface FeedChange {
  year: number;
  kind: 'added' | 'cancelled';
  libraryId: string;
  serviceId: string;
}

/** The changes of every year as one list, newest agreement year first (the order every feed shows). */
export function flattenChanges(changes: readonly YearChanges[]): FeedChange[] {
  const out: FeedChange[] = [];
  for (const c of [...changes].sort((a, b) => b.year - a.year)) {
    for (const change of c.added) out.push({ year: c.year, kind: 'added', ...change });
    for (const change of c.cancelled) out.push({ year: c.year, kind: 'cancelled', ...change });
  }
  return out;
}

export type EntryWords = Pick<FeedOptions, 'site' | 'lang' | 'added' | 'cancelled'>;

/** A function writing the entry of one change, in one language, for any feed of this dataset. */
export function changeEntries(dataset: Dataset, options: EntryWords): (change: FeedChange) => AtomEntry {
  const library = new Map(dataset.libraries.map((l) => [l.id, l]));
  const service = new Map(dataset.services.map((s) => [s.id, s]));
  const dateOf = changeDates(dataset);
  return (change) => {
    const l = library.get(change.libraryId)!;
    const s = service.get(change.serviceId)!;
    const title = options[change.kind](l.name, s.name, change.year);
    return {
      id: feedEntryId(options.lang, change.year, l.id, s.id, change.kind),
      title,
      updated: `${dateOf(change.year, change.kind, change.libraryId, change.serviceId)}T00:00:00Z`,
      link: new URL(localePath(options.lang, libraryPath(l.slug)), options.site).href,
      category: change.kind,
    };
  };
}

/** An Atom feed in one language with one entry per added or cancelled subscription, newest agreement year first. */
export function atomFeed(dataset: Dataset, changes: readonly YearChanges[], options: FeedOptions): string {
  const entry = changeEntries(dataset, options);
  return atomDocument({
    lang: options.lang,
    id: `${FEED_TAG}${options.lang}/changes`,
    title: options.title,
    self: new URL(feedPath(options.lang), options.site).href,
    alternate: new URL(localePath(options.lang, '/endringer/'), options.site).href,
    updated: dataset.source.pulledAt,
    entries: flattenChanges(changes).map(entry),
  });
}
