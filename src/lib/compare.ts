/**
 * The comparison page's state lives in the URL (`/sammenlign/?b=oslo&b=bergen`), so a comparison
 * can be shared. These helpers read and write it, and lay out the side-by-side rows.
 */
export const MAX_COMPARED = 4;
export const PARAM = 'b';

export function compareHref(base: string, libraries: readonly { slug: string }[]): string {
  const query = libraries
    .slice(0, MAX_COMPARED)
    .map((l) => `${PARAM}=${encodeURIComponent(l.slug)}`)
    .join('&');
  return query ? `${base}?${query}` : base;
}

/** The chosen slugs from a query string: blanks and repeats dropped, at most four. */
export function chosenSlugs(search: string): string[] {
  const params = new URLSearchParams(search);
  const out: string[] = [];
  for (const raw of params.getAll(PARAM)) {
    const slug = raw.trim().toLowerCase();
    if (slug && !out.includes(slug)) out.push(slug);
    if (out.length === MAX_COMPARED) break;
  }
  return out;
}

export interface CompareRow {
  serviceId: string;
  /** Per compared library, in order: whether it has the service. */
  has: boolean[];
  /** Some have it and some don't. */
  differs: boolean;
}

/** One row per service any of the libraries has, differing rows first, then by how many have it. */
export function compareRows(serviceSets: readonly ReadonlySet<string>[]): CompareRow[] {
  const all = new Set<string>();
  for (const set of serviceSets) for (const id of set) all.add(id);
  return [...all]
    .map((serviceId) => {
      const has = serviceSets.map((set) => set.has(serviceId));
      return { serviceId, has, differs: has.some(Boolean) && !has.every(Boolean) };
    })
    .sort(
      (a, b) => Number(b.differs) - Number(a.differs) || b.has.filter(Boolean).length - a.has.filter(Boolean).length || a.serviceId.localeCompare(b.serviceId),
    );
}
