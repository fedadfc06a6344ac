/**
 * Norwegian-aware normalisation for search. Applied to the index and to the query alike, so
 * "Tromsø", "tromso" and "TROMSØ" are the same text, as are "Bærum" and "baerum" and
 * "Ålesund", "Aalesund" and "alesund". Sami and other accented letters fold to plain ASCII.
 */
const FOLD: Record<string, string> = {
  æ: 'ae',
  ä: 'ae',
  ø: 'o',
  ö: 'o',
  å: 'a',
  ü: 'u',
  ß: 'ss',
  đ: 'd',
  ŋ: 'n',
  ŧ: 't',
  ʒ: 'z',
  ǯ: 'z',
};

/**
 * The Norwegian letters the matcher (./match.ts) lets people type in several ways, each held by
 * a private-use character that the steps below leave alone: æ/ä, ø/ö, å.
 */
export const LETTER_SLOTS = { æ: '\uE000', ä: '\uE000', ø: '\uE001', ö: '\uE001', å: '\uE002' } as const;

const FOLDED = new RegExp(`[${Object.keys(FOLD).join('')}]`, 'g');

function fold(text: string, slots: boolean): string {
  return (
    text
      .toLowerCase()
      .replace(FOLDED, (char) => (slots ? LETTER_SLOTS[char as keyof typeof LETTER_SLOTS] : undefined) ?? FOLD[char]!)
      // Remaining accents (á, š, č, é) after the explicit table.
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      // Hyphens, dots and other punctuation separate words; case and spacing don't matter.
      .replace(slots ? /[^a-z0-9\uE000-\uE002]+/g : /[^a-z0-9]+/g, ' ')
      .trim()
  );
}

/** The last step, once every letter is Latin: the old spelling "aa" for "å" (Aalesund is Ålesund). */
export function finishNormalized(text: string): string {
  return text.replace(/aa/g, 'a');
}

export function normalizeText(text: string): string {
  return finishNormalized(fold(text, false));
}

/** `normalizeText` but with æ/ä, ø/ö and å left as their LETTER_SLOTS, for `finishNormalized` once they are filled. */
export function normalizeWithLetterSlots(text: string): string {
  return fold(text, true);
}
