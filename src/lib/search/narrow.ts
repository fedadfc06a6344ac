/**
 * Narrowing a fuzzy search before Fuse.js ranks it: a bigram index over every text Fuse would
 * search, built when the searcher is created (in the browser: no bytes in /sok/indeks.json).
 *
 * It is exact, not a heuristic. Fuse's bitap (with `ignoreLocation`) finds a word when some part
 * of a text is within k edits of it, k the most errors the threshold allows (k / length ≤
 * threshold). The index proposes texts by two necessary conditions: with no error allowed, a text
 * holds every bigram of the word; with k ≥ 1, it holds whole at least one of k + 1 separate pieces
 * of the word (k edits touch at most k of them), the pieces chosen with the rarest bigrams. (One
 * edit destroys at most two bigrams, so such a text holds at least (m - 1) - 2k of the m - 1
 * bigram positions of a word of m letters, the q-gram lemma: this bound, positive for Fuse's
 * threshold, decides whether a word can be narrowed at all.) The texts proposed are then checked exactly: is some part
 * of the text within k edits of the word (Myers' bit-parallel edit distance, a few operations a
 * letter, much cheaper than Fuse's bitap with its scores and match positions)? Every text Fuse
 * would match stays, so Fuse ranks the same hits in the same order (engine.test.ts compares
 * with the full scan over many queries).
 * Where the bound says nothing (a word over 32 letters, which Fuse splits into pieces, or a
 * bound ≤ 0) the word adds no condition.
 */

/** One text Fuse searches: which entry, which key (position in Fuse's keys), and the text. */
export interface NarrowText {
  entry: number;
  key: number;
  text: string;
}

/** Fuse's bitap searches words of at most 32 letters in one piece; longer ones in pieces. */
const MAX_BITAP_LENGTH = 32;

/** The most errors Fuse's bitap accepts in a word of `length` letters: the same sum it makes. */
export function maxErrors(length: number, threshold: number): number {
  let errors = 0;
  while (errors + 1 < length && (errors + 1) / length <= threshold) errors++;
  return errors;
}

/** How many of a word's bigram positions a text within reach of it must hold (≤ 0: no condition). */
export function minSharedBigrams(length: number, threshold: number): number {
  return length - 1 - 2 * maxErrors(length, threshold);
}

/**
 * The fewest edits (insertions, deletions, substitutions) that turn some part of a text into
 * `word` (at most 32 letters), or `limit + 1` when that is over `limit`: Myers' bit-parallel
 * algorithm (1999) for approximate matching, a column of the edit-distance table as bit vectors.
 * Made once per word, then run over each text.
 */
export function editCounter(word: string): (text: string, limit: number) => number {
  const m = word.length;
  if (m === 0 || m > MAX_BITAP_LENGTH) throw new Error('editCounter: a word of 1 to 32 letters');
  // Each letter's positions in the word, as bits: a table for the usual letters, a map for others.
  const ascii = new Int32Array(128);
  const other = new Map<number, number>();
  for (let i = 0; i < m; i++) {
    const code = word.charCodeAt(i);
    if (code < 128) ascii[code]! |= 1 << i;
    else other.set(code, (other.get(code) ?? 0) | (1 << i));
  }
  const high = 1 << (m - 1);
  const ones = m === 32 ? -1 : (1 << m) - 1;
  return (text, limit) => {
    let pv = ones;
    let mv = 0;
    let score = m;
    let best = m;
    for (let j = 0; j < text.length && best > 0; j++) {
      const code = text.charCodeAt(j);
      const eq = code < 128 ? ascii[code]! : (other.get(code) ?? 0);
      const xv = eq | mv;
      // The sum may carry past 32 bits; the bitwise operators drop the carry, as the algorithm wants.
      const xh = ((((eq & pv) + pv) | 0) ^ pv) | eq;
      let ph = mv | ~(xh | pv);
      let mh = pv & xh;
      if (ph & high) score++;
      else if (mh & high) score--;
      if (score < best) best = score;
      // Shifted in with 0, not 1: a match may start anywhere in the text.
      ph <<= 1;
      mh <<= 1;
      pv = mh | ~(xv | ph);
      mv = ph & xv;
    }
    return Math.min(best, limit + 1);
  };
}

/** The texts that may hold a word: their ids, ascending, and the fewest edits each needs. */
export interface Found {
  ids: number[];
  edits: number[];
}

/** Two letters as one number, for the postings' keys. */
function bigramAt(text: string, i: number): number {
  return text.charCodeAt(i) * 65536 + text.charCodeAt(i + 1);
}

export class BigramIndex {
  private readonly postings = new Map<number, Int32Array>();
  private readonly texts: string[];
  private readonly counts: Uint16Array;
  readonly size: number;

  constructor(texts: readonly NarrowText[]) {
    this.size = texts.length;
    this.texts = texts.map(({ text }) => text.toLowerCase());
    this.counts = new Uint16Array(texts.length);
    const lists = new Map<number, number[]>();
    this.texts.forEach((lower, id) => {
      for (let i = 0; i + 1 < lower.length; i++) {
        const bigram = bigramAt(lower, i);
        let list = lists.get(bigram);
        if (!list) lists.set(bigram, (list = []));
        // Texts are added in order, so a text already listed is the last one.
        if (list[list.length - 1] !== id) list.push(id);
      }
    });
    for (const [bigram, list] of lists) this.postings.set(bigram, Int32Array.from(list));
  }

