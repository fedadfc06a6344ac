/** The campaign material's words: the `campaign` feature of each language's dictionary (src/lib/i18n/). */
import type { Dictionary } from '../i18n/dictionary';
import { campaign as en } from '../i18n/en';
import type { Lang } from '../i18n/lang';
import { campaign as nb } from '../i18n/nb';
import { campaign as nn } from '../i18n/nn';

export const CAMPAIGN_STRINGS: Record<Lang, Dictionary['campaign']> = { nb, nn, en };

export { formatBytes } from '../i18n/format';
