/**
 * What a library's page lists of its offer and its peers, so that the page grows with what the
 * library has, not with the size of the catalogue or of its county. Every service it has is listed;
 * of the services it lacks, each category lists the ones most of its peers (then most of its county)
 * have, up to a limit, and counts the rest with a link to the category in the list of services.
 * The peers table lists up to a limit and links to the county page for the rest.
 * Norway's catalogue (about 30 services) and counties stay under both limits, so today every row
 * is listed; the scale benchmark's 10x Norway (320 services, counties of 450 schools) is where they
 * bite: without them a library page held a row per service and per county peer, and dist/ grew as
 * libraries x services.
 */
import type { OfferRow } from './offer';

/** Services a library lacks listed per category; the rest are counted and linked. */
export const LACKS_LISTED_PER_CATEGORY = 10;
/** Peers listed on a library page; the rest are on the county page. */
export const PEERS_LISTED = 50;

export interface OfferGroup<C extends string> {
  category: C;
  /** In the offer's order (what it has first, then by name). */
  rows: OfferRow[];
  /** Services of the category it lacks that are not listed. */
  moreLacking: number;
}

/** The offer's rows by category (in `categories`' order), each category's lacks capped at `limit`. */
export function offerGroups<C extends string>(rows: readonly OfferRow[], categories: readonly C[], limit = LACKS_LISTED_PER_CATEGORY): OfferGroup<C>[] {
  return categories
    .map((category) => {
      const inCategory = rows.filter((r) => r.service.category === category);
      const lacking = inCategory.filter((r) => r.state === 'lacks');
      if (lacking.length <= limit) return { category, rows: inCategory, moreLacking: 0 };
      // The lacks that tell most: those most of its peers have, then most of its county.
      const listed = new Set([...lacking].sort((a, b) => b.peersWith - a.peersWith || b.countyWith - a.countyWith).slice(0, limit));
      return { category, rows: inCategory.filter((r) => r.state !== 'lacks' || listed.has(r)), moreLacking: lacking.length - limit };
    })
    .filter((g) => g.rows.length > 0);
}

/** The peers a library page lists, and how many more there are. */
export function listedPeers<T>(peers: readonly T[], limit = PEERS_LISTED): { listed: T[]; more: number } {
  return { listed: peers.slice(0, limit), more: Math.max(0, peers.length - limit) };
}
