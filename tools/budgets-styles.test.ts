import { describe, expect, it } from 'vitest';
import { KB } from './budgets';
import { checkStyleBudgets, fontUrls, inlineStyles, pageStylesheets, STYLE_BUDGETS } from './budgets-styles';

describe('a page’s render-blocking CSS', () => {
  it('finds linked stylesheets but not print-only, disabled or other links', () => {
    const html = `<html><head>
      <link rel="stylesheet" href="/_astro/Layout.abc.css">
      <link rel="preload stylesheet" href="../_astro/page.css">
      <link rel="stylesheet" href="/print.css" media="print">
      <link rel="stylesheet" href="/off.css" disabled>
      <link rel="icon" href="/favicon.svg">
      <style>.a{color:red}</style><style>  </style></head><body></body></html>`;
    expect(pageStylesheets(html)).toEqual(['/_astro/Layout.abc.css', '../_astro/page.css']);
    expect(inlineStyles(html)).toEqual(['.a{color:red}']);
  });
});

describe('fonts a stylesheet can load', () => {
  it('resolves every @font-face url against the stylesheet, skipping data: URLs and urls outside @font-face', () => {
    const css = `@font-face{font-family:"Inter Variable";src:url(/_astro/inter-latin.woff2) format("woff2-variations")}
      @font-face{font-family:X;src:url('./x.woff2'),url("data:font/woff2;base64,AAA")}
      .alert{--icon:url("data:image/svg+xml,abc")}.b{background:url(/img.png)}`;
    expect(fontUrls('/_astro/Layout.css', css)).toEqual(['/_astro/inter-latin.woff2', '/_astro/x.woff2']);
  });
});

describe('checkStyleBudgets', () => {
  it('passes CSS and fonts within budget', () => {
    expect(checkStyleBudgets({ cssGz: 30 * KB, cssUrl: '/', fonts: [{ url: '/a.woff2', bytes: 48 * KB }] })).toEqual([]);
  });
  it('flags heavy CSS, a heavy font file and too many fonts together', () => {
    const over = checkStyleBudgets({
      cssGz: STYLE_BUDGETS.css + 1,
      cssUrl: '/tjenester/',
      fonts: [
        { url: '/a.woff2', bytes: STYLE_BUDGETS.fontFile + 1 },
        { url: '/b.woff2', bytes: 60 * KB },
      ],
    });
    expect(over.map((v) => v.what)).toEqual(['CSS before first paint on /tjenester/', 'font /a.woff2', 'all font files (2)']);
  });
});
