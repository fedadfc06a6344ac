/**
 * The query function behind the search box, the results page, the tests and the benchmark.
 * Names are matched with Fuse.js (typo tolerant) after Norwegian-aware normalisation; postcodes
 * are looked up exactly (a four-digit code leads to its municipality and that municipality's
 * public library). Results come grouped by kind, groups in the order of their best hit.
 */
import Fuse, { type FuseSortFunctionArg } from 'fuse.js';
import type { Lang } from '../i18n/lang';
import { slugify } from '../slug';
import { countyPath, libraryPath, municipalityPath, servicePath, vendorPath } from '../site/urls';
import { decodePositions, decodePostcodes, type SearchIndex } from './index-format';
import { BigramIndex, type Found, type NarrowText } from './narrow';
import { normalizeText } from './normalize';
import { CATEGORY_LABELS, countText, SEARCH_STRINGS } from './strings';

export const HIT_KINDS = ['municipality', 'place', 'library', 'school', 'service', 'vendor', 'category', 'county'] as const;
export type HitKind = (typeof HIT_KINDS)[number];

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
/** Fuse's threshold: 0 is exact, 1 matches anything; 0.3 lets one or two typos through in a name. */
const THRESHOLD = 0.3;
const MIN_QUERY_LENGTH = 2;
/** Words people add to a place name that no name in the index carries ("Bærum kommune"). */
const FILLER_WORDS = new Set(['kommune', 'kommuna', 'municipality']);
/** On equal rank: a place's municipality before its library, a service before its vendor. */
const KIND_ORDER: Record<HitKind, number> = { municipality: 0, place: 1, library: 2, school: 3, service: 4, vendor: 5, category: 6, county: 7 };

/** Fuse's results kept per query: enough for every group's five hits. */
const LIMIT = 80;
/** With fewer candidate texts than this, Fuse ranks them all; with more, the best first (below). */
const PRUNE_ABOVE = 400;

/**
 * An entry's rank from one of its matches (see `rank` in createSearcher): Fuse's score for the
 * text, then penalties for a secondary word, a match inside a word, and a text longer than the query.
 */
function matchRank(score: number, secondary: boolean, atWordStart: boolean, queryLength: number, textLength: number): number {
  return score + (secondary ? 0.15 : 0) + (atWordStart ? 0 : 0.1) + 0.1 * (1 - Math.min(1, queryLength / Math.max(1, textLength)));
}

function withoutLegalSuffix(name: string): string {
  return normalizeText(name).replace(LEGAL_SUFFIX, '');
}

