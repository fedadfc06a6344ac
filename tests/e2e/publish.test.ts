/**
 * What the built site tells other programs, checked over every page of dist/: the published
 * address (never localhost when SITE_URL is set), sitemap dates, a Content-Security-Policy on every
 * page and `_headers` for the rest, Open Graph / Twitter metadata with unique titles and
 * descriptions, oEmbed discovery and sizes, an Atom feed per language, and the data package,
 * validated by Frictionless's own library. Each check prints what it covered.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { headerPolicies, HEADER_POLICY, inlineHashes, urlPathOf } from '../../src/lib/html/csp';
import { filesUnder } from '../../src/lib/files';
import { LANGS, type Lang } from '../../src/lib/i18n/lang';
import { SyntaxValidator } from 'fast-xml-validator';
import { parseAtomFeed } from 'feedsmith';
import { changeDates, feedPath } from '../../src/lib/feeds/national';
import { FOLLOW_STRINGS } from '../../src/lib/feeds/strings';
import { siteStats } from '../../src/lib/figures/site-stats';
import { PATHS } from '../../src/lib/paths';
import { LOCAL_SITE_URL, resolveSiteUrl } from '../../src/lib/site/site-url';
import { validateDataPackage } from '../../tools/validate-data-package';
import { data } from './dataset';

const dist = PATHS.dist;
const read = (path: string) => readFileSync(join(dist, path), 'utf8');
const htmlFiles = filesUnder(dist).filter((f) => f.endsWith('.html'));
const pages = htmlFiles.map((file) => ({ file, path: urlPathOf(dist, file), html: readFileSync(file, 'utf8') }));
const isEmbed = (path: string) => /^\/((nn|en)\/)?embed\//.test(path);
/** A renamed library's old address: a page that only points to the new one (src/lib/site/redirect-page.ts). */
const isRedirect = (html: string) => /<meta http-equiv="refresh"/.test(html);
const contentPages = pages.filter((p) => !isEmbed(p.path) && !isRedirect(p.html));
/** A library, municipality, county, service or vendor page: it announces its own feed too. */
const ENTITY_PAGE = /^\/((nn|en)\/)?(bibliotek|kommuner|fylker|tjenester|leverandorer)\/[^/]+\/$/;
const langOf = (path: string): Lang => (/^\/(nn|en)\//.exec(path)?.[1] as Lang | undefined) ?? 'nb';
const decode = (s: string) =>
  s
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

/** Every attribute of every tag of a kind, e.g. tags(html, 'meta'). */
function tags(html: string, name: string): Record<string, string>[] {
  return [...html.matchAll(new RegExp(`<${name}\\b((?:[^>"']|"[^"]*"|'[^']*')*)>`, 'gi'))].map((m) =>
    Object.fromEntries([...m[1]!.matchAll(/([\w:-]+)(?:="([^"]*)")?/g)].map((a) => [a[1]!.toLowerCase(), decode(a[2] ?? '')])),
  );
}
// Parsed once per page: the checks below look at every page's tags many times.
const metaCache = new Map<string, Record<string, string>[]>();
const meta = (html: string, key: string) => {
  let all = metaCache.get(html);
  if (!all) metaCache.set(html, (all = tags(html, 'meta')));
  return all.filter((m) => m.property === key || m.name === key).map((m) => m.content!);
};
const site = new URL(resolveSiteUrl(process.env));

describe('the published address', () => {
  it('is SITE_URL everywhere an absolute address is written (127.0.0.1:4321 for a local build)', () => {
    const canonical = tags(read('index.html'), 'link').find((l) => l.rel === 'canonical')!.href!;
    expect(new URL(canonical).origin).toBe(site.origin);
    if (!process.env.SITE_URL?.trim()) expect(site.href).toBe(LOCAL_SITE_URL);
    const sitemap = read('sitemap.xml');
    const locs = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!));
    expect(locs.filter((u) => u.origin !== site.origin)).toEqual([]);
    expect(read('robots.txt')).toContain(`Sitemap: ${site.origin}/sitemap.xml`);
    const oembed = JSON.parse(read('embed/oembed.json')) as { html: string; provider_url: string };
    expect(new URL(oembed.provider_url).origin).toBe(site.origin);
    expect(new URL(/src="([^"]+)"/.exec(oembed.html)![1]!).origin).toBe(site.origin);
    if (process.env.SITE_URL?.trim()) expect(sitemap).not.toMatch(/localhost|127\.0\.0\.1/);
    console.log(`published address ${site.origin}: ${locs.length} sitemap URLs on it`);
  });

  it('dates every sitemap URL by the pull', () => {
    const sitemap = read('sitemap.xml');
    const urls = [...sitemap.matchAll(/<url>([\s\S]*?)<\/url>/g)].map((m) => m[1]!);
    expect(urls.length).toBeGreaterThan(1000);
    const day = data.dataset.source.pulledAt.slice(0, 10);
    expect(urls.filter((u) => !u.includes(`<lastmod>${day}</lastmod>`))).toEqual([]);
  });
});

describe('Content-Security-Policy', () => {
  const headers = read('_headers');

  it("is the first thing in every page's head: hashes, no unsafe-inline, no plugins, no other base", () => {
    const problems: string[] = [];
    let inline = 0;
    for (const { path, html } of pages) {
      const policies = tags(html, 'meta').filter((m) => m['http-equiv']?.toLowerCase() === 'content-security-policy');
      if (policies.length !== 1) {
        problems.push(`${path}: ${policies.length} CSP metas`);
        continue;
      }
      if (!/^<!doctype html>\s*<html[^>]*>\s*<head>\s*<meta charset="utf-8"\s*\/?>\s*<meta http-equiv="Content-Security-Policy"/i.test(html))
        problems.push(`${path}: the CSP is not first in <head>`);
      const directives = new Map(policies[0]!.content!.split(/;\s*/).map((d) => [d.split(' ')[0]!, d.split(' ').slice(1)]));
      const scripts = directives.get('script-src') ?? [];
      if (scripts.includes("'unsafe-inline'") || scripts.includes("'unsafe-eval'") || directives.get('style-src')?.includes("'unsafe-inline'"))
        problems.push(`${path}: unsafe-inline`);
      if (directives.get('object-src')?.join(' ') !== "'none'" || directives.get('base-uri')?.join(' ') !== "'self'")
        problems.push(`${path}: object-src/base-uri`);
      const { scripts: needed } = inlineHashes(html);
      inline += needed.length;
      for (const hash of needed) if (!scripts.includes(hash)) problems.push(`${path}: inline script ${hash} not allowed`);
      const framing = headerPolicies(headers, path);
      if (framing.length !== 1 || framing[0] !== (isEmbed(path) ? HEADER_POLICY.embed : HEADER_POLICY.site))
        problems.push(`${path}: _headers gives ${JSON.stringify(framing)}`);
    }
    expect(problems.slice(0, 20)).toEqual([]);
    console.log(
      `CSP: ${pages.length} pages, each with its policy; ${inline} inline scripts allowed by hash; _headers: frame-ancestors * on ${pages.filter((p) => isEmbed(p.path)).length} embed pages, 'self' elsewhere`,
    );
  });
});

describe("a renamed library's old address", () => {
  it('is a page in every language that search engines skip, pointing to the library now without JavaScript', () => {
    const problems: string[] = [];
    let checked = 0;
    for (const library of data.dataset.libraries)
      for (const former of library.formerSlugs ?? [])
        for (const lang of LANGS) {
          const prefix = lang === 'nb' ? '' : `${lang}/`;
          const html = read(`${prefix}bibliotek/${former}/index.html`);
          const to = `/${prefix}bibliotek/${library.slug}/`;
          checked++;
          if (meta(html, 'robots')[0] !== 'noindex') problems.push(`${former} ${lang}: not noindex`);
          if (!html.includes(`<meta http-equiv="refresh" content="0; url=${to}" />`)) problems.push(`${former} ${lang}: no refresh to ${to}`);
          if (!html.includes(`<a href="${to}">`)) problems.push(`${former} ${lang}: no link to ${to}`);
          if (/<script/.test(html)) problems.push(`${former} ${lang}: has a script`);
          if (!existsSync(join(dist, to, 'index.html'))) problems.push(`${former} ${lang}: ${to} was not built`);
        }
    expect(problems).toEqual([]);
    console.log(`redirects: ${checked} old addresses of renamed libraries, each pointing to the library now`);
  });
});

describe('metadata for sharing', () => {
  it('gives every content page og:title, og:description, og:url, og:locale (+ alternates), og:image and twitter:card', () => {
    const problems: string[] = [];
    for (const { path, html } of contentPages) {
      for (const key of ['og:title', 'og:description', 'og:url', 'og:locale', 'og:image', 'og:image:alt', 'twitter:card'])
        if (meta(html, key).filter(Boolean).length !== 1) problems.push(`${path}: ${key}`);
      if (path !== '/404.html' && meta(html, 'og:locale:alternate').length !== 2) problems.push(`${path}: og:locale:alternate`);
      const image = meta(html, 'og:image')[0];
      if (image && (new URL(image).origin !== site.origin || !existsSync(join(dist, new URL(image).pathname))))
        problems.push(`${path}: og:image ${image} is not a built file`);
      const url = meta(html, 'og:url')[0];
      if (url && path !== '/404.html' && new URL(url).pathname !== path) problems.push(`${path}: og:url ${url}`);
    }
    expect(problems.slice(0, 20)).toEqual([]);
    console.log(`metadata: ${contentPages.length} content pages, every Open Graph and Twitter tag present`);
  });

  it("shows the page's own map picture where it has a map, marked as example data with demo data", () => {
    const picture = (path: string) => new URL(meta(read(`${path}index.html`), 'og:image')[0]!).pathname;
    expect(picture('/')).toBe('/embed/kart.png');
    const service = data.dataset.services[0]!;
    expect(picture(`/nn/tjenester/${service.slug}/`)).toBe(`/embed/tjenester/${service.slug}/kart.png`);
    // English pages share English pictures; nynorsk shares bokmål's.
    expect(picture('/en/fylker/vestland/')).toBe('/en/embed/fylker/vestland/kart.png');
    expect(picture('/om/')).toBe('/deling.png');
    expect(picture('/en/om/')).toBe('/en/deling.png');
    const svg = read(`embed/tjenester/${service.slug}/kart.svg`);
    expect(svg.includes('EKSEMPELDATA')).toBe(data.dataset.source.isDemo);
  });

  it('has titles and descriptions unique within each language (same-named libraries, a service and its vendor)', () => {
    for (const lang of LANGS) {
      const inLang = contentPages.filter((p) => langOf(p.path) === lang && p.path !== '/404.html');
      for (const [what, get] of [
        ['title', (h: string) => /<title>([^<]*)<\/title>/.exec(h)?.[1]],
        ['description', (h: string) => meta(h, 'description')[0]],
      ] as const) {
        const seen = new Map<string, string[]>();
        for (const { path, html } of inLang) {
          const value = get(html) ?? '';
          seen.set(value, [...(seen.get(value) ?? []), path]);
        }
        const duplicates = [...seen].filter(([, paths]) => paths.length > 1).map(([v, paths]) => `${v}: ${paths.join(' ')}`);
        expect(duplicates.slice(0, 10), `${lang} ${what}`).toEqual([]);
      }
      console.log(`metadata: ${inLang.length} ${lang} pages, titles and descriptions all different`);
    }
  });
});

describe('oEmbed', () => {
  it('is discoverable from the service, county and Norway pages, in their language', () => {
    const cases = [
      ['/', '/embed/'],
      // A service the ordering system does not record has no map, so no embed to discover (its page says why).
      ...data.dataset.services.filter((s) => s.recorded !== false).map((s) => [`/nn/tjenester/${s.slug}/`, `/nn/embed/tjenester/${s.slug}/`]),
      ...data.dataset.counties.map((c) => [`/en/fylker/${c.slug}/`, `/en/embed/fylker/${c.slug}/`]),
    ];
    for (const [page, widget] of cases) {
      const links = tags(read(`${page}index.html`), 'link').filter((l) => l.rel === 'alternate' && l.type === 'application/json+oembed');
      expect(links, page).toHaveLength(1);
      const href = new URL(links[0]!.href!);
      expect(href.pathname).toBe(`${widget}oembed.json`);
      const oembed = JSON.parse(read(href.pathname)) as { html: string };
      expect(new URL(/src="([^"]+)"/.exec(oembed.html)![1]!).pathname).toBe(widget);
    }
    for (const s of data.dataset.services.filter((x) => x.recorded === false)) {
      const links = tags(read(`/nn/tjenester/${s.slug}/index.html`), 'link').filter((l) => l.type === 'application/json+oembed');
      expect(links, s.slug).toEqual([]);
    }
    console.log(`oEmbed discovery: ${cases.length} pages`);
  });

  it("states the width and height the snippet's iframe has, which is sandboxed, lazy, titled and without referrer path", () => {
    const files = filesUnder(join(dist)).filter((f) => f.endsWith('oembed.json'));
    for (const file of files) {
      const o = JSON.parse(readFileSync(file, 'utf8')) as { html: string; width: number; height: number };
      const frame = tags(o.html, 'iframe')[0]!;
      expect(Number(frame.width), file).toBe(o.width);
      expect(Number(frame.height), file).toBe(o.height);
      expect(frame.sandbox!.split(' ').sort()).toEqual([
        'allow-downloads',
        'allow-popups',
        'allow-popups-to-escape-sandbox',
        'allow-same-origin',
        'allow-scripts',
      ]);
      expect(frame.referrerpolicy).toBe('strict-origin-when-cross-origin');
      expect(frame.loading).toBe('lazy');
      expect(frame.title).toBeTruthy();
    }
    console.log(`oEmbed: ${files.length} files, sizes match their snippet`);
  });
});

describe('Atom feeds', () => {
  const dateOf = changeDates(data.dataset);
  const allowedDates = new Set([data.dataset.source.pulledAt.slice(0, 10), ...(data.dataset.changes ?? []).map((c) => c.date), dateOf(0, 'added', '', '')]);

  it.each(LANGS)('has one in %s with xml:lang, tag: ids independent of the host, and pull dates', (lang) => {
    const feed = read(feedPath(lang).slice(1));
    expect(feed).toMatch(new RegExp(`<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${lang}">`));
    const ids = [...feed.matchAll(/<id>([^<]+)<\/id>/g)].map((m) => m[1]!);
    expect(ids.length).toBeGreaterThan(1);
    expect(ids.filter((id) => !id.startsWith(`tag:hvemharhva.no,2024:${lang}/`))).toEqual([]);
    expect(new Set(ids).size).toBe(ids.length);
    const updated = [...feed.matchAll(/<entry>[\s\S]*?<updated>(\d{4}-\d{2}-\d{2})T[^<]+<\/updated>/g)].map((m) => m[1]!);
    expect(updated.filter((d) => !allowedDates.has(d))).toEqual([]);
    const links = [...feed.matchAll(/<link href="([^"]+)"\/>/g)].map((m) => new URL(m[1]!).pathname);
    expect(links.filter((p) => langOf(p) !== lang)).toEqual([]);
    console.log(`feed ${lang}: ${ids.length - 1} entries`);
  });

  it('is announced by every page in its language, and only its own (an entity page adds its own feed)', () => {
    const wrong = contentPages.filter(({ path, html }) => {
      const feeds = tags(html, 'link')
        .filter((l) => l.type === 'application/atom+xml')
        .map((l) => l.href);
      const own = ENTITY_PAGE.test(path) ? [`${path}feed.xml`] : [];
      return path !== '/404.html' && feeds.join(' ') !== [feedPath(langOf(path)), ...own].join(' ');
    });
    expect(wrong.map((p) => p.path).slice(0, 10)).toEqual([]);
  });

  it("links from every library page a feed a standard parser (feedsmith) reads, listing that library's changes", () => {
    const byLibrary = new Map<string, number>();
    for (const c of siteStats(data).changesByYear)
      for (const x of [...c.added, ...c.cancelled]) byLibrary.set(x.libraryId, (byLibrary.get(x.libraryId) ?? 0) + 1);
    const libraryPages = contentPages.filter((p) => /^\/((nn|en)\/)?bibliotek\/[^/]+\/$/.test(p.path));
    expect(libraryPages.length).toBe(data.dataset.libraries.length * LANGS.length);
    const bySlug = new Map(data.dataset.libraries.map((l) => [l.slug, l]));
    let entries = 0;
    const wrong = libraryPages.filter(({ path, html }) => {
      const lang = langOf(path);
      const library = bySlug.get(decodeURIComponent(path.split('/').at(-2)!))!;
      const href = tags(html, 'link').find((l) => l.type === 'application/atom+xml' && l.href?.endsWith('/feed.xml') && l.href !== feedPath(lang))?.href;
      const visible = tags(html, 'a').some((a) => a['data-testid'] === 'follow-link' && a.href === href);
      if (!href || !visible) return true;
      const feed = parseAtomFeed(read(href.slice(1)));
      entries += feed.entries?.length ?? 0;
      const own = (feed.entries ?? []).every((e) => e.id?.includes(`/${encodeURIComponent(library.id)}/`) && new URL(e.links![0]!.href!).pathname === path);
      return feed.xml?.lang !== lang || !own || (feed.entries?.length ?? 0) !== (byLibrary.get(library.id) ?? 0);
    });
    expect(wrong.map((p) => p.path).slice(0, 10)).toEqual([]);
    expect(entries).toBeGreaterThan(0);
    console.log(`library feeds: ${libraryPages.length} pages, ${entries} entries, all read by feedsmith`);
  });

  it('gives every municipality, county, service and vendor page a well-formed feed', () => {
    const entityPages = contentPages.filter((p) => ENTITY_PAGE.test(p.path));
    const bad = entityPages.filter(({ path }) => {
      const xml = read(`${path.slice(1)}feed.xml`);
      try {
        SyntaxValidator.validate(xml, { invalidCharSequence: { comment: true, tagValue: true, attrLt: true } });
        return !parseAtomFeed(xml).title?.value?.includes(data.dataset.source.isDemo ? FOLLOW_STRINGS[langOf(path)].demoMark.trim() : '');
      } catch {
        return true;
      }
    });
    expect(bad.map((p) => p.path).slice(0, 10)).toEqual([]);
    console.log(`entity feeds: ${entityPages.length} checked`);
  });
});

describe('the data package', () => {
  it('types every published CSV, and Frictionless validates each row against it', async () => {
    const report = await validateDataPackage(join(dist, 'data', 'datapackage.json'), join(dist, 'data'));
    expect(report.errors).toEqual([]);
    expect(report.resources).toEqual([
      { name: 'libraries', rows: data.dataset.libraries.length },
      { name: 'services', rows: data.dataset.services.length },
      { name: 'subscriptions', rows: data.dataset.subscriptions.length },
    ]);
    console.log(`datapackage.json: ${report.resources.map((r) => `${r.name}.csv ${r.rows} rows`).join(', ')}; 0 errors`);
  });

  it('is linked from the data page in every language', () => {
    for (const lang of LANGS) expect(read(`${lang === 'nb' ? '' : `${lang}/`}data/index.html`)).toContain('href="/data/datapackage.json"');
  });
});
