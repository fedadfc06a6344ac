/**
 * The search box's words: the `search` feature of each language's dictionary (src/lib/i18n/).
 * Category labels come along because the search finds categories by their names in any language.
 */
import type { Dictionary, SameKeys } from '../i18n/dictionary';
import { categories as enCategories, search as en } from '../i18n/en';
import type { Lang } from '../i18n/lang';
import type { HitKind } from './hit-kind';
import { categories as nbCategories, search as nb } from '../i18n/nb';
import { categories as nnCategories, search as nn } from '../i18n/nn';

export type SearchStrings = Dictionary['search'];

// Every kind of hit has a group label in the dictionaries, and every label a kind.
true satisfies SameKeys<keyof SearchStrings['groups'], HitKind>;

export const SEARCH_STRINGS: Record<Lang, SearchStrings> = { nb, nn, en };

export const CATEGORY_LABELS: Record<Lang, Dictionary['categories']> = { nb: nbCategories, nn: nnCategories, en: enCategories };

export { countText } from '../i18n/format';
