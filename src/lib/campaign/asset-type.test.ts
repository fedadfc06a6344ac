import sharp from 'sharp';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { checkAsset, MAX_SVG_BYTES } from './asset-type';
import { demoSvg } from './demo-material';
import { hostileSvg } from './hostile-svg';

const enc = (text: string) => new TextEncoder().encode(text);
const dec = (bytes: Uint8Array) => new TextDecoder().decode(bytes);
const raster = (format: 'png' | 'jpeg' | 'webp' | 'avif' | 'tiff') =>
  sharp({ create: { width: 40, height: 30, channels: 3, background: '#0b3d91' } })
    [format]()
    .toBuffer();

describe('checkAsset: the type comes from the bytes', () => {
  it.each([
    ['png', 'png'],
    ['jpeg', 'jpeg'],
    ['webp', 'webp'],
    ['avif', 'avif'],
    ['tiff', 'tiff'],
  ] as const)('accepts %s unchanged', async (format, type) => {
    const bytes = await raster(format);
    const check = await checkAsset(bytes);
    expect(check).toMatchObject({ ok: true, type });
    if (check.ok) expect(Buffer.from(check.bytes).equals(bytes)).toBe(true);
  });

  it.each([
    ['HTML', '<!doctype html><html><body><script>alert(document.domain)</script></body></html>', /HTML/],
    ['an HTML fragment', '<script>alert(1)</script><img src=x onerror=alert(1)>', /HTML|not well-formed/],
    ['XHTML', '<html xmlns="http://www.w3.org/1999/xhtml"><body onload="alert(1)"/></html>', /HTML/],
    ['JavaScript', 'alert(document.cookie);\n', /not an image/],
    ['XML that is not SVG', '<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"/>', /root element is <feed>, not SVG/],
    ['SVG in the wrong namespace', '<svg><script>alert(1)</script></svg>', /not SVG/],
    [
      'an SVG with entities',
      '<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;">]><svg xmlns="http://www.w3.org/2000/svg"><text>&b;</text></svg>',
      /DOCTYPE or entities/,
    ],
    [
      'an SVG with an external entity',
      '<!DOCTYPE svg [<!ENTITY x SYSTEM "file:///etc/passwd">]><svg xmlns="http://www.w3.org/2000/svg"><text>&x;</text></svg>',
      /DOCTYPE or entities/,
    ],
    ['a PDF', '%PDF-1.7\n1 0 obj << /OpenAction << /S /JavaScript /JS (app.alert(1)) >> >> endobj\n%%EOF\n', /PDF/],
    ['a zip', 'PK\u0003\u0004\u0014\u0000\u0000\u0000\u0008\u0000', /zip/],
    ['an empty file', '', /empty/],
  ])('refuses %s', async (_name, content, reason) => {
    const check = await checkAsset(enc(content));
    expect(check.ok).toBe(false);
    if (!check.ok) expect(check.reason).toMatch(reason);
  });

  it('refuses bytes that are no known type and not UTF-8 text', async () => {
    const check = await checkAsset(new Uint8Array([0x00, 0xff, 0xfe, 0x80, 0x81, 0x82, 0x83, 0x84]));
    expect(check).toMatchObject({ ok: false, reason: expect.stringMatching(/unknown type/) });
  });

  it('refuses a file over the size limit before reading it as anything', async () => {
    expect(await checkAsset(await raster('png'), 100)).toMatchObject({ ok: false, reason: expect.stringMatching(/more than the limit/) });
    const huge = enc(`<svg xmlns="http://www.w3.org/2000/svg"><desc>${'a'.repeat(MAX_SVG_BYTES)}</desc></svg>`);
    expect(await checkAsset(huge)).toMatchObject({ ok: false, reason: expect.stringMatching(/limit of 5\.0 MB for SVG/) });
  });
});

describe('checkAsset: SVG is sanitised', () => {
  const hostile = hostileSvg((vector) => `fetch('/__pwned__/${vector}')`);

  it('keeps the drawing and removes every script, handler, foreignObject and external reference', async () => {
    const check = await checkAsset(enc(hostile));
    expect(check.ok).toBe(true);
    if (!check.ok) return;
    const out = dec(check.bytes);
    // (A removed element's text may stay as plain text: it is not active.)
    expect(out).not.toMatch(
      /evil\.example|javascript:|<script|<foreignObject|<iframe|<embed|<handler|<set|<animate|@import|\bon[a-z]+=|xml-stylesheet|\\75|data:image\/svg/i,
    );
    // What a poster needs survives: shapes, text, gradients and references inside the file.
    expect(out).toContain('EKSEMPEL');
    expect(out).toContain('fill="url(#g)"');
    expect(out).toMatch(/<use[^>]+href="#ok"/);
    expect(out).toMatch(/<linearGradient id="g"/);
    // Still an SVG document a browser and sharp can read.
    const dom = new JSDOM(out, { contentType: 'image/svg+xml' });
    expect(dom.window.document.documentElement.localName).toBe('svg');
    expect(await sharp(check.bytes).metadata()).toMatchObject({ format: 'svg', width: 400, height: 300 });
    expect(check.removed.length).toBeGreaterThan(10);
  });

  it('checks every attribute and element of the output against the rules, not a list of known payloads', async () => {
    const check = await checkAsset(enc(hostile));
    if (!check.ok) throw new Error(check.reason);
    const document = new JSDOM(dec(check.bytes), { contentType: 'image/svg+xml' }).window.document;
    for (const element of document.querySelectorAll('*')) {
      expect(['script', 'foreignobject', 'iframe', 'embed', 'object', 'handler', 'set', 'animate']).not.toContain(element.localName.toLowerCase());
      for (const attribute of element.attributes) {
        expect(attribute.localName, `${element.localName} ${attribute.name}`).not.toMatch(/^on/i);
        if (attribute.localName === 'href') expect(attribute.value).toMatch(/^(#|data:image\/(png|jpeg|gif|webp|avif);base64,)/);
        for (const [, url] of attribute.value.matchAll(/url\(\s*['"]?([^'")]*)/g)) expect(url).toMatch(/^#/);
      }
    }
  });

  it('publishes a clean SVG (the demo posters) with its drawing intact', async () => {
    const svg = demoSvg('PressReader', 'poster-a4', 'nb', 0);
    const check = await checkAsset(enc(svg));
    expect(check).toMatchObject({ ok: true, type: 'svg', removed: [] });
    if (check.ok) expect(await sharp(check.bytes).metadata()).toMatchObject({ width: 1240, height: 1754 });
  });

  it('accepts a plain public DOCTYPE (as Illustrator writes it) and drops it', async () => {
    const svg =
      '<?xml version="1.0"?><!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd"><svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect width="10" height="10"/></svg>';
    const check = await checkAsset(enc(svg));
    expect(check.ok).toBe(true);
    if (check.ok) expect(dec(check.bytes)).not.toMatch(/DOCTYPE/);
  });
});
