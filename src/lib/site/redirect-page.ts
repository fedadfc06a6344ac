/**
 * A renamed library's old address (a former slug, src/lib/pull/slug-stability.ts) stays a page:
 * one that search engines skip (noindex), whose canonical is the new address, that a browser
 * follows at once without JavaScript (meta refresh), and that shows a link a reader can follow.
 */
import { escapeMarkup } from '../html/escape';
import type { Lang } from '../i18n/lang';
import { strings } from '../i18n/strings';
import type { Library } from '../dataset/schema';
import { libraryPath, localePath } from './urls';

export interface LibraryRedirect {
  /** The former slug. */
  from: string;
  /** The library's slug now. */
  to: string;
  name: string;
}

/** Every former slug of every library, pointing to its library's slug now. */
export function libraryRedirects(libraries: readonly Pick<Library, 'name' | 'slug' | 'formerSlugs'>[]): LibraryRedirect[] {
  return libraries.flatMap((l) => (l.formerSlugs ?? []).map((from) => ({ from, to: l.slug, name: l.name })));
}

/** The whole page at the old address, in the reader's language. */
export function redirectPageHtml(lang: Lang, redirect: LibraryRedirect, site: URL | string): string {
  const t = strings(lang);
  const to = localePath(lang, libraryPath(redirect.to));
  const href = escapeMarkup(to);
  const title = escapeMarkup(t.libraryMovedTitle(redirect.name));
  return [
    '<!DOCTYPE html>',
    `<html lang="${lang}">`,
    '<head>',
    '<meta charset="utf-8" />',
    '<meta name="viewport" content="width=device-width, initial-scale=1" />',
    `<title>${title}</title>`,
    '<meta name="robots" content="noindex" />',
    `<meta http-equiv="refresh" content="0; url=${href}" />`,
    `<link rel="canonical" href="${escapeMarkup(new URL(to, site).href)}" />`,
    // As every page's head (PageHead.astro): without it the browser asks for a /favicon.ico the site has not.
    '<link rel="icon" href="/favicon.svg" type="image/svg+xml" />',
    '</head>',
    '<body>',
    `<main><h1>${title}</h1><p>${escapeMarkup(t.libraryMovedText)} <a href="${href}">${escapeMarkup(redirect.name)}</a>.</p></main>`,
    '</body>',
    '</html>',
  ].join('\n');
}
