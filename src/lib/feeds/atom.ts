/**
 * The one Atom (RFC 4287) writer behind every feed: the national one and one per library,
 * municipality, county, service and vendor. Every text passes `xmlText`, since names come from the
 * export and are hostile until checked.
 */
import { escapeMarkup } from '../html/escape';

/**
 * Characters XML 1.0 forbids even as entities (C0 controls but tab, newline and carriage return,
 * U+FFFE, U+FFFF and lone surrogates): a parser stops at them, so they are dropped.
 */
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Text safe in XML element content or a double-quoted attribute. */
export function xmlText(text: string): string {
  return escapeMarkup(text.replace(FORBIDDEN, ''));
}

export interface AtomEntry {
  id: string;
  title: string;
  /** RFC 3339 date-time. */
  updated: string;
  /** The page the entry is about (absolute URL). */
  link: string;
  category: string;
}

export interface AtomFeed {
  lang: string;
  id: string;
  title: string;
  /** The feed's own address (absolute URL). */
  self: string;
  /** The page the feed follows (absolute URL). */
  alternate: string;
  updated: string;
  entries: readonly AtomEntry[];
}

export function atomEntry(e: AtomEntry): string {
  const title = xmlText(e.title);
  return (
    `<entry><id>${xmlText(e.id)}</id><title>${title}</title><updated>${xmlText(e.updated)}</updated>` +
    `<link href="${xmlText(e.link)}"/><category term="${xmlText(e.category)}"/><content type="text">${title}</content></entry>`
  );
}

export function atomDocument(feed: AtomFeed): string {
  const lang = xmlText(feed.lang);
  return (
    `<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${lang}">` +
    `<title>${xmlText(feed.title)}</title><id>${xmlText(feed.id)}</id>` +
    `<link rel="self" type="application/atom+xml" href="${xmlText(feed.self)}"/>` +
    `<link rel="alternate" type="text/html" hreflang="${lang}" href="${xmlText(feed.alternate)}"/>` +
    `<updated>${xmlText(feed.updated)}</updated><author><name>Hvem har hva?</name></author>\n` +
    feed.entries.map(atomEntry).join('\n') +
    `\n</feed>\n`
  );
}
