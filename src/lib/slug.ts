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

export function slugify(text: string): string {
  const lower = text.toLowerCase();
  let out = '';
  for (const char of lower) out += TRANSLITERATION[char] ?? char;
  return (
    out
      // Strip remaining accents (é -> e, á -> a) after the explicit table.
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '') || 'x'
  );
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
