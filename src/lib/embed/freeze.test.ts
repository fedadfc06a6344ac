import { describe, expect, it } from 'vitest';
import { freezeHtml } from './freeze';

const CSS = '.embed{padding:.75rem}';
const assets: Record<string, string> = { '/_astro/global.abc123.css': CSS, '/_astro/print.def.css': '@media print{a{color:#000}}' };
const read = (path: string) => assets[path];

// The shape Astro writes: canonical and oEmbed links, a stylesheet, the island's module script.
const PAGE = `<!DOCTYPE html><html lang="nb"><head><meta charset="utf-8">
<link rel="canonical" href="https://example.no/embed/v/0123456789ab/">
<link rel="alternate" type="application/json+oembed" href="/embed/v/0123456789ab/oembed.json">
<link rel="stylesheet" href="/_astro/global.abc123.css">
<script type="module" src="/_astro/NorwayMap.astro_astro_type_script_index_0_lang.CGOm7ETT.js"></script></head>
<body><main data-embed data-frozen><a href="/tjenester/x/">x</a></main><script>var inline = 1;</script></body></html>`;

describe('freezeHtml', () => {
  it('inlines the stylesheet, drops the module script, and keeps everything else as it was', () => {
    const frozen = freezeHtml(PAGE, read);
    expect(frozen).not.toContain('/_astro/');
    expect(frozen).toContain(`<style>${CSS}</style>`);
    expect(frozen).not.toMatch(/<script type="module"/);
    expect(frozen).toContain('<link rel="canonical" href="https://example.no/embed/v/0123456789ab/">');
    expect(frozen).toContain('<link rel="alternate" type="application/json+oembed" href="/embed/v/0123456789ab/oembed.json">');
    expect(frozen).toContain('<script>var inline = 1;</script>');
    // The stylesheet stays where it was, so the cascade order is unchanged.
    expect(frozen.indexOf('<style>')).toBeLessThan(frozen.indexOf('</head>'));
    expect(
      frozen
        .replace(`<style>${CSS}</style>`, '<link rel="stylesheet" href="/_astro/global.abc123.css">')
        .replace('</head>', '<script type="module" src="/_astro/NorwayMap.astro_astro_type_script_index_0_lang.CGOm7ETT.js"></script></head>'),
    ).toBe(PAGE);
  });

  it('handles attribute order, single quotes, a media attribute and module preloads', () => {
    const html = `<head><link href='/_astro/print.def.css' media="print" rel=stylesheet><link rel="modulepreload" href="/_astro/chunk.js"><script src="/_astro/a.js" type="module"></script></head>`;
    expect(freezeHtml(html, read)).toBe('<head><style media="print">@media print{a{color:#000}}</style></head>');
  });

  it('leaves a page without /_astro/ references unchanged (freezing twice changes nothing)', () => {
    const once = freezeHtml(PAGE, read);
    expect(freezeHtml(once, () => undefined)).toBe(once);
    const plain = '<html><head><link rel="stylesheet" href="/favicon.css"></head></html>';
    expect(freezeHtml(plain, read)).toBe(plain);
  });

  it('throws naming the page and the stylesheet when the stylesheet is missing', () => {
    expect(() => freezeHtml(PAGE, () => undefined, 'embed/v/0123456789ab/index.html')).toThrow(
      /embed\/v\/0123456789ab\/index\.html.*\/_astro\/global\.abc123\.css/,
    );
  });

  it('throws when anything else still points under /_astro/, such as a font in the CSS', () => {
    const withFont = (path: string) => (path === '/_astro/global.abc123.css' ? '@font-face{src:url(/_astro/font.woff2)}' : undefined);
    expect(() => freezeHtml(PAGE, withFont, 'x.html')).toThrow(/x\.html still refers to \/_astro\/.*font\.woff2/);
    expect(() => freezeHtml('<img src="/_astro/logo.png" alt="">', read, 'y.html')).toThrow(/y\.html/);
  });

  it('refuses CSS that would close the style element early', () => {
    expect(() => freezeHtml(PAGE, () => 'a::after{content:"</style>"}', 'z.html')).toThrow(/<\/style/);
  });

  it('links an immutable copy instead of inlining when given shareCss, keeping the media attribute and the position', () => {
    const shared: string[] = [];
    const share = (css: string) => {
      shared.push(css);
      return `/embed/v/_shared/${shared.length}.css`;
    };
    const html = `<head><link rel="stylesheet" href="/_astro/global.abc123.css"><link href='/_astro/print.def.css' media="print" rel=stylesheet></head>`;
    expect(freezeHtml(html, read, 'p.html', share)).toBe(
      '<head><link rel="stylesheet" href="/embed/v/_shared/1.css"><link rel="stylesheet" href="/embed/v/_shared/2.css" media="print"></head>',
    );
    expect(shared).toEqual([CSS, '@media print{a{color:#000}}']);
  });

  it("points the CSS's font and its preload at immutable copies when given shareFile, so nothing is left under /_astro/", () => {
    const font = (path: string) => (path === '/_astro/global.abc123.css' ? "@font-face{src:url(/_astro/inter.x1.woff2) format('woff2')}" : undefined);
    const html = `<head><link rel="preload" href="/_astro/inter.x1.woff2" as="font" crossorigin><link rel="stylesheet" href="/_astro/global.abc123.css"></head>`;
    const files: string[] = [];
    const shareFile = (path: string) => {
      files.push(path);
      return `/embed/v/_shared/${path.slice('/_astro/'.length)}`;
    };
    expect(freezeHtml(html, font, 'f.html', undefined, shareFile)).toBe(
      `<head><link rel="preload" href="/embed/v/_shared/inter.x1.woff2" as="font" crossorigin><style>@font-face{src:url(/embed/v/_shared/inter.x1.woff2) format('woff2')}</style></head>`,
    );
    expect(files).toEqual(['/_astro/inter.x1.woff2', '/_astro/inter.x1.woff2']);
  });
});
