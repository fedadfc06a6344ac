/**
 * Every number, date and plural the site shows, in the reader's language, through `Intl`: one
 * module, so "5 550 203" and "37 %" in Norwegian, "5,550,203" and "37%" in English, "1 tjeneste"
 * but "2 tjenester". Browser-safe (the map and the search use it too).
 */
import { fillTemplate } from '../html/fill-template';
import type { Lang } from './lang';

const LOCALE: Record<Lang, string> = { nb: 'nb-NO', nn: 'nn-NO', en: 'en-GB' };

export function locale(lang: Lang): string {
  return LOCALE[lang];
}

/** One Intl object per language and kind: building one costs far more than using it (toLocaleDateString built one per call: 4 s of a 10x build). */
function perLang<T>(make: (lang: Lang) => T): (lang: Lang) => T {
  const made = new Map<Lang, T>();
  return (lang) => {
    let value = made.get(lang);
    if (value === undefined) made.set(lang, (value = make(lang)));
    return value;
  };
}

const integers = perLang((lang) => new Intl.NumberFormat(LOCALE[lang], { maximumFractionDigits: 0 }));
const oneDecimal = perLang((lang) => new Intl.NumberFormat(LOCALE[lang], { maximumFractionDigits: 1 }));
const percents = perLang((lang) => new Intl.NumberFormat(LOCALE[lang], { style: 'percent', maximumFractionDigits: 0 }));
const dates = perLang((lang) => new Intl.DateTimeFormat(LOCALE[lang], { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'Europe/Oslo' }));
const dateTimes = perLang((lang) => new Intl.DateTimeFormat(LOCALE[lang], { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/Oslo' }));
const plurals = perLang((lang) => new Intl.PluralRules(LOCALE[lang]));
// Norwegian names sort the Norwegian way on English pages too (Ålesund after Øygarden).
const collators = perLang((lang) => {
  const collator = new Intl.Collator(LOCALE[lang === 'en' ? 'nb' : lang]);
  return (a: string, b: string) => collator.compare(a, b);
});

export function formatInteger(n: number, lang: Lang = 'nb'): string {
  return integers(lang).format(n);
}

export function formatPercent(share: number, lang: Lang = 'nb'): string {
  return percents(lang).format(share);
}

/** A file size: whole kilobytes below a megabyte (at least 1 KB), megabytes with one decimal above ("7,4 MB", "7.4 MB"). */
export function formatBytes(bytes: number, lang: Lang = 'nb'): string {
  if (bytes < 1024 * 1024) return `${integers(lang).format(Math.max(1, bytes / 1024))} KB`;
  return `${oneDecimal(lang).format(bytes / 1024 / 1024)} MB`;
}

/** A signed change with the language's digits: "+3", "−2" (a minus sign, not a hyphen) or "0". */
export function formatSigned(n: number, lang: Lang = 'nb'): string {
  return n > 0 ? `+${formatInteger(n, lang)}` : n < 0 ? `−${formatInteger(-n, lang)}` : formatInteger(0, lang);
}

export function formatDate(iso: string, lang: Lang = 'nb'): string {
  return dates(lang).format(new Date(iso));
}

/** A moment in words, in Norwegian time: "6. desember 2026 kl. 11:36", "6 December 2026 at 11:36" (never ISO on a page). */
export function formatDateTime(iso: string, lang: Lang = 'nb'): string {
  return dateTimes(lang).format(new Date(iso));
}

/** Sorts names the way a reader of the language expects (æ, ø, å last in Norwegian). */
export function compareNames(lang: Lang): (a: string, b: string) => number {
  return collators(lang);
}

/** A text's forms by count; `{n}` in a form is replaced by the formatted count. */
export interface Plural {
  one: string;
  other: string;
}

/** The form the language's plural rules pick for `n` (`Intl.PluralRules`: in nb, nn and en "one" is 1 only). */
export function pluralForm(n: number, lang: Lang, forms: Plural): string {
  return plurals(lang).select(n) === 'one' ? forms.one : forms.other;
}

/** "1 tjeneste", "2 tjenester", "1 234 tjenester": the count formatted and its noun in the right form. */
export function countText(n: number, lang: Lang, forms: Plural): string {
  return fillTemplate(pluralForm(n, lang, forms), { n: formatInteger(n, lang) });
}

/** A signed change and its noun: "+1 kommune", "−3 kommuner", "0 kommuner" (the form follows the size of the change). */
export function signedCountText(n: number, lang: Lang, forms: Plural): string {
  return fillTemplate(pluralForm(Math.abs(n), lang, forms), { n: formatSigned(n, lang) });
}

const lists = perLang((lang) => new Intl.ListFormat(LOCALE[lang], { style: 'long', type: 'conjunction' }));

/** "A, B og C" / "A, B and C". */
export function formatList(items: readonly string[], lang: Lang = 'nb'): string {
  return lists(lang).format(items);
}
