/** Numbers and dates in the reader's language: "5 550 203" and "37 %" in Norwegian, "5,550,203" and "37%" in English. */
import type { Lang } from './lang';

const LOCALE: Record<Lang, string> = { nb: 'nb-NO', nn: 'nn-NO', en: 'en-GB' };
const integers = new Map<Lang, Intl.NumberFormat>();
const percents = new Map<Lang, Intl.NumberFormat>();

export function locale(lang: Lang): string {
  return LOCALE[lang];
}

export function formatInteger(n: number, lang: Lang = 'nb'): string {
  let f = integers.get(lang);
  if (!f) integers.set(lang, (f = new Intl.NumberFormat(LOCALE[lang], { maximumFractionDigits: 0 })));
  return f.format(n);
}

export function formatPercent(share: number, lang: Lang = 'nb'): string {
  let f = percents.get(lang);
  if (!f) percents.set(lang, (f = new Intl.NumberFormat(LOCALE[lang], { style: 'percent', maximumFractionDigits: 0 })));
  return f.format(share);
}

const dateFormats = new Map<Lang, Intl.DateTimeFormat>();

export function formatDate(iso: string, lang: Lang = 'nb'): string {
  // One formatter per language: toLocaleDateString builds a new one on every call (4 s of a 10x build).
  let format = dateFormats.get(lang);
  if (!format) dateFormats.set(lang, (format = new Intl.DateTimeFormat(LOCALE[lang], { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'Europe/Oslo' })));
  return format.format(new Date(iso));
}

/** Sorts names the way a reader of the language expects (æ, ø, å last in Norwegian). */
const collators = new Map<Lang, (a: string, b: string) => number>();

export function compareNames(lang: Lang): (a: string, b: string) => number {
  let compare = collators.get(lang);
  if (!compare) {
    // Norwegian names sort the Norwegian way on English pages too (Ålesund after Øygarden).
    const collator = new Intl.Collator(LOCALE[lang === 'en' ? 'nb' : lang]);
    collators.set(lang, (compare = (a, b) => collator.compare(a, b)));
  }
  return compare;
}
