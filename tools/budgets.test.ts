import { describe, expect, it } from 'vitest';
import {
  BUDGETS,
  checkBudgets,
  inlineScripts,
  isEmbed,
  pageAssets,
  pageScripts,
  pageType,
  scriptsBeforeInteraction,
  staticImports,
  summarise,
  type PageFigures,
} from './budgets';

describe('which JavaScript a page loads before interaction', () => {
  const files: Record<string, string> = {
    '/_astro/island.js': 'import{a as b}from"./shared.js";import"./style.js";const m=()=>import("./maplibre-view.js");export{m};',
    '/_astro/shared.js': 'export const a=1;',
    '/_astro/style.js': '',
    '/_astro/maplibre-view.js': 'import"./maplibre-gl.js";',
  };
  const html = '<html><head><script type="module" src="/_astro/island.js"></script><link rel="modulepreload" href="/_astro/shared.js"></head></html>';

  it('finds the page scripts and follows static imports but not dynamic ones', () => {
    expect(pageScripts(html)).toEqual(['/_astro/island.js', '/_astro/shared.js']);
    expect(staticImports(files['/_astro/island.js']!)).toEqual(['./shared.js', './style.js']);
    expect(scriptsBeforeInteraction('/tjenester/x/index.html', html, (u) => files[u])).toEqual(['/_astro/island.js', '/_astro/shared.js', '/_astro/style.js']);
  });
});

describe('inline scripts', () => {
  it('counts inline JavaScript and follows its imports, but not JSON data blocks', () => {
    const html =
      '<script type="module">import"/_astro/shared.js";go()</script><script type="application/ld+json">{"a":1}</script><script src="/x.js"></script>';
    expect(inlineScripts(html)).toEqual(['import"/_astro/shared.js";go()']);
    expect(scriptsBeforeInteraction('/index.html', html, () => '')).toEqual(['/_astro/shared.js', '/x.js']);
  });
});

describe('pageType', () => {
  // Pages are grouped by route, whatever the language.
  it.each([
    ['/index.html', '/'],
    ['/en/index.html', '/'],
    ['/tjenester/index.html', '/tjenester/'],
    ['/nn/tjenester/pressreader/index.html', '/tjenester/[…]/'],
    ['/404.html', '/404.html'],
  ])('%s is a %s page', (file, type) => {
    expect(pageType(file)).toBe(type);
  });
});

describe('checkBudgets', () => {
  const page = (over: Partial<PageFigures>): PageFigures => ({ url: '/', type: '/', htmlGz: 1000, jsGz: 1000, hasMap: false, earlyMapLibre: [], ...over });
  const ok = { maplibreGz: 300 * 1024, boundaries: [{ name: 'norge.topo.json', gz: 50 * 1024 }] };

  it('passes a site within budget', () => {
    expect(checkBudgets({ pages: [page({}), page({ hasMap: true, jsGz: 90 * 1024 })], ...ok })).toEqual([]);
  });
  it('holds pages without a map to the smaller JavaScript budget', () => {
    const v = checkBudgets({ pages: [page({ url: '/bibliotek/', jsGz: 60 * 1024 })], ...ok });
    expect(v).toEqual([{ what: 'JS before interaction on /bibliotek/', size: 60 * 1024, budget: BUDGETS.jsWithoutMap }]);
  });
  it('flags heavy HTML, a MapLibre chunk loaded early, a big chunk and big boundaries', () => {
    const v = checkBudgets({
      pages: [page({ htmlGz: 51 * 1024, earlyMapLibre: ['/_astro/maplibre-view.js'] })],
      maplibreGz: 461 * 1024,
      boundaries: [{ name: 'big.topo.json', gz: 151 * 1024 }],
    });
    expect(v.map((x) => x.what)).toEqual([
      'HTML of /',
      'MapLibre chunk /_astro/maplibre-view.js loaded before interaction on /',
      'MapLibre chunk',
      'boundaries big.topo.json',
    ]);
  });
  it('summarises each page type by its largest page', () => {
    const rows = summarise([page({ url: '/a/', type: '/x/', htmlGz: 5 }), page({ url: '/b/', type: '/x/', htmlGz: 9, hasMap: true })]);
    expect(rows).toEqual([{ type: '/x/', pages: 2, htmlGz: 9, jsGz: 1000, hasMap: true, worstUrl: '/b/' }]);
  });
});

describe('embed budget', () => {
  it('counts stylesheets, preloaded fonts and eager images, not lazy ones or module preloads', () => {
    const html =
      '<link rel="stylesheet" href="/a.css"><link rel="preload" as="font" href="/f.woff2" crossorigin><link rel="modulepreload" href="/m.js"><img src="/x.png"><img loading="lazy" src="/y.png">';
    expect(pageAssets(html)).toEqual(['/a.css', '/f.woff2', '/x.png']);
  });

  it('recognises embeds in every language and flags one over 150 KB in all', () => {
    expect(isEmbed('/embed/index.html')).toBe(true);
    expect(isEmbed('/en/embed/fylker/vestland/index.html')).toBe(true);
    expect(isEmbed('/tjenester/embed/index.html')).toBe(false);
    const page = { url: '/embed/', type: '/embed/', htmlGz: 1, jsGz: 1, hasMap: true, earlyMapLibre: [] };
    const ok = { maplibreGz: 1, boundaries: [] };
    expect(checkBudgets({ pages: [{ ...page, totalGz: 149 * 1024 }], ...ok })).toEqual([]);
    expect(checkBudgets({ pages: [{ ...page, totalGz: 151 * 1024 }], ...ok })).toHaveLength(1);
  });
});
