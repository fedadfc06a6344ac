/**
 * Ranking for the search (see engine.ts): Fuse.js over the entries' names, an entry ranked by its
 * best name, and the narrowing of ./narrow.ts that hands Fuse only the texts that may match while
 * giving the same results as Fuse's full scan.
 */
import Fuse, { type FuseResult, type FuseSortFunctionArg } from 'fuse.js';
import type { HitKind } from './hit-kind';
import { BigramIndex, type Found, type NarrowText } from './narrow';
import { FUZZY_THRESHOLD } from './match';

/** What the ranking needs of an entry: its kind, the names it is found by and its secondary words. */
export interface RankedEntry {
  kind: HitKind;
  /** Normalised names the entry is found by. */
  names: string[];
  /** Normalised secondary words (a service's vendor, a school's municipality), weighted lower. */
  extra: string[];
}

/** Fuse's threshold: 0 is exact, 1 matches anything; 0.3 lets one or two typos through in a name. The one matcher's (match.ts), so the map's and compare's fields find what the search box finds. */
const THRESHOLD = FUZZY_THRESHOLD;
export const MIN_QUERY_LENGTH = 2;
/** On equal rank: a place's municipality before its library, a service before its vendor. */
const KIND_ORDER: Record<HitKind, number> = { municipality: 0, place: 1, library: 2, school: 3, service: 4, vendor: 5, category: 6, county: 7 };

/** Fuse's results kept per query: enough for every group's five hits. */
const LIMIT = 80;
/** With fewer candidate texts than this, Fuse ranks them all; with more, the best first (below). */
const PRUNE_ABOVE = 400;

/**
 * An entry's rank from one of its matches (see `rank` below): Fuse's score for the
 * text, then penalties for a secondary word, a match inside a word, and a text longer than the query.
 */
function matchRank(score: number, secondary: boolean, atWordStart: boolean, queryLength: number, textLength: number): number {
  return score + (secondary ? 0.15 : 0) + (atWordStart ? 0 : 0.1) + 0.1 * (1 - Math.min(1, queryLength / Math.max(1, textLength)));
}

/** The ranked query over `entries` (normalised text in, at most LIMIT results out, best first); `narrow: false` is Fuse's full scan. */
export function createRanking<E extends RankedEntry>(entries: E[], narrow = true): (text: string) => FuseResult<E>[] {
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
  const narrowing = !narrow ? undefined : new BigramIndex(texts);
  const narrowIndex = Fuse.parseIndex<E>({ keys: fuseIndex.keys, records: [] });
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

  return fuzzy;
}
