/**
 * The site's languages: bokmål at the root, nynorsk under /nn/ and English under /en/.
 * Every component that shows text takes a `lang` and looks its strings up by it.
 */
export const LANGS = ['nb', 'nn', 'en'] as const;
export type Lang = (typeof LANGS)[number];
export const DEFAULT_LANG: Lang = 'nb';

/** `/tjenester/x/` in the given language: `/nn/tjenester/x/`, `/en/tjenester/x/`, or unchanged for nb. */
export function localePath(lang: Lang, path: string): string {
  const clean = path.startsWith('/') ? path : `/${path}`;
  return lang === DEFAULT_LANG ? clean : `/${lang}${clean}`;
}

/** The language of a URL path and the path without its language prefix. */
export function splitLocalePath(path: string): { lang: Lang; path: string } {
  const match = /^\/(nn|en)(\/.*|$)/.exec(path);
  if (!match) return { lang: DEFAULT_LANG, path: path || '/' };
  return { lang: match[1] as Lang, path: match[2] || '/' };
}
