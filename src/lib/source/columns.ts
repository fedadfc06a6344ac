/**
 * Header matching for any table read from a source (the ordering system's export, the media
 * bank's manifest): a field lists the headers it may have, matched whatever case, spacing or
 * punctuation the file uses; a missing required field is one problem naming what was looked for
 * and what was found.
 */
import { InvalidInputError } from './problems';

/** Headers and values match whatever case, spacing or punctuation the file uses. */
export function normaliseHeader(header: string): string {
  return header
    .normalize('NFC')
    .toLowerCase()
    .replace(/[\s._\-/()]+/g, '');
}

/**
 * Which column feeds each field: each field lists the headers it may have. Fails listing every
 * missing required field, with the headers it looked for and what was found.
 */
export function findColumns<F extends string>(
  headers: string[],
  columns: Partial<Record<F, string[]>>,
  required: readonly F[],
  file: string,
): Partial<Record<F, number>> {
  const indexByHeader = new Map<string, number>();
  headers.forEach((h, i) => {
    const key = normaliseHeader(h);
    if (key && !indexByHeader.has(key)) indexByHeader.set(key, i);
  });
  const resolved: Partial<Record<F, number>> = {};
  for (const field of Object.keys(columns) as F[]) {
    const index = (columns[field] ?? []).map((name) => indexByHeader.get(normaliseHeader(name))).find((i) => i !== undefined);
    if (index !== undefined) resolved[field] = index;
  }
  const missing = required.filter((f) => resolved[f] === undefined);
  if (missing.length > 0) {
    const expected = missing.map((f) => `${f} (${(columns[f] ?? ['no header in the map']).join(' | ')})`);
    throw new InvalidInputError([{ file, row: 1, message: `missing required column(s): ${expected.join('; ')}. Found: ${headers.join(', ')}` }]);
  }
  return resolved;
}

/** Maps a word from the file (e.g. "Bekreftet") to ours ("active"), or undefined. */
export function makeValueLookup<K extends string>(values: Partial<Record<K, string[]>>): (raw: string) => K | undefined {
  const lookup = new Map<string, K>();
  for (const key of Object.keys(values) as K[]) for (const word of values[key] ?? []) lookup.set(normaliseHeader(word), key);
  return (raw) => lookup.get(normaliseHeader(raw));
}
