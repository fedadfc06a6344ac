/**
 * The query function behind the search box, the results page, the tests and the benchmark.
 * Names are matched with Fuse.js (typo tolerant) after Norwegian-aware normalisation; postcodes
 * are looked up exactly (a four-digit code leads to its municipality and that municipality's
 * public library). Results come grouped by kind, groups in the order of their best hit.
 */
import type { Lang } from '../i18n/lang';
import { slugify } from '../slug';
import { countyPath, libraryPath, municipalityPath, servicePath, vendorPath } from '../site/urls';
import { decodePositions, decodePostcodes, type SearchIndex } from './index-format';
import { fuzzyPlaceForms, libraryNames, queryForms } from './match';
import { normalizeText } from './normalize';
import type { HitKind } from './hit-kind';
import { createRanking, MIN_QUERY_LENGTH } from './ranking';
import { CATEGORY_LABELS, countText, SEARCH_STRINGS } from './strings';

export interface Hit {
  kind: HitKind;
  label: string;
  detail: string;
  /** Site path without the language prefix; the caller applies `localePath`. */
  path: string;
}

export interface HitGroup {
  kind: HitKind;
  hits: Hit[];
}

export interface SearchResult {
  groups: HitGroup[];
  /** Hits shown across all groups. */
  total: number;
}

export interface SearchOptions {
  /** Most hits shown per group (default 5). */
  perGroup?: number;
}

export interface SearcherOptions {
  /**
   * Narrow the fuzzy search with the bigram index before Fuse ranks (default true). False scans
   * every entry with Fuse, as before: the tests compare the two.
   */
  narrow?: boolean;
}

export interface Searcher {
  search(query: string, options?: SearchOptions): SearchResult;
}

interface Entry extends Hit {
  /** Normalised names the entry is found by. */
  names: string[];
  /** Normalised secondary words (a service's vendor, a school's municipality), weighted lower. */
  extra: string[];
}

/** Legal-form suffixes people leave out when they type a vendor's name. */
const LEGAL_SUFFIX = /\b(as|asa|inc|ltd|llc|sas|pty|gmbh|ab)\b/g;
function withoutLegalSuffix(name: string): string {
  return normalizeText(name).replace(LEGAL_SUFFIX, '');
}

