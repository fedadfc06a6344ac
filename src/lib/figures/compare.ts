/**
 * The comparison page's state lives in the URL (`/sammenlign/?b=oslo&b=bergen`), so a comparison
 * can be shared. These helpers read and write it, and lay out the side-by-side rows.
 */
import type { CompareLibrary } from './compare-data';
import { libraryNames, placeMatches } from '../search/match';
import { normalizeText } from '../search/normalize';

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

/**
 * The libraries a person may mean by what they typed, for the picker: through the one matcher
 * (placeMatches) on the library's name, its municipalities and county; those whose own name
 * matches first, then those found by place, each starting with the typed text first. The
 * libraries already chosen are left out; at most `limit`.
 */
export function compareSuggestions(query: string, libraries: readonly CompareLibrary[], chosen: readonly string[], limit = 12): CompareLibrary[] {
  if (!query.trim()) return [];
  const typed = normalizeText(query);
  // Its name or another name it is known by ("Deichman") ranks above its municipality or county.
  const names = (l: CompareLibrary) => [l[1], ...(l[6] ?? [])];
  const rank = (l: CompareLibrary) => (placeMatches(query, names(l)) ? (names(l).some((n) => normalizeText(n).startsWith(typed)) ? 0 : 1) : 2);
  return libraries
    .filter((l) => !chosen.includes(l[0]) && placeMatches(query, [...libraryNames(l[1], l[2] === 'school', l[5]), ...(l[6] ?? []), ...l[5], l[3]]))
    .map((l, i) => ({ l, i, r: rank(l) }))
    .sort((a, b) => a.r - b.r || a.i - b.i)
    .slice(0, limit)
    .map(({ l }) => l);
}

/**
 * The libraries named in the address: by slug, or by name as a form sent without the script
 * carries them (case ignored); what names no library is listed as missing, as typed.
 */
export function resolveChosen(values: readonly string[], libraries: readonly CompareLibrary[]): { chosen: CompareLibrary[]; missing: string[] } {
  const bySlug = new Map(libraries.map((l) => [l[0], l]));
  const byName = new Map(libraries.map((l) => [l[1].toLowerCase(), l]));
  const chosen: CompareLibrary[] = [];
  const missing: string[] = [];
  for (const value of values) {
    const found = bySlug.get(value) ?? byName.get(value.toLowerCase());
    if (!found) missing.push(value);
    else if (!chosen.includes(found)) chosen.push(found);
  }
  return { chosen, missing };
}
