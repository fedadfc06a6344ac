/**
 * The pages' words in the reader's language: the `site` feature of each language's dictionary
 * (nb.ts is the reference; nn.ts and en.ts are typed against it).
 */
import type { Dictionary } from './dictionary';
import { site as en } from './en';
import type { Lang } from './lang';
import { site as nb } from './nb';
import { site as nn } from './nn';

export type Strings = Dictionary['site'];

export const STRINGS: Record<Lang, Strings> = { nb, nn, en };

export function strings(lang: Lang): Strings {
  return STRINGS[lang];
}
