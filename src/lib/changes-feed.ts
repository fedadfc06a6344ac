/** The Atom feed of added and cancelled subscriptions, one per language. */
import { escapeMarkup } from './escape';
import type { Lang } from './i18n/lang';
import type { Dataset } from './schema';
import { libraryPath, localePath } from './site/urls';
import type { YearChanges } from './stats';

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

/** An Atom feed in one language with one entry per added or cancelled subscription, newest agreement year first. */
export function atomFeed(dataset: Dataset, changes: readonly YearChanges[], options: FeedOptions): string {
  const library = new Map(dataset.libraries.map((l) => [l.id, l]));
  const service = new Map(dataset.services.map((s) => [s.id, s]));
  const dateOf = changeDates(dataset);
  const url = (path: string) => new URL(localePath(options.lang, path), options.site).href;
  const entries: string[] = [];
  for (const c of [...changes].sort((a, b) => b.year - a.year)) {
    for (const [kind, list] of [
      ['added', c.added],
      ['cancelled', c.cancelled],
    ] as const) {
      for (const change of list) {
        const updated = `${dateOf(c.year, kind, change.libraryId, change.serviceId)}T00:00:00Z`;
        const l = library.get(change.libraryId)!;
        const s = service.get(change.serviceId)!;
        const title = options[kind](l.name, s.name, c.year);
        entries.push(
          `<entry><id>${escapeMarkup(feedEntryId(options.lang, c.year, l.id, s.id, kind))}</id><title>${escapeMarkup(title)}</title>` +
            `<updated>${updated}</updated><link href="${escapeMarkup(url(libraryPath(l.slug)))}"/>` +
            `<category term="${kind}"/><content type="text">${escapeMarkup(title)}</content></entry>`,
        );
      }
    }
  }
  return (
    `<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${options.lang}">` +
    `<title>${escapeMarkup(options.title)}</title><id>${FEED_TAG}${options.lang}/changes</id>` +
    `<link rel="self" type="application/atom+xml" href="${escapeMarkup(new URL(feedPath(options.lang), options.site).href)}"/>` +
    `<link rel="alternate" type="text/html" hreflang="${options.lang}" href="${escapeMarkup(url('/endringer/'))}"/>` +
    `<updated>${dataset.source.pulledAt}</updated><author><name>Hvem har hva?</name></author>\n` +
    entries.join('\n') +
    `\n</feed>\n`
  );
}
