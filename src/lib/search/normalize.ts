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

export function normalizeText(text: string): string {
  let out = '';
  for (const char of text.toLowerCase()) out += FOLD[char] ?? char;
  return (
    out
      // Remaining accents (á, š, č, é) after the explicit table.
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      // The old spelling "aa" for "å": Aalesund is Ålesund.
      .replace(/aa/g, 'a')
      // Hyphens, dots and other punctuation separate words; case and spacing don't matter.
      .replace(/[^a-z0-9]+/g, ' ')
      .trim()
  );
}
