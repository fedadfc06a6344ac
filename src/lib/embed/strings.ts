/** The embeds' and the builder's words: the `embed` feature of each language's dictionary (src/lib/i18n/). */
import type { Dictionary } from '../i18n/dictionary';
import { embed as en } from '../i18n/en';
import type { Lang } from '../i18n/lang';
import { embed as nb } from '../i18n/nb';
import { embed as nn } from '../i18n/nn';

export type EmbedStrings = Dictionary['embed'];

export const EMBED_STRINGS: Record<Lang, EmbedStrings> = { nb, nn, en };
