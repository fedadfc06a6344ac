/**
 * What the built site gives to feed readers and data tools: an Atom feed per language and per entity,
 * read by a real feed parser, and the data package, validated by Frictionless's own library.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LANGS } from '../../src/lib/i18n/lang';
import { SyntaxValidator } from 'fast-xml-validator';
import { parseAtomFeed } from 'feedsmith';
import { changeDates, feedPath } from '../../src/lib/feeds/national';
import { FOLLOW_STRINGS } from '../../src/lib/feeds/strings';
import { siteStats } from '../../src/lib/figures/site-stats';
import { validateDataPackage } from '../../tools/validate-data-package';
import { data } from './dataset';
import { dist, read, contentPages, ENTITY_PAGE, langOf, tags } from './publish-shared';

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
