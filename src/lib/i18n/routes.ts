/**
 * Each route is written once under `src/pages/[...lang]/` and rendered for every language: the
 * rest parameter is empty for bokmål (the root) and `nn` or `en` otherwise.
 */
import { LANGS, type Lang } from './lang';

export function langParam(lang: Lang): string | undefined {
  return lang === 'nb' ? undefined : lang;
}

export function langOf(param: string | undefined): Lang {
  return (LANGS as readonly string[]).includes(param ?? '') ? (param as Lang) : 'nb';
}

/** Static paths for a route without its own parameters, one per language. */
export function langPaths() {
  return LANGS.map((lang) => ({ params: { lang: langParam(lang) }, props: { lang } }));
}

/** Static paths for a route with parameters: every item in every language. */
export function langItemPaths<T, P extends Record<string, string>>(items: readonly T[], params: (item: T) => P) {
  return LANGS.flatMap((lang) => items.map((item) => ({ params: { lang: langParam(lang), ...params(item) }, props: { lang, item } })));
}