export function createSearcher(index: SearchIndex, lang: Lang, searcherOptions: SearcherOptions = {}): Searcher {
  const t = SEARCH_STRINGS[lang];
  // The index stores categories as plain strings; an unknown one falls back to its id below.
  const categoryLabel: Record<string, string> = CATEGORY_LABELS[lang];
  const unique = (texts: string[]) => [...new Set(texts.map(normalizeText).filter(Boolean))];
  // Places and libraries are found by every form the one matcher (./match.ts) accepts for their names.
  const placeNames = (texts: string[]) => [...new Set(texts.flatMap(fuzzyPlaceForms))];

  const municipalities = index.municipalities.map(([number, name, county, shortName]) => {
    const short = shortName ?? name;
    return {
      number,
      name,
      short,
      countyName: index.counties[county]![1],
      /** Each language's form of the name on its own ("Kautokeino"), and the whole official name. */
      parts: unique([short, ...name.split(' - ')]),
      names: placeNames([name, short, ...name.split(' - ')]),
      path: municipalityPath(number),
    };
  });

  // Postcodes, each with the place it belongs to.
  const postcodes = index.places.flatMap(([place, municipality, codes]) => decodePostcodes(codes).map((code) => ({ code, place, municipality })));
  postcodes.sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  const postcodeByCode = new Map(postcodes.map((p) => [p.code, p]));
  const municipalityByNumber = new Map(municipalities.map((m, i) => [m.number, i]));

  const libraries = index.libraries.map(([slug, name, kind, positions, alsoKnownAs]) => {
    const serves = decodePositions(positions);
    return {
      alsoKnownAs: alsoKnownAs ?? [],
      kind: (kind === 0 ? 'library' : 'school') as HitKind,
      label: name,
      detail: municipalities[serves[0]!]!.short,
      path: libraryPath(slug === 0 ? slugify(name) : slug),
      serves,
    };
  });
  const publicLibrariesOf = (municipality: number) => libraries.filter((l) => l.kind === 'library' && l.serves.includes(municipality));

  const servicesOfVendor = index.vendors.map((_, v) => index.services.filter((s) => s[2] === v));
  const servicesInCategory = (category: string) => index.services.filter((s) => s[3] === category).length;

  const entries: Entry[] = [
    ...municipalities.map((m): Entry => ({ kind: 'municipality', label: m.name, detail: m.countyName, path: m.path, names: m.names, extra: [] })),
    ...index.counties.map(
      ([slug, name, official]): Entry => ({
        kind: 'county',
        label: name,
        detail: official ?? '',
        path: countyPath(slug),
        names: placeNames([name, ...(official ?? '').split(' - ')]),
        extra: [],
      }),
    ),
    ...libraries.map(
      (l): Entry => ({
        kind: l.kind,
        label: l.label,
        detail: l.detail,
        path: l.path,
        // A school is also "<place> vgs" (libraryNames): "Tromsø vgs" lists every school there; a library also by its other names ("Deichman").
        names: placeNames([
          ...libraryNames(l.label, l.kind === 'school', l.kind === 'school' ? l.serves.map((m) => municipalities[m]!.short) : []),
          ...l.alsoKnownAs,
        ]),
        extra: [...new Set(l.serves.flatMap((m) => municipalities[m]!.parts))],
      }),
    ),
    ...index.services.map(
      ([slug, name, vendor, category]): Entry => ({
        kind: 'service',
        label: name,
        detail: `${index.vendors[vendor]![1]} · ${categoryLabel[category] ?? category}`,
        path: servicePath(slug),
        names: unique([name]),
        extra: unique([index.vendors[vendor]![1], withoutLegalSuffix(index.vendors[vendor]![1])]),
      }),
    ),
    ...index.vendors.map(
      ([slug, name], v): Entry => ({
        kind: 'vendor',
        label: name,
        detail: countText(servicesOfVendor[v]!.length, lang, t.services),
        path: vendorPath(slug),
        names: unique([name, withoutLegalSuffix(name)]),
        extra: unique(servicesOfVendor[v]!.map((s) => s[1])),
      }),
    ),
    ...index.categories.map(
      (id): Entry => ({
        kind: 'category',
        label: categoryLabel[id] ?? id,
        detail: countText(servicesInCategory(id), lang, t.services),
        path: `/tjenester/#${id}`,
        // Found by its name in any of the three languages.
        names: unique(Object.values(CATEGORY_LABELS).map((labels: Record<string, string>) => labels[id] ?? id)),
        extra: [],
      }),
    ),
    // Places from the postcode register, where they differ from the municipality's own names.
    ...index.places.flatMap(([place, m]): Entry[] => {
      const municipality = municipalities[m]!;
      if (municipality.names.includes(normalizeText(place))) return [];
      return [{ kind: 'place', label: place, detail: `${municipality.short} ${t.kommune}`, path: municipality.path, names: placeNames([place]), extra: [] }];
    }),
  ];

  const fuzzy = createRanking(entries, searcherOptions.narrow !== false);

  function postcodeHits(digits: string): Hit[] {
    // "150" is most likely 0150 (people drop the zero), then the codes that start with it.
    const exact = postcodeByCode.get(digits.padStart(4, '0'));
    const matches = [exact, ...(digits.length < 4 ? postcodes.filter((p) => p.code.startsWith(digits)) : [])].filter((p) => p !== undefined);
    const hits: Hit[] = [];
    const seen = new Set<number>();
    for (const p of matches) {
      if (seen.has(p.municipality)) continue;
      seen.add(p.municipality);
      const m = municipalities[p.municipality]!;
      hits.push({ kind: 'municipality', label: m.name, detail: `${t.postcode} ${p.code} ${p.place}`, path: m.path });
      for (const l of publicLibrariesOf(p.municipality)) hits.push({ kind: l.kind, label: l.label, detail: l.detail, path: l.path });
    }
    // Four digits may also be a municipality number (kommunenummer).
    const byNumber = digits.length === 4 ? municipalityByNumber.get(digits) : undefined;
    if (byNumber !== undefined && !seen.has(byNumber)) {
      const m = municipalities[byNumber]!;
      hits.push({ kind: 'municipality', label: m.name, detail: `${t.municipalityNumber} ${m.number}`, path: m.path });
    }
    return hits;
  }

  /**
   * The query as the matcher reads it ("kommune" left out, a school's kind as "vgs", as in the names'
   * forms), without one-letter words beside longer ones ("Nettskulen i Vestland"): Fuse can't match those.
   */
  function fuzzyText(text: string): string {
    const words = (queryForms(text).at(-1) ?? text).split(' ');
    const long = words.filter((w) => w.length >= MIN_QUERY_LENGTH);
    return (long.length > 0 ? long : words).join(' ');
  }

  function search(query: string, options: SearchOptions = {}): SearchResult {
    const perGroup = options.perGroup ?? 5;
    const text = normalizeText(query);
    if (text.length < MIN_QUERY_LENGTH) return { groups: [], total: 0 };
    const postcode = /^(\d{2,4})(?: |$)/.exec(text);
    const hits: Hit[] = postcode
      ? postcodeHits(postcode[1]!)
      : fuzzy(fuzzyText(text)).map(({ item }) => ({ kind: item.kind, label: item.label, detail: item.detail, path: item.path }));
    return group(hits, perGroup);
  }

  return { search };
}

/** Groups hits by kind, keeping the order in which each kind first appears, and caps each group. */
export function group(hits: readonly Hit[], perGroup: number): SearchResult {
  const groups = new Map<HitKind, Hit[]>();
  const seen = new Set<string>();
  for (const hit of hits) {
    const key = `${hit.kind}|${hit.path}|${hit.label}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const list = groups.get(hit.kind) ?? [];
    if (list.length < perGroup) list.push(hit);
    groups.set(hit.kind, list);
  }
  const result = [...groups].map(([kind, list]) => ({ kind, hits: list }));
  return { groups: result, total: result.reduce((sum, g) => sum + g.hits.length, 0) };
}
