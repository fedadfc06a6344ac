/**
 * URL slugs. Norwegian letters are transliterated the way Norwegians write them in URLs
 * (æ -> ae, ø -> o, å -> a) rather than dropped, and Sami letters are folded to ASCII.
 */
const TRANSLITERATION: Record<string, string> = {
  æ: 'ae',
  ø: 'o',
  å: 'a',
  ä: 'a',
  ö: 'o',
  ü: 'u',
  ß: 'ss',
  đ: 'd',
  ŋ: 'n',
  ŧ: 't',
  š: 's',
  ž: 'z',
  č: 'c',
  ʒ: 'z',
  ǯ: 'z',
};

/**
 * Cyrillic and Greek letters that look like Latin ones (lower case, as slugify sees them), read as
 * the Latin letter they pass for: "Utsirа" with a Cyrillic а gets Utsira's slug, so it competes for
 * it (and loses to the library that has it) instead of making a URL that looks the same.
 */
const LOOK_ALIKES = [
  'аa',
  'вb',
  'еe',
  'ёe',
  'кk',
  'мm',
  'нh',
  'оo',
  'рp',
  'сc',
  'тt',
  'уy',
  'хx',
  'іi',
  'їi',
  'јj',
  'ѕs',
  'һh',
  'ԁd',
  'ԛq',
  'ԝw',
  'үy',
  'αa',
  'βb',
  'εe',
  'ηn',
  'ιi',
  'κk',
  'μm',
  'νv',
  'οo',
  'ρp',
  'τt',
  'υu',
  'χx',
  'ζz',
  'ıi',
];
for (const pair of LOOK_ALIKES) TRANSLITERATION[pair[0]!] = pair[1]!;

/** A slug's longest form before a collision's suffix: it is a folder name, which may not exceed 255 bytes. */
export const MAX_SLUG_CHARS = 80;

export function slugify(text: string): string {
  // NFKC first: full-width and other compatibility forms (ｏ, ℴ) become the letters they stand for.
  const lower = text.normalize('NFKC').toLowerCase();
  let out = '';
  for (const char of lower) out += TRANSLITERATION[char] ?? char;
  const slug = out
    // Strip remaining accents (é -> e, á -> a) after the explicit table.
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length <= MAX_SLUG_CHARS) return slug || 'x';
  // Cut at a word's end where there is one.
  const cut = slug.slice(0, MAX_SLUG_CHARS + 1);
  const end = cut.lastIndexOf('-');
  return end > 0 ? cut.slice(0, end) : slug.slice(0, MAX_SLUG_CHARS);
}

/**
 * Gives each item a slug that is unique within the list. Items are processed in a stable order
 * (by `key`), so the same input always yields the same slugs; on a collision the later item gets
 * a disambiguator (`qualifier`, e.g. the municipality) and, failing that, a number.
 */
export function assignUniqueSlugs<T>(
  items: readonly T[],
  options: { key: (item: T) => string; base: (item: T) => string; qualifier?: (item: T) => string },
): Map<string, string> {
  const sorted = [...items].sort((a, b) => compareStrings(options.key(a), options.key(b)));
  const taken = new Set<string>();
  const result = new Map<string, string>();
  for (const item of sorted) {
    const base = slugify(options.base(item));
    let candidate = base;
    if (taken.has(candidate) && options.qualifier) candidate = slugify(`${options.base(item)} ${options.qualifier(item)}`);
    for (let n = 2; taken.has(candidate); n++) candidate = `${base}-${n}`;
    taken.add(candidate);
    result.set(options.key(item), candidate);
  }
  return result;
}

function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
