/**
 * The language switch keeps the page's address state (issue 16 point 8): the same page in another
 * language has the same path after its prefix and reads the same query string and hash (filters,
 * compare selection, search query), so a language link takes the current page's.
 */

/** Most characters of state carried: a real page's is far shorter; a pasted giant stays behind. */
export const MAX_STATE_LENGTH = 2000;

/**
 * `href` (a language link: a site path, maybe already with a query or hash) with the query string
 * and hash of the current address (`search` and `hash` as `location` gives them, "?…" and "#…").
 * Only the path of `href` is kept; its own query and hash are replaced. The result is a
 * root-relative URL on the same site, whatever `search` and `hash` hold.
 */
export function withAddressState(href: string, search: string, hash: string): string {
  const url = new URL(href, 'https://site.invalid/');
  url.search = search.length <= MAX_STATE_LENGTH ? search : '';
  url.hash = hash.length <= MAX_STATE_LENGTH ? hash : '';
  return `${url.pathname}${url.search}${url.hash}`;
}
