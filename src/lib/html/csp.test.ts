import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyCspToDist, cspHash, headerPolicies, headersFile, HEADER_POLICY, inlineHashes, pagePolicy, urlPathOf, withCsp } from './csp';
import { packBody, SHARED_URL, splitFrozenPage } from '../embed/frozen-shared';

const page = (head: string, body: string) => `<!doctype html><html lang="nb"><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`;
const sha = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

describe('inlineHashes', () => {
  it('hashes inline scripts and styles exactly as written, and skips scripts with src', () => {
    const code = "(function(){ var a = '>'; })();";
    const html = page(
      '<style>a{color:red}</style><script type="module" src="/_astro/x.js"></script>',
      `<script data-x="a>b">${code}</script><script type="module">import "/y.js";</script>`,
    );
    const { scripts, styles } = inlineHashes(html);
    expect(scripts).toEqual([sha(code), sha('import "/y.js";')]);
    expect(styles).toEqual([sha('a{color:red}')]);
  });
  it('reads the page as a browser does: no script in a comment, upper-case tags, "</script>" only ends at the real end tag', () => {
    const html = page('<!-- <script>old()</script> --><STYLE>b{}</STYLE>', '<script>var s = "<\\/script>"; if (a<b) {}</script>');
    expect(inlineHashes(html)).toEqual({ scripts: [sha('var s = "<\\/script>"; if (a<b) {}')], styles: [sha('b{}')] });
  });
  it('lists a repeated script once', () => {
    expect(inlineHashes(page('', '<script>x()</script><script>x()</script>')).scripts).toEqual([cspHash('x()')]);
  });
});

describe('pagePolicy', () => {
  const policy = pagePolicy(page('<style>p{}</style>', '<script>go()</script>'));
  const directive = (name: string) => policy.split('; ').find((d) => d.startsWith(`${name} `));
  it('allows scripts and styles from the site and by hash only', () => {
    expect(directive('script-src')).toBe(`script-src 'self' ${sha('go()')}`);
    expect(directive('style-src')).toBe(`style-src 'self' ${sha('p{}')}`);
    expect(policy).not.toContain('unsafe-inline');
    expect(policy).not.toContain('unsafe-eval');
  });
  it('forbids plugins and other bases, and leaves frame-ancestors to the header (a <meta> cannot carry it)', () => {
    expect(directive('object-src')).toBe("object-src 'none'");
    expect(directive('base-uri')).toBe("base-uri 'self'");
    expect(policy).not.toContain('frame-ancestors');
  });
  it('lets the map reach a basemap host when one is configured', () => {
    const withMap = pagePolicy(page('', ''), { mapStyleUrl: 'https://tiles.example.org/style.json?key=1' });
    expect(withMap).toContain("connect-src 'self' https://tiles.example.org");
    expect(pagePolicy(page('', ''), { mapStyleUrl: 'javascript:alert(1)' })).not.toContain('javascript');
  });
});

describe('withCsp', () => {
  it('puts the policy first in <head>, after the charset, and replaces an older one', () => {
    const once = withCsp(page('<title>T</title>', '<script>a()</script>'));
    expect(once).toMatch(/^<!doctype html><html lang="nb"><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="[^"]+"><title>/);
    const changed = withCsp(once.replace('a()', 'b()'));
    expect(changed.match(/Content-Security-Policy/g)).toHaveLength(1);
    expect(changed).toContain(sha('b()'));
    expect(changed).not.toContain(sha('a()'));
    expect(withCsp(once)).toBe(once);
  });
  it("replaces an older policy whatever its attributes' order or case", () => {
    const old = page('<meta content="default-src *" http-equiv="content-security-policy">\n<title>T</title>', '');
    const result = withCsp(old);
    expect(result.match(/Content-Security-Policy/gi)).toHaveLength(1);
    expect(result).not.toContain('default-src *');
  });
  it('refuses a page without a head', () => {
    expect(() => withCsp('<p>x</p>')).toThrow(/no <head>/);
  });
});

describe('headersFile', () => {
  const dist = mkdtempSync(join(tmpdir(), 'hhh-csp-'));
  for (const dir of ['tjenester/x', 'embed/tjenester/x', 'embed/v/0123/fylker', 'nn/om', 'nn/embed', 'en/embed/fylker', 'en/data', '_astro'])
    mkdirSync(join(dist, dir), { recursive: true });
  for (const file of ['index.html', '404.html', 'robots.txt']) writeFileSync(join(dist, file), '');
  const headers = headersFile(dist);

  it('gives every page exactly one policy: framing open for embeds, the site itself elsewhere', () => {
    for (const path of ['/', '/404.html', '/tjenester/x/', '/nn/', '/nn/om/', '/en/', '/en/data/'])
      expect(headerPolicies(headers, path), path).toEqual([HEADER_POLICY.site]);
    for (const path of ['/embed/', '/embed/tjenester/x/', '/embed/v/0123/fylker/', '/nn/embed/', '/en/embed/fylker/'])
      expect(headerPolicies(headers, path), path).toEqual([HEADER_POLICY.embed]);
  });
  it('sets no-sniff and the referrer policy everywhere', () => {
    expect(headers).toMatch(/^\/\*\n {2}X-Content-Type-Options: nosniff\n {2}Referrer-Policy: strict-origin-when-cross-origin$/m);
  });
  it('maps a built file to its URL path', () => {
    expect(urlPathOf(dist, join(dist, 'nn', 'om', 'index.html'))).toBe('/nn/om/');
    expect(urlPathOf(dist, join(dist, '404.html'))).toBe('/404.html');
  });
});

describe('applyCspToDist on a frozen embed in the shared format', () => {
  it('allows the inline scripts and styles of the body the shell inserts, which the shell itself does not contain', () => {
    const dist = mkdtempSync(join(tmpdir(), 'hhh-csp-'));
    const full =
      '<!doctype html><html><head><meta charset="utf-8"><title>T</title></head><body><style>p{color:red}</style><p>v1</p><script>started()</script></body></html>';
    const split = splitFrozenPage(full, { volatile: ['v1'], unavailable: 'Unavailable' });
    const body = packBody(split.body);
    mkdirSync(join(dist, 'embed', 'v', '_shared'), { recursive: true });
    writeFileSync(join(dist, 'embed', 'v', '_shared', body.name), body.bytes);
    mkdirSync(join(dist, 'embed', 'v', 'abc'), { recursive: true });
    const shellFile = join(dist, 'embed', 'v', 'abc', 'index.html');
    writeFileSync(shellFile, split.shell(`${SHARED_URL}${body.name}`, `${SHARED_URL}loader.js`));
    applyCspToDist(dist);
    const policy = /content="([^"]*)"/.exec(readFileSync(shellFile, 'utf8'))![1]!;
    expect(policy).toContain(cspHash('started()'));
    expect(policy).toContain(cspHash('p{color:red}'));
    rmSync(dist, { recursive: true, force: true });
  });
});
