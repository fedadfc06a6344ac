/** Bokmål formatting, kept for callers that predate the languages; see i18n/format.ts. */
import { formatDate as date, formatInteger as integer, formatPercent as percent } from './i18n/format';

export const formatInteger = (n: number): string => integer(n, 'nb');
export const formatPercent = (share: number): string => percent(share, 'nb');
export const formatDate = (iso: string): string => date(iso, 'nb');
