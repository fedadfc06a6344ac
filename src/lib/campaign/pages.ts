/**
 * /kampanjer/ in pages (issue 16: the whole media bank on one page was 31,000 px on a phone).
 * Services are kept whole and packed in order, a page holding services until the next would take
 * it over `ASSETS_PER_PAGE` pieces of material; a service with more than that gets a page alone.
 */

/** About two phone screens of cards per page, a few more on a desktop grid. */
export const ASSETS_PER_PAGE = 12;

/** Groups (services) packed into pages by their size (pieces of material), order kept. */
export function packPages<T>(groups: readonly T[], size: (group: T) => number, max = ASSETS_PER_PAGE): T[][] {
  if (!(max >= 1)) throw new Error(`packPages: max must be at least 1, got ${max}`);
  const pages: T[][] = [];
  let current: T[] = [];
  let used = 0;
  for (const group of groups) {
    const n = size(group);
    if (current.length > 0 && used + n > max) {
      pages.push(current);
      current = [];
      used = 0;
    }
    current.push(group);
    used += n;
  }
  if (current.length > 0) pages.push(current);
  return pages;
}

/** A page's language-neutral path: page 1 is /kampanjer/ itself. */
export function campaignPagePath(page: number): string {
  if (!Number.isInteger(page) || page < 1) throw new Error(`campaignPagePath: not a page number: ${page}`);
  return page === 1 ? '/kampanjer/' : `/kampanjer/side/${page}/`;
}

/**
 * The page numbers a pagination shows: the first, the last, the current and its neighbours,
 * with `null` where numbers are left out ("1 … 4 5 6 … 10"). A gap of one number shows the number.
 */
export function visiblePages(current: number, total: number): (number | null)[] {
  const shown = new Set([1, total, current - 1, current, current + 1].filter((n) => n >= 1 && n <= total));
  const sorted = [...shown].sort((a, b) => a - b);
  const out: (number | null)[] = [];
  for (const n of sorted) {
    const previous = out.at(-1);
    if (typeof previous === 'number' && n - previous === 2) out.push(n - 1);
    else if (typeof previous === 'number' && n - previous > 2) out.push(null);
    out.push(n);
  }
  return out;
}