export function createSearcher(index: SearchIndex, lang: Lang, searcherOptions: SearcherOptions = {}): Searcher {
  const t = SEARCH_STRINGS[lang];
  // The index stores categories as plain strings; an unknown one falls back to its id below.
  const categoryLabel: Record<string, string> = CATEGORY_LABELS[lang];
  const unique = (texts: string[]) => [...new Set(texts.map(normalizeText).filter(Boolean))];

  const municipalities = index.municipalities.map(([number, name, county, shortName]) => {
    const short = shortName ?? name;
    return {
      number,
      name,
      short,
      countyName: index.counties[county]![1],
      /** Each language's form of the name on its own ("Kautokeino"), and the whole official name. */
      parts: unique([short, ...name.split(' - ')]),
      names: unique([name, short, ...name.split(' - ')]),
      path: municipalityPath(number),
    };
  });

  // Postcodes, each with the place it belongs to.
  const postcodes = index.places.flatMap(([place, municipality, codes]) => decodePostcodes(codes).map((code) => ({ code, place, municipality })));
  postcodes.sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  const postcodeByCode = new Map(postcodes.map((p) => [p.code, p]));
  const municipalityByNumber = new Map(municipalities.map((m, i) => [m.number, i]));

  const libraries = index.libraries.map(([slug, name, kind, positions]) => {
    const serves = decodePositions(positions);
    return {
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
    ...index.counties.map(([slug, name, official]): Entry => ({
      kind: 'county',
      label: name,
      detail: official ?? '',
      path: countyPath(slug),
      names: unique([name, ...(official ?? '').split(' - ')]),
      extra: [],
    })),
    ...libraries.map((l): Entry => ({
      kind: l.kind,
      label: l.label,
      detail: l.detail,
      path: l.path,
      names: unique([l.label]),
      extra: [...new Set(l.serves.flatMap((m) => municipalities[m]!.parts))],
    })),
    ...index.services.map(([slug, name, vendor, category]): Entry => ({
      kind: 'service',
      label: name,
      detail: `${index.vendors[vendor]![1]} · ${categoryLabel[category] ?? category}`,
      path: servicePath(slug),
      names: unique([name]),
      extra: unique([index.vendors[vendor]![1], withoutLegalSuffix(index.vendors[vendor]![1])]),
    })),
    ...index.vendors.map(([slug, name], v): Entry => ({
      kind: 'vendor',
      label: name,
      detail: countText(servicesOfVendor[v]!.length, lang, t.services),
      path: vendorPath(slug),
      names: unique([name, withoutLegalSuffix(name)]),
      extra: unique(servicesOfVendor[v]!.map((s) => s[1])),
    })),
    ...index.categories.map((id): Entry => ({
      kind: 'category',
      label: categoryLabel[id] ?? id,
      detail: countText(servicesInCategory(id), lang, t.services),
      path: `/tjenester/#${id}`,
      // Found by its name in any of the three languages.
      names: unique(Object.values(CATEGORY_LABELS).map((labels: Record<string, string>) => labels[id] ?? id)),
      extra: [],
    })),
    // Places from the postcode register, where they differ from the municipality's own names.
    ...index.places.flatMap(([place, m]): Entry[] => {
      const municipality = municipalities[m]!;
      const name = normalizeText(place);
      if (municipality.names.includes(name)) return [];
      return [{ kind: 'place', label: place, detail: `${municipality.short} ${t.kommune}`, path: municipality.path, names: [name], extra: [] }];
    }),
  ];

  const options = {
    keys: ['names', 'extra'],
    includeMatches: true,
    ignoreLocation: true,
    threshold: THRESHOLD,
    minMatchCharLength: MIN_QUERY_LENGTH,
    sortFn: (a: FuseSortFunctionArg, b: FuseSortFunctionArg) =>
      rank(a) - rank(b) || KIND_ORDER[entries[a.idx]!.kind] - KIND_ORDER[entries[b.idx]!.kind] || a.idx - b.idx,
  };
  const fuseIndex = Fuse.createIndex(options.keys, entries);
  const oneWord = new Fuse(entries, options, fuseIndex);
  // Extended search treats the words of a query as AND, in any order ("katedralskole trondheim"),
  // each still matched fuzzily; it costs about half as much again, so only for several words.
  // Normalised text has no characters that extended search reads as operators.
  const severalWords = new Fuse(entries, { ...options, useExtendedSearch: true }, fuseIndex);

  // The same search over only the texts that may match (./narrow.ts): a second Fuse pair whose
  // index holds, per query, the records of the candidate entries with only their candidate texts.
  // Records keep their entry's position, so ranks, ties and paths are those of the full scan.
  type IndexRecord = (typeof fuseIndex.records)[number];
  type SubRecord = Extract<NonNullable<IndexRecord['$']>[number], { v: string }>;
  const texts: (NarrowText & { sub: SubRecord })[] = [];
  for (const record of fuseIndex.records) {
    options.keys.forEach((_, key) => {
      const value = record.$?.[key];
      for (const sub of value === undefined ? [] : Array.isArray(value) ? value : [value]) texts.push({ entry: record.i, key, text: sub.v, sub });
    });
  }
  const narrowing = searcherOptions.narrow === false ? undefined : new BigramIndex(texts);
  const narrowIndex = Fuse.parseIndex<Entry>({ keys: fuseIndex.keys, records: [] });
  const narrowOneWord = new Fuse(entries, options, narrowIndex);
  const narrowSeveralWords = new Fuse(entries, { ...options, useExtendedSearch: true }, narrowIndex);

  /** Per query, each candidate entry's lowest possible rank (Infinity between queries). */
  const entryBound = new Float64Array(entries.length).fill(Infinity);

  /** Fuse's index records of the candidate texts, grouped by entry in the entries' order. */
  function candidateRecords(ids: readonly number[]): IndexRecord[] {
    const records: IndexRecord[] = [];
    let current: { i: number; $: Record<number, SubRecord[]> } | undefined;
    for (const id of ids) {
      const { entry, key, sub } = texts[id]!;
      if (current?.i !== entry) records.push((current = { i: entry, $: {} }));
      (current.$[key] ??= []).push(sub);
    }
    return records;
  }

  let queryLength = 0;
  const ranks = new Map<number, number>();
  /**
   * Fuse multiplies the scores of every matching name, which favours entries with many variants;
   * instead an entry ranks by its best name: fuzziness, then a penalty for matching only a
   * secondary word, for matching inside a word rather than at its start, and for a longer name.
   */
  function rank(result: FuseSortFunctionArg): number {
    const cached = ranks.get(result.idx);
    if (cached !== undefined) return cached;
    let best = Infinity;
    for (const match of result.matches ?? []) {
      const m = match as { score: number; key?: { id?: string } | null; value: string; indices?: ReadonlyArray<readonly number[]> };
      const start = m.indices?.[0]?.[0] ?? 0;
      const atWordStart = start === 0 || m.value[start - 1] === ' ';
      best = Math.min(best, matchRank(m.score, m.key?.id === 'extra', atWordStart, queryLength, m.value.length));
    }
    ranks.set(result.idx, best);
    return best;
  }

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

  function withoutFillers(text: string): string {
    const words = text.split(' ');
    const kept = words.filter((w) => !FILLER_WORDS.has(w));
    return kept.length > 0 ? kept.join(' ') : text;
  }

  /**
   * Of many candidate texts, those of the entries that may rank among the first LIMIT, in
   * widening steps (LIMIT, 4 LIMIT, 16 LIMIT ... entries), for Fuse to rank. Each entry gets the
   * lowest rank it can have: Fuse's score for a text is its fewest edits over the query's length
   * (0.001 at least, 0 for the very text); for an exact occurrence the match starts at the first
   * one (Fuse marks every occurrence), so its place in a word is known; otherwise it is taken to
   * be a word's start, the lower penalty. A step keeps the entries with the lowest such ranks and
   * returns the lowest of those left out: when Fuse's LIMIT-th hit ranks strictly before it, no
   * entry left out could have entered the list, so the list is the full scan's.
   */
  function* candidateSteps(word: string, found: Found): Generator<{ ids: number[]; restAtLeast: number }> {
    const m = word.length;
    const touched: number[] = [];
    found.ids.forEach((id, n) => {
      const { entry, key, text: value } = texts[id]!;
      const edits = found.edits[n]!;
      const score = value === word ? 0 : Math.max(0.001, edits / m);
      // An exact occurrence: Fuse marks every occurrence, so its match starts at the first.
      const at = edits === 0 ? value.indexOf(word) : -1;
      const bound = matchRank(score, options.keys[key] === 'extra', at <= 0 || value[at - 1] === ' ', m, value.length);
      if (entryBound[entry] === Infinity) touched.push(entry);
      if (bound < entryBound[entry]!) entryBound[entry] = bound;
    });
    const bounds = Float64Array.from(touched, (entry) => entryBound[entry]!).sort();
    try {
      for (let step = LIMIT; step < bounds.length; step *= 4) {
        const cut = bounds[step - 1]!;
        let restAtLeast = Infinity;
        for (const entry of touched) if (entryBound[entry]! > cut) restAtLeast = Math.min(restAtLeast, entryBound[entry]!);
        if (restAtLeast === Infinity) return;
        yield { ids: found.ids.filter((id) => entryBound[texts[id]!.entry]! <= cut), restAtLeast };
      }
    } finally {
      for (const entry of touched) entryBound[entry] = Infinity;
    }
  }

  function fuzzy(text: string) {
    queryLength = text.length;
    ranks.clear();
    const several = text.includes(' ');
    if (!narrowing) return (several ? severalWords : oneWord).search(text, { limit: LIMIT });
    if (several) {
      const ids = narrowing.textsForAll(text.split(' '), THRESHOLD);
      if (!ids) return severalWords.search(text, { limit: LIMIT });
      narrowIndex.setIndexRecords(candidateRecords(ids));
      return narrowSeveralWords.search(text, { limit: LIMIT });
    }
    const found = narrowing.textsFor(text, THRESHOLD);
    if (!found) return oneWord.search(text, { limit: LIMIT });
    if (found.ids.length > PRUNE_ABOVE) {
      for (const step of candidateSteps(text, found)) {
        narrowIndex.setIndexRecords(candidateRecords(step.ids));
        const results = narrowOneWord.search(text, { limit: LIMIT });
        // The full result when Fuse found LIMIT hits and the last ranks before every entry left out.
        const last = results[LIMIT - 1];
        const lastRank = last === undefined ? undefined : ranks.get(last.refIndex);
        if (lastRank !== undefined && lastRank < step.restAtLeast) return results;
      }
    }
    narrowIndex.setIndexRecords(candidateRecords(found.ids));
    return narrowOneWord.search(text, { limit: LIMIT });
  }

  function search(query: string, options: SearchOptions = {}): SearchResult {
    const perGroup = options.perGroup ?? 5;
    const text = normalizeText(query);
    if (text.length < MIN_QUERY_LENGTH) return { groups: [], total: 0 };
    const postcode = /^(\d{2,4})(?: |$)/.exec(text);
    const hits: Hit[] = postcode
      ? postcodeHits(postcode[1]!)
      : fuzzy(withoutFillers(text)).map(({ item }) => ({ kind: item.kind, label: item.label, detail: item.detail, path: item.path }));
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
