/**
 * The map's words: the `map` feature of each language's dictionary (src/lib/i18n/). Browser-safe:
 * importing one feature by name leaves the rest of the dictionaries out of the map's script.
 */
import type { Dictionary } from '../i18n/dictionary';
import { map as en } from '../i18n/en';
import type { Lang } from '../i18n/lang';
import { map as nb } from '../i18n/nb';
import { map as nn } from '../i18n/nn';

export type MapStrings = Dictionary['map'];

export const MAP_STRINGS: Record<Lang, MapStrings> = { nb, nn, en };

export { locale as mapLocale } from '../i18n/format';