  /**
   * The texts that hold `word` within Fuse's reach, or null when the bound gives no condition
   * (every text may match).
   */
  textsFor(word: string, threshold: number): Found | null {
    const m = word.length;
    const needed = minSharedBigrams(m, threshold);
    if (m > MAX_BITAP_LENGTH || needed <= 0) return null;
    const lower = word.toLowerCase();
    const errors = maxErrors(m, threshold);
    const found: Found = { ids: [], edits: [] };
    if (m === 2 && errors === 0) {
      // A two-letter word allows no error: the texts with its bigram are exactly those.
      const list = this.postings.get(bigramAt(lower, 0));
      found.ids = list ? Array.from(list) : [];
      found.edits = new Array<number>(found.ids.length).fill(0);
      return found;
    }
    if (errors > 0) return this.verify(lower, errors, this.piecesCandidates(lower, errors));
    const counts = this.counts;
    const touched: number[] = [];
    // Every position counts, a repeated bigram as often as it occurs (the lemma counts positions).
    for (let i = 0; i + 1 < m; i++) {
      const list = this.postings.get(bigramAt(lower, i));
      if (!list) continue;
      for (let j = 0; j < list.length; j++) {
        const id = list[j]!;
        if (counts[id] === 0) touched.push(id);
        counts[id]!++;
      }
    }
    let passed = 0;
    for (const id of touched) {
      if (counts[id]! >= needed) touched[passed++] = id;
      counts[id] = 0;
    }
    return this.verify(lower, 0, touched.slice(0, passed));
  }

  /** Of candidate texts, those within `errors` edits of the word, ascending, with their edits. */
  private verify(word: string, errors: number, candidates: number[]): Found {
    const found: Found = { ids: [], edits: [] };
    const fewestEdits = editCounter(word);
    for (const id of Int32Array.from(candidates).sort()) {
      const text = this.texts[id]!;
      const edits = errors === 0 ? (text.includes(word) ? 0 : 1) : fewestEdits(text, errors);
      if (edits > errors) continue;
      found.ids.push(id);
      found.edits.push(edits);
    }
    return found;
  }

  /**
   * With k errors allowed: k + 1 separate pieces of the word (two letters or more) of which a
   * text within reach holds at least one whole, as k edits can touch at most k of them. The
   * pieces are chosen so that their rarest bigrams are in the fewest texts; the texts with
   * those bigrams are returned (a superset: `verify` decides).
   */
  private piecesCandidates(word: string, errors: number): number[] {
    const m = word.length;
    const pieces = errors + 1;
    const size = (i: number) => this.postings.get(bigramAt(word, i))?.length ?? 0;
    // rarest[i][j]: the rarest bigram position in word[i..j] (j > i).
    const cost = (i: number, end: number) => {
      let best = i;
      for (let b = i + 1; b + 1 < end; b++) if (size(b) < size(best)) best = b;
      return best;
    };
    // best[i][p]: the least total size of p pieces within word[0..i), and the bigrams chosen.
    const best: { total: number; bigrams: number[] }[][] = Array.from({ length: m + 1 }, () => []);
    for (let i = 0; i <= m; i++) best[i]![0] = { total: 0, bigrams: [] };
    for (let i = 1; i <= m; i++) {
      for (let p = 1; p <= pieces; p++) {
        let choice = best[i - 1]![p];
        for (let start = i - 2; start >= 0; start--) {
          const before = best[start]![p - 1];
          if (!before) continue;
          const b = cost(start, i);
          const total = before.total + size(b);
          if (!choice || total < choice.total) choice = { total, bigrams: [...before.bigrams, b] };
        }
        if (choice) best[i]![p] = choice;
      }
    }
    const chosen = best[m]![pieces];
    // The bound needs m >= 2(k + 1); minSharedBigrams > 0 already implies it for Fuse's threshold.
    if (!chosen) return Array.from({ length: this.size }, (_, id) => id);
    const marks = this.counts;
    const ids: number[] = [];
    for (const b of chosen.bigrams) {
      const list = this.postings.get(bigramAt(word, b));
      if (!list) continue;
      for (let j = 0; j < list.length; j++) {
        const id = list[j]!;
        if (marks[id] === 0) {
          marks[id] = 1;
          ids.push(id);
        }
      }
    }
    for (const id of ids) marks[id] = 0;
    return ids;
  }

  /**
   * The ids (ascending) of the texts that may hold every word (Fuse's extended search wants all
   * words in one text), or null when no word narrows anything.
   */
  textsForAll(words: readonly string[], threshold: number): number[] | null {
    let result: number[] | null = null;
    for (const word of words) {
      const ids = this.textsFor(word, threshold)?.ids;
      if (ids === undefined) continue;
      if (result === null) result = ids;
      else {
        const keep = new Set(ids);
        result = result.filter((id) => keep.has(id));
      }
      if (result.length === 0) break;
    }
    return result;
  }
}
