import { describe, expect, it } from 'vitest';
import { checkedPages, representatives, routeTemplates, urlPath } from './templates';

const routes = [
  '[...lang]/index.astro',
  '[...lang]/bibliotek/index.astro',
  '[...lang]/bibliotek/[slug].astro',
  '404.astro',
  'embed/[kind]/[id].astro',
  'sok/indeks.json.ts',
];
const files = [
  'index.html',
  'nn/index.html',
  'en/index.html',
  '404.html',
  'bibliotek/index.html',
  'bibliotek/a/index.html',
  'bibliotek/bb/index.html',
  'nn/bibliotek/a/index.html',
  'en/bibliotek/index.html',
  'embed/kart/pressreader/index.html',
].map((path) => ({ path, size: path.length }));

describe('routeTemplates', () => {
  it('makes one template per language for routes under [...lang], one for the rest, none for endpoints', () => {
    const templates = routeTemplates(routes);
    expect(templates.map((t) => `${t.route} ${t.lang}`)).toEqual([
      '404.astro null',
      '[...lang]/bibliotek/[slug].astro nb',
      '[...lang]/bibliotek/[slug].astro nn',
      '[...lang]/bibliotek/[slug].astro en',
      '[...lang]/bibliotek/index.astro nb',
      '[...lang]/bibliotek/index.astro nn',
      '[...lang]/bibliotek/index.astro en',
      '[...lang]/index.astro nb',
      '[...lang]/index.astro nn',
      '[...lang]/index.astro en',
      'embed/[kind]/[id].astro null',
    ]);
  });
});

describe('representatives', () => {
  const found = representatives(routeTemplates(routes), files);
  const pick = (route: string, lang: string | null) => found.find((r) => r.template.route === route && r.template.lang === lang)?.path;

  it('picks the largest built page of each template, in the right language', () => {
    expect(pick('[...lang]/bibliotek/[slug].astro', 'nb')).toBe('bibliotek/bb/index.html');
    expect(pick('[...lang]/bibliotek/[slug].astro', 'nn')).toBe('nn/bibliotek/a/index.html');
    expect(pick('[...lang]/index.astro', 'en')).toBe('en/index.html');
    expect(pick('404.astro', null)).toBe('404.html');
    expect(pick('embed/[kind]/[id].astro', null)).toBe('embed/kart/pressreader/index.html');
  });

  it('does not count a static page for the dynamic route beside it, and reports templates that built nothing', () => {
    expect(pick('[...lang]/bibliotek/index.astro', 'nb')).toBe('bibliotek/index.html');
    expect(pick('[...lang]/bibliotek/index.astro', 'nn')).toBeUndefined();
    expect(pick('[...lang]/bibliotek/[slug].astro', 'en')).toBeUndefined();
  });
});

describe('urlPath', () => {
  it('turns a built file into the address it is served at', () => {
    expect(urlPath('index.html')).toBe('/');
    expect(urlPath('en/om/index.html')).toBe('/en/om/');
    expect(urlPath('404.html')).toBe('/404.html');
  });
});

describe('checkedPages', () => {
  const catchAll = ['[...lang]/embed/[...widget].astro', '[...lang]/bibliotek/[slug].astro', '[...lang]/fylker/[slug]/rapport.astro'];
  const built = [
    'embed/index.html',
    'embed/tjenester/a/index.html',
    'embed/tjenester/bb/index.html',
    'embed/fylker/c/index.html',
    'embed/v/0123456789ab/index.html',
    'embed/v/0123456789ab/tjenester/a/index.html',
    'nn/embed/index.html',
    'bibliotek/a/index.html',
    'bibliotek/bb/index.html',
    'fylker/a/rapport/index.html',
    'fylker/bb/rapport/index.html',
  ].map((path) => ({ path, size: path.length }));
  const found = checkedPages(routeTemplates(catchAll), built);
  const paths = (route: string, lang: string) => found.filter((p) => p.template.route === route && p.template.lang === lang).map((p) => p.path);

  it('checks the largest page of every folder shape of a catch-all route, the representative first', () => {
    expect(paths('[...lang]/embed/[...widget].astro', 'nb')).toEqual([
      'embed/v/0123456789ab/tjenester/a/index.html',
      'embed/fylker/c/index.html',
      'embed/index.html',
      'embed/tjenester/bb/index.html',
      'embed/v/0123456789ab/index.html',
    ]);
    expect(paths('[...lang]/embed/[...widget].astro', 'nn')).toEqual(['nn/embed/index.html']);
  });

  it('checks one page of a [slug] route, and keeps templates that built nothing', () => {
    expect(paths('[...lang]/bibliotek/[slug].astro', 'nb')).toEqual(['bibliotek/bb/index.html']);
    expect(paths('[...lang]/bibliotek/[slug].astro', 'en')).toEqual([undefined]);
  });

  it("checks one page of a route whose [slug] is not its last folder: every county's report has one shape", () => {
    expect(paths('[...lang]/fylker/[slug]/rapport.astro', 'nb')).toEqual(['fylker/bb/rapport/index.html']);
  });
});
