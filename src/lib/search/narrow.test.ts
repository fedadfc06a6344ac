import { describe, expect, it } from 'vitest';
import { BigramIndex, editCounter, maxErrors, minSharedBigrams } from './narrow';

/** The fewest edits turning some part of `text` into `word`: the textbook table, no bit tricks. */
function naiveEdits(word: string, text: string): number {
  let previous = Array.from({ length: text.length + 1 }, () => 0);
  for (let i = 1; i <= word.length; i++) {
    const row = [i];
    for (let j = 1; j <= text.length; j++) {
      row[j] = Math.min(previous[j]! + 1, row[j - 1]! + 1, previous[j - 1]! + (word[i - 1] === text[j - 1] ? 0 : 1));
    }
    previous = row;
  }
  return Math.min(...previous);
}

/** Deterministic pseudo-random words over a small alphabet, so near matches are common. */
function words(count: number, seed: number, alphabet = 'aeinorst '): string[] {
  let state = seed;
  const next = () => (state = (state * 1103515245 + 12345) % 2147483648) / 2147483648;
  return Array.from(
    { length: count },
    () =>
      Array.from({ length: 1 + Math.floor(next() * 20) }, () => alphabet[Math.floor(next() * alphabet.length)])
        .join('')
        .trim() || 'a',
  );
}

describe('maxErrors', () => {
  it("allows as many errors as Fuse's threshold does: errors / length at most the threshold", () => {
    expect([2, 3, 4, 6, 7, 9, 10, 20, 32].map((m) => maxErrors(m, 0.3))).toEqual([0, 0, 1, 1, 2, 2, 3, 6, 9]);
    for (let m = 2; m <= 32; m++) expect(minSharedBigrams(m, 0.3)).toBeGreaterThan(0);
  });
});

describe('editCounter', () => {
  it('counts the same edits as the textbook table, for words up to 32 letters', () => {
    const texts = words(60, 7);
    const patterns = [
      ...words(40, 11)
        .map((w) => w.replace(/ /g, ''))
        .filter(Boolean),
      'abcdefghijklmnopqrstuvwxyzabcdef',
      'øå',
      'tromsø',
    ];
    for (const word of patterns) {
      const count = editCounter(word);
      for (const text of [...texts, 'abcdefghijklmnopqrstuvwxyzabcdef', 'tromso', 'romsø']) {
        expect(count(text, 40), `${word} in ${text}`).toBe(naiveEdits(word, text));
        expect(count(text, 1)).toBe(Math.min(naiveEdits(word, text), 2));
      }
    }
  });
});

describe('BigramIndex', () => {
  it('returns exactly the texts within reach of a word, and how many edits each needs', () => {
    const texts = words(400, 3);
    const index = new BigramIndex(texts.map((text, entry) => ({ entry, key: 0, text })));
    for (const word of words(80, 5)
      .map((w) => w.replace(/ /g, ''))
      .filter((w) => w.length >= 2)) {
      const errors = maxErrors(word.length, 0.3);
      const expected = texts.flatMap((text, id) => (naiveEdits(word, text) <= errors ? [id] : []));
      const found = index.textsFor(word, 0.3)!;
      expect(found.ids, word).toEqual(expected);
      expect(found.edits).toEqual(expected.map((id) => naiveEdits(word, texts[id]!)));
    }
  });

  it('gives no condition for a word Fuse splits into pieces (over 32 letters)', () => {
    const index = new BigramIndex([{ entry: 0, key: 0, text: 'oslo' }]);
    expect(index.textsFor('a'.repeat(33), 0.3)).toBeNull();
  });

  it('keeps, for several words, only the texts within reach of each', () => {
    const index = new BigramIndex(['trondheim katedralskole', 'trondheim', 'katedralskolen bergen'].map((text, entry) => ({ entry, key: 0, text })));
    expect(index.textsForAll(['katedralskole', 'trondhiem'], 0.3)).toEqual([0]);
    expect(index.textsForAll(['k'], 0.3)).toBeNull();
  });
});
