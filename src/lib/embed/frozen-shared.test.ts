import { describe, expect, it } from 'vitest';
import { assembleFrozenPage, LOADER_JS, placeholder, sharedName, sharedReferences, SHARED_URL, splitFrozenPage } from './frozen-shared';

const V = '0123456789ab';
const page = (version: string, date: string, figure: string) =>
  `<!DOCTYPE html><html lang="nb"><head><meta charset="utf-8"><link rel="canonical" href="https://x.no/embed/v/${version}/"><link rel="stylesheet" href="/embed/v/_shared/${'c'.repeat(64)}.css"></head>` +
  `<body class="embed-body"><main data-embed data-frozen><p data-embed-summary>${figure} av 357 kommuner</p><p class="map-source">Kilde: Bibliotek24 (data hentet ${date}).</p>` +
  `<p>Datasettversjon ${version} · <a href="/embed/v/${version}/data.csv">CSV</a></p></main><script>document.querySelector('main').dataset.ran = '1';</script></body></html>`;

function roundTrip(html: string, volatile: string[]) {
  const split = splitFrozenPage(html, { volatile, unavailable: 'Trenger JavaScript' });
  const bodyName = sharedName(split.body, 'html');
  const shell = split.shell(SHARED_URL + bodyName, SHARED_URL + sharedName(LOADER_JS, 'js'));
  return { split, bodyName, shell, assembled: assembleFrozenPage(shell, (name) => (name === bodyName ? split.body : undefined)) };
}

describe('splitFrozenPage and assembleFrozenPage', () => {
  it('assemble the page that was split, byte for byte', () => {
    const html = page(V, '1. desember 2026', '58');
    const { assembled, shell } = roundTrip(html, [V, '1. desember 2026']);
    expect(assembled).toBe(html);
    // The shell keeps the head (canonical, stylesheet) and nothing of the body.
    expect(shell).toContain(`<link rel="canonical" href="https://x.no/embed/v/${V}/">`);
    expect(shell).not.toContain('av 357 kommuner');
    expect(shell).toContain('<noscript><p>Trenger JavaScript</p></noscript>');
  });

  it('give two versions with the same figures but another version and date the same body, and other figures another body', () => {
    const a = roundTrip(page(V, '1. desember 2026', '58'), [V, '1. desember 2026']);
    const b = roundTrip(page('ba9876543210', '2. desember 2026', '58'), ['ba9876543210', '2. desember 2026']);
    const c = roundTrip(page('cccccccccccc', '2. desember 2026', '59'), ['cccccccccccc', '2. desember 2026']);
    expect(b.bodyName).toBe(a.bodyName);
    expect(c.bodyName).not.toBe(a.bodyName);
    expect(b.assembled).toContain('Datasettversjon ba9876543210');
    expect(b.assembled).toContain('data hentet 2. desember 2026');
    expect(a.split.body).toContain(placeholder(0));
  });

  it('refuses a page without a single body, one that already has a placeholder, and a volatile string that needs escaping', () => {
    expect(() => splitFrozenPage('<html><head></head></html>', { volatile: [V], unavailable: 'x', page: 'p.html' })).toThrow(/p\.html has no single <body>/);
    expect(() => splitFrozenPage(`<body>${placeholder(3)}</body>`, { volatile: [V], unavailable: 'x' })).toThrow(/placeholder/);
    expect(() => splitFrozenPage('<body>a & b</body>', { volatile: ['a & b'], unavailable: 'x' })).toThrow(/escaping/);
  });

  it('escapes the values and the notice where they land in the shell', () => {
    const split = splitFrozenPage('<html><head></head><body>x</body></html>', { volatile: [V], unavailable: '<b>"no"</b>' });
    const shell = split.shell('/embed/v/_shared/a.html', '/embed/v/_shared/b.js');
    expect(shell).toContain('data-values="[&quot;0123456789ab&quot;]"');
    expect(shell).toContain('<noscript><p>&lt;b&gt;&quot;no&quot;&lt;/b&gt;</p></noscript>');
  });

  it('leave an older, self-contained frozen page alone, and fail when the shared body is missing', () => {
    const old = page(V, '1. desember 2026', '58');
    expect(assembleFrozenPage(old, () => undefined)).toBe(old);
    const { shell } = roundTrip(old, [V]);
    expect(() => assembleFrozenPage(shell, () => undefined)).toThrow(/shared body .* is missing/);
  });
});

describe('sharedReferences', () => {
  it('lists each shared file a text refers to once', () => {
    const a = `${'a'.repeat(64)}.css`;
    const b = `${'b'.repeat(64)}.png`;
    expect(sharedReferences(`<link href="/embed/v/_shared/${a}"><img src="https://x.no/embed/v/_shared/${b}"> /embed/v/_shared/${a}`)).toEqual([a, b]);
  });

  it('reads a font (.woff2: a digit in the extension) from a stylesheet whole', () => {
    const font = `${'f'.repeat(64)}.woff2`;
    expect(sharedReferences(`@font-face{src:url(/embed/v/_shared/${font}) format('woff2')}`)).toEqual([font]);
  });
});
