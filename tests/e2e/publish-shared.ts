/**
 * What the published-output tests (publish-pages, publish-feeds) share: every page of dist/ read
 * once per file, which of them are content pages, their language, and their tags.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { urlPathOf } from '../../src/lib/html/csp';
import { filesUnder } from '../../src/lib/files';
import type { Lang } from '../../src/lib/i18n/lang';
import { PATHS } from '../../src/lib/paths';
import { resolveSiteUrl } from '../../src/lib/site/site-url';

export const dist = PATHS.dist;
export const read = (path: string) => readFileSync(join(dist, path), 'utf8');
export const htmlFiles = filesUnder(dist).filter((f) => f.endsWith('.html'));
export const pages = htmlFiles.map((file) => ({ file, path: urlPathOf(dist, file), html: readFileSync(file, 'utf8') }));
export const isEmbed = (path: string) => /^\/((nn|en)\/)?embed\//.test(path);
/** A renamed library's old address: a page that only points to the new one (src/lib/site/redirect-page.ts). */
export const isRedirect = (html: string) => /<meta http-equiv="refresh"/.test(html);
export const contentPages = pages.filter((p) => !isEmbed(p.path) && !isRedirect(p.html));
/** A library, municipality, county, service or vendor page: it announces its own feed too. */
export const ENTITY_PAGE = /^\/((nn|en)\/)?(bibliotek|kommuner|fylker|tjenester|leverandorer)\/[^/]+\/$/;
export const langOf = (path: string): Lang => (/^\/(nn|en)\//.exec(path)?.[1] as Lang | undefined) ?? 'nb';
export const decode = (s: string) =>
  s
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

/** Every attribute of every tag of a kind, e.g. tags(html, 'meta'). */
export function tags(html: string, name: string): Record<string, string>[] {
  return [...html.matchAll(new RegExp(`<${name}\\b((?:[^>"']|"[^"]*"|'[^']*')*)>`, 'gi'))].map((m) =>
    Object.fromEntries([...m[1]!.matchAll(/([\w:-]+)(?:="([^"]*)")?/g)].map((a) => [a[1]!.toLowerCase(), decode(a[2] ?? '')])),
  );
}
// Parsed once per page: the checks below look at every page's tags many times.
export const metaCache = new Map<string, Record<string, string>[]>();
export const meta = (html: string, key: string) => {
  let all = metaCache.get(html);
  if (!all) metaCache.set(html, (all = tags(html, 'meta')));
  return all.filter((m) => m.property === key || m.name === key).map((m) => m.content!);
};
export const site = new URL(resolveSiteUrl(process.env));
