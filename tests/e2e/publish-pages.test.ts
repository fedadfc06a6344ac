/**
 * What the built pages tell other programs, checked over every page of dist/: the published address
 * (never localhost when SITE_URL is set), sitemap dates, a Content-Security-Policy on every page and
 * `_headers` for the rest, a renamed library's old address, Open Graph / Twitter metadata with unique
 * titles and descriptions, and oEmbed discovery and sizes. Each check prints what it covered.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { headerPolicies, HEADER_POLICY, inlineHashes } from '../../src/lib/html/csp';
import { filesUnder } from '../../src/lib/files';
import { LANGS } from '../../src/lib/i18n/lang';
import { LOCAL_SITE_URL } from '../../src/lib/site/site-url';
import { data } from './dataset';
import { dist, read, pages, isEmbed, contentPages, langOf, tags, meta, site } from './publish-shared';

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
