import { describe, expect, it } from 'vitest';
import { libraryRedirects, redirectPageHtml } from './redirect-page';

describe('a renamed library', () => {
  const libraries = [
    { name: 'Deichman <Oslo> & "co"', slug: 'deichman', formerSlugs: ['oslo-bibliotek', 'oslo-folkebibliotek'] },
    { name: 'Bergen bibliotek', slug: 'bergen-bibliotek' },
  ];

  it('keeps each former slug as an address that points to its library now', () => {
    expect(libraryRedirects(libraries)).toEqual([
      { from: 'oslo-bibliotek', to: 'deichman', name: 'Deichman <Oslo> & "co"' },
      { from: 'oslo-folkebibliotek', to: 'deichman', name: 'Deichman <Oslo> & "co"' },
    ]);
  });

  it('gets a page at the old address in every language: noindex, refresh without JavaScript, a visible link', () => {
    const [redirect] = libraryRedirects(libraries);
    const pages = {
      nb: redirectPageHtml('nb', redirect!, 'https://example.org/'),
      nn: redirectPageHtml('nn', redirect!, 'https://example.org/'),
      en: redirectPageHtml('en', redirect!, 'https://example.org/'),
    };
    expect(pages.nb).toMatch(/^<!DOCTYPE html>\n<html lang="nb">/);
    expect(pages.nb).toContain('<meta name="robots" content="noindex" />');
    expect(pages.nb).toContain('<meta http-equiv="refresh" content="0; url=/bibliotek/deichman/" />');
    expect(pages.nb).toContain('<link rel="canonical" href="https://example.org/bibliotek/deichman/" />');
    expect(pages.nb).toContain('<link rel="icon" href="/favicon.svg" type="image/svg+xml" />');
    expect(pages.nb).toContain('Gå til <a href="/bibliotek/deichman/">Deichman &lt;Oslo&gt; &amp; &quot;co&quot;</a>.');
    expect(pages.nn).toContain('<meta http-equiv="refresh" content="0; url=/nn/bibliotek/deichman/" />');
    expect(pages.nn).toContain('sida har flytta');
    expect(pages.en).toContain('<a href="/en/bibliotek/deichman/">');
    expect(pages.en).toContain('<title>Deichman &lt;Oslo&gt; &amp; &quot;co&quot; has a new address</title>');
    for (const html of Object.values(pages)) expect(html).not.toMatch(/<script/);
  });
});
