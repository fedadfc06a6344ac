/**
 * One parity test over every dictionary: each language has every feature and key bokmål has and no
 * others, the same arity for every function, the same length for every list, and no empty text.
 */
import { describe, expect, it } from 'vitest';
import * as en from './en';
import type { Lang } from './lang';
import * as nb from './nb';
import * as nn from './nn';

const DICTIONARIES: Record<Lang, Record<string, unknown>> = { nb, nn, en };
const OTHERS = ['nn', 'en'] as const;

/** Every leaf as [path, value]; a function's path carries its arity, so a changed signature shows as a different key. */
function leaves(value: unknown, path = ''): [string, unknown][] {
  if (typeof value === 'function') return [[`${path}/${value.length}`, value]];
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => leaves(v, path ? `${path}.${k}` : k));
  return [[path, value]];
}

/** What a leaf shows: a function is called with small counts (1 and 2) for every parameter. */
function shown([path, value]: [string, unknown]): [string, unknown][] {
  if (typeof value !== 'function') return [[path, value]];
  const call = (x: number) => value(...Array.from({ length: value.length }, () => x)) as unknown;
  return [
    [`${path}(1)`, call(1)],
    [`${path}(2)`, call(2)],
  ];
}

describe('dictionaries', () => {
  const nbLeaves = new Map(leaves(nb));

  it.each(OTHERS)('%s has every feature, key, function arity and list length bokmål has, and no others', (lang) => {
    expect(Object.keys(DICTIONARIES[lang]).sort()).toEqual(Object.keys(nb).sort());
    expect(
      leaves(DICTIONARIES[lang])
        .map(([k]) => k)
        .sort(),
    ).toEqual([...nbLeaves.keys()].sort());
  });

  it.each(['nb', ...OTHERS] as const)('%s has a non-empty text for every key, and every function gives one', (lang) => {
    const bad = leaves(DICTIONARIES[lang])
      .flatMap(shown)
      .filter(([, v]) => typeof v !== 'string' || v.trim() === '' || /undefined|NaN|\[object/.test(v));
    expect(bad).toEqual([]);
  });

  it.each(OTHERS)('%s is translated, not a copy of bokmål', (lang) => {
    const other = leaves(DICTIONARIES[lang]).filter(([, v]) => typeof v === 'string');
    const same = other.filter(([k, v]) => v === nbLeaves.get(k)).length;
    // Some words are the same in nynorsk (Film, Bibliotek, Data:), but most are not.
    expect(same / other.length).toBeLessThan(lang === 'en' ? 0.1 : 0.4);
  });

  /** Plural nouns that must never follow a lone "1". */
  const PLURALS: Record<Lang, RegExp> = {
    nb: /(^|[^\d\s ])\s*\+?1 (tjenester|nye abonnementer|abonnementer|kommuner|skoler|videregående skoler|filer|bibliotekene)\b/,
    nn: /(^|[^\d\s ])\s*\+?1 (tenester|kommunar|skular|vidaregåande skular|filer|biblioteka)\b/,
    en: /(^|[^\d\s,])\s*\+?1 (services|cancelled subscriptions|subscriptions|municipalities|libraries|schools|upper-secondary schools|files)\b/,
  };

  it.each(['nb', ...OTHERS] as const)('%s never writes "1" before a plural noun ("1 tjenester")', (lang) => {
    const bad = leaves(DICTIONARIES[lang])
      .filter(([, v]) => typeof v === 'function')
      .map(([k, v]) => [k, (v as (...a: number[]) => string)(...Array.from({ length: (v as () => string).length }, () => 1))] as const)
      .filter(([, text]) => typeof text === 'string' && PLURALS[lang].test(` ${text}`));
    expect(bad).toEqual([]);
  });
});
