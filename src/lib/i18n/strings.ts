/**
 * The pages' words in the reader's language: the `site` feature of each language's dictionary
 * (nb.ts is the reference; nn.ts and en.ts are typed against it).
 */
import type { Category, LibraryKind, Service } from '../dataset/schema';
import type { Dictionary, SameKeys } from './dictionary';
import { site as en } from './en';
import type { Lang } from './lang';
import { site as nb } from './nb';
import { site as nn } from './nn';

export type Strings = Dictionary['site'];

// Every code in the dataset has a label in the dictionaries, and every label a code.
true satisfies SameKeys<keyof Dictionary['categories'], Category>;
true satisfies SameKeys<keyof Strings['kindLabel'] | keyof Strings['kindPlural'], LibraryKind>;
true satisfies SameKeys<keyof Strings['audienceLabel'], Service['audience']>;
true satisfies SameKeys<keyof Strings['fundingLabel'], Service['funding']>;

export const STRINGS: Record<Lang, Strings> = { nb, nn, en };

export function strings(lang: Lang): Strings {
  return STRINGS[lang];
}
