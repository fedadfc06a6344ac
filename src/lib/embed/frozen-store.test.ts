import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SHARED_URL } from './frozen-shared';
import { frozenFolder, isFrozenEmbedFile, SHARED, sharedClosure } from './frozen-store';

const A = 'aaaaaaaaaaaa';

describe('frozenFolder', () => {
  it('is the version folder under each language prefix, relative to dist/', () => {
    expect(frozenFolder('nb', A)).toBe(`embed/v/${A}`);
    expect(frozenFolder('nn', A)).toBe(`nn/embed/v/${A}`);
    expect(frozenFolder('en', A)).toBe(`en/embed/v/${A}`);
  });
});

describe('isFrozenEmbedFile', () => {
  it("tells the frozen embeds of every language and version (and their shared files) from the site's other pages", () => {
    const dist = join(tmpdir(), 'dist');
    for (const path of [`embed/v/${A}/tjenester/x/index.html`, `nn/embed/v/${A}/index.html`, `en/embed/v/old/index.html`, 'embed/v/_shared/x.css'])
      expect(isFrozenEmbedFile(dist, join(dist, path))).toBe(true);
    for (const path of ['embed/tjenester/x/index.html', 'en/embed/index.html', 'bibliotek/v/index.html', 'index.html'])
      expect(isFrozenEmbedFile(dist, join(dist, path))).toBe(false);
  });
});

describe('sharedClosure', () => {
  it("follows a page's stylesheet to the font files it loads, so retention keeps them", () => {
    const archive = mkdtempSync(join(tmpdir(), 'hhh-closure-'));
    const css = `${'c'.repeat(64)}.css`;
    const font = `${'f'.repeat(64)}.woff2`;
    mkdirSync(join(archive, A, 'nb'), { recursive: true });
    mkdirSync(join(archive, SHARED));
    writeFileSync(join(archive, A, 'nb', 'index.html'), `<link rel="stylesheet" href="${SHARED_URL}${css}">`);
    writeFileSync(join(archive, SHARED, css), `@font-face{src:url(${SHARED_URL}${font})}`);
    writeFileSync(join(archive, SHARED, font), 'font');
    expect([...sharedClosure(archive, A)].sort()).toEqual([css, font]);
  });
});
