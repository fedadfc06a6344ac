import { describe, expect, it } from 'vitest';
import { LANGS } from './lang';
import { STRINGS } from './strings';

/** Every leaf of a strings object as [path, value], functions called with sample arguments. */
function leaves(value: unknown, path = ''): [string, unknown][] {
  if (typeof value === 'function') return [[path, value(2, 5, 'X', 'Y')]];
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => leaves(v, path ? `${path}.${k}` : k));
  return [[path, value]];
}

describe('interface strings', () => {
  const nb = new Map(leaves(STRINGS.nb));

  it.each(LANGS)('%s has every key bokmål has, and no others', (lang) => {
    expect([...new Map(leaves(STRINGS[lang])).keys()].sort()).toEqual([...nb.keys()].sort());
  });

  it.each(LANGS)('%s has a non-empty text for every key', (lang) => {
    const empty = leaves(STRINGS[lang]).filter(([, v]) => typeof v !== 'string' || v.trim() === '' || v.includes('undefined'));
    expect(empty).toEqual([]);
  });

  it.each(['nn', 'en'] as const)('%s is translated, not a copy of bokmål', (lang) => {
    const other = leaves(STRINGS[lang]);
    const same = other.filter(([k, v]) => v === nb.get(k)).length;
    // Some words are the same in both (Film, Bibliotek, Data:), but most are not.
    expect(same / other.length).toBeLessThan(lang === 'en' ? 0.1 : 0.4);
  });
});
