import { describe, expect, it } from 'vitest';
import { brokenLinks, checksLinksOf, fileFor, frozenEmbedVersion, pageLinks, resolveUrl, srcsetUrls } from './links';

describe('pageLinks', () => {
  it('finds href, src, srcset and ids, decodes entities, and skips scripts and comments', () => {
    const html = `<a href="/a/?x=1&amp;y=2#s">a</a><img src='b.png' srcset="c.png 1x, d.png 2x" alt="">
      <!-- <a href="/commented/"> --><script>const s = '<a href="/in-script/">'</script>
      <h2 id="s">S</h2><a name="old">x</a><use xlink:href="#icon"/><a href=/bare/>b</a>`;
    const { urls, ids } = pageLinks(html);
    expect(urls).toEqual(['/a/?x=1&y=2#s', 'b.png', 'c.png', 'd.png', '#icon', '/bare/']);
    expect([...ids]).toEqual(['s', 'old']);
  });

  it('splits srcsets with widths', () => {
    expect(srcsetUrls('/_astro/a.webp 400w, /_astro/b.webp 800w')).toEqual(['/_astro/a.webp', '/_astro/b.webp']);
  });
});

describe('resolveUrl', () => {
  it('resolves relative to the page, drops the query, keeps the fragment, and ignores other sites and schemes', () => {
    expect(resolveUrl('en/om/index.html', '../data/?q=1#x')).toEqual({ path: '/en/data/', fragment: 'x' });
    expect(resolveUrl('en/om/index.html', '#top')).toEqual({ path: '/en/om/', fragment: 'top' });
    expect(resolveUrl('index.html', '/tjenester/b%C3%B8ker/')).toEqual({ path: '/tjenester/bøker/', fragment: '' });
    for (const external of ['https://example.org/', '//cdn.example/x.js', 'mailto:a@b.no', 'tel:123', 'data:image/png;base64,x', 'javascript:void 0']) {
      expect(resolveUrl('index.html', external)).toBeNull();
    }
  });
});

describe('fileFor', () => {
  const files = new Set(['index.html', 'om/index.html', 'data/x.csv']);
  const exists = (f: string) => files.has(f);
  it('serves folders by their index.html, with or without the slash, and files as they are', () => {
    expect(fileFor('/', exists)).toBe('index.html');
    expect(fileFor('/om/', exists)).toBe('om/index.html');
    expect(fileFor('/om', exists)).toBe('om/index.html');
    expect(fileFor('/data/x.csv', exists)).toBe('data/x.csv');
    expect(fileFor('/data/y.csv', exists)).toBeUndefined();
    expect(fileFor('/data/', exists)).toBeUndefined();
  });
});

describe('brokenLinks', () => {
  const site: Record<string, string> = {
    'index.html':
      '<a href="/om/#kontakt">ok</a><a href="/om/#borte">bad id</a><a href="/mangler/">missing</a><a href="#main">same page</a><main id="main"></main><a href="https://x.no/">ext</a><img src="/logo.svg" alt="">',
    'om/index.html': '<h2 id="kontakt">K</h2><a href="../">home</a><a href="#nowhere">bad</a><a href="#">top</a>',
  };
  const files = new Set([...Object.keys(site), 'logo.svg']);
  it('lists missing files and missing fragment targets, and nothing else', () => {
    const broken = brokenLinks(
      Object.keys(site),
      (f) => pageLinks(site[f]!),
      (f) => files.has(f),
    );
    expect(broken).toEqual([
      { from: 'index.html', url: '/om/#borte', reason: 'no element with id "borte"' },
      { from: 'index.html', url: '/mangler/', reason: 'no such file' },
      { from: 'om/index.html', url: '#nowhere', reason: 'no element with id "nowhere"' },
    ]);
  });
});

describe('older frozen embeds', () => {
  const current = '0123456789ab';
  const old = 'aaaaaaaaaaaa';
  it('finds the version of a frozen embed file in any language, and nothing elsewhere', () => {
    expect(frozenEmbedVersion(`embed/v/${old}/index.html`)).toBe(old);
    expect(frozenEmbedVersion(`nn/embed/v/${old}/tjenester/x/index.html`)).toBe(old);
    expect(frozenEmbedVersion(`en/embed/v/${old}/fylker/agder/index.html`)).toBe(old);
    for (const file of [
      'embed/index.html',
      'embed/tjenester/x/index.html',
      'tjenester/v/aaaaaaaaaaaa/index.html',
      'embed/v/short/index.html',
      `de/embed/v/${old}/index.html`,
    ]) {
      expect(frozenEmbedVersion(file), file).toBeUndefined();
    }
  });

  it('are not checked themselves (their pages may have gone), but links into them are', () => {
    const site: Record<string, string> = {
      'embed/index.html': `<a href="/embed/v/${current}/">frozen</a><a href="/embed/v/${old}/">older</a><a href="/embed/v/${old}/borte/">gone</a>`,
      [`embed/v/${current}/index.html`]: '<a href="/kommuner/0301/">Oslo</a><a href="/kommuner/9999/">new but missing</a>',
      [`nn/embed/v/${old}/index.html`]: '<a href="/kommuner/1234/">a municipality merged away since</a>',
      [`embed/v/${old}/index.html`]: '<a href="/kommuner/1234/">a municipality merged away since</a>',
      'kommuner/0301/index.html': '',
    };
    const files = new Set(Object.keys(site));
    const checked = Object.keys(site).filter((f) => checksLinksOf(f, current));
    expect(checked).toEqual(['embed/index.html', `embed/v/${current}/index.html`, 'kommuner/0301/index.html']);
    expect(
      brokenLinks(
        checked,
        (f) => pageLinks(site[f]!),
        (f) => files.has(f),
      ),
    ).toEqual([
      { from: 'embed/index.html', url: `/embed/v/${old}/borte/`, reason: 'no such file' },
      { from: `embed/v/${current}/index.html`, url: '/kommuner/9999/', reason: 'no such file' },
    ]);
  });
});
