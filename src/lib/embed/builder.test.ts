import { describe, expect, it } from 'vitest';
import { viewFromSearch } from '../geo/view-state';
import {
  builderTitle,
  builderSnippet,
  builderUrls,
  builderView,
  defaultHeight,
  EMBED_SANDBOX,
  embedSnippet,
  iframeAttributes,
  iframeSnippet,
  type BuilderChoice,
} from './builder';

const base: BuilderChoice = { services: [], serviceIds: {}, county: null, kind: 'all', year: null, lang: 'nb', theme: 'auto' };

describe('builderUrls', () => {
  it('gives the pre-rendered widget without a query for the defaults', () => {
    expect(builderUrls(base)).toEqual(['/embed/']);
    expect(builderUrls({ ...base, county: { n: '46', slug: 'vestland' }, lang: 'en' })).toEqual(['/en/embed/fylker/vestland/']);
  });

  it('gives one widget per service, with filters the map itself reads back', () => {
    const urls = builderUrls({
      ...base,
      services: ['pressreader', 'filmbib'],
      county: { n: '46', slug: 'vestland' },
      kind: 'school',
      year: 2025,
      theme: 'dark',
    });
    expect(urls).toHaveLength(2);
    expect(urls[0]).toMatch(/^\/embed\/tjenester\/pressreader\/\?/);
    const query = new URL(urls[0]!, 'http://x').searchParams;
    expect(query.get('theme')).toBe('dark');
    const view = viewFromSearch(
      query,
      { mode: 'service', serviceId: 'pressreader', kind: 'all', year: 2026 },
      { serviceIds: ['pressreader'], categories: [], countyNumbers: ['46'], years: [2025, 2026] },
    );
    expect(view).toMatchObject({ countyNumber: '46', kind: 'school', year: 2025, serviceId: 'pressreader' });
  });
});

describe('builderSnippet', () => {
  const origin = 'https://hvemharhva.no';

  it('gives a pre-rendered view its picture (rendered once, in bokmål), linked to the full page', () => {
    const choice = { ...base, services: ['pressreader'], lang: 'nn' as const, theme: 'dark' as const };
    const html = builderSnippet(choice, 0, origin, 'PressReader', 'Kart: PressReader', 640);
    expect(html).toContain('<a href="https://hvemharhva.no/nn/tjenester/pressreader/">');
    expect(html).toContain('<img src="https://hvemharhva.no/embed/tjenester/pressreader/kart.png" alt="Kart: PressReader"');
  });

  it('gives a filtered view a text link instead of a picture showing other figures', () => {
    const choice = { ...base, county: { n: '46', slug: 'vestland' }, kind: 'school' as const };
    const html = builderSnippet(choice, 0, origin, 'Tjenester i Vestland', 'Kart: Tjenester i Vestland', 640);
    expect(html).toMatch(/^<iframe src="https:\/\/hvemharhva\.no\/embed\/fylker\/vestland\/\?[^"]+" title="Tjenester i Vestland"/);
    expect(html.slice(html.indexOf('<noscript>'))).toBe(
      '<noscript><a href="https://hvemharhva.no/fylker/vestland/">Tjenester i Vestland</a></noscript><script src="https://hvemharhva.no/embed/resize.js" async></script>',
    );
  });
});

describe('embedSnippet', () => {
  it('puts the picture, escaped, under the frame and links it to the full page', () => {
    const html = embedSnippet({
      src: 'https://x/embed/',
      title: 'A "B"',
      width: 640,
      full: 'https://x/?a=1&b=2',
      picture: { src: 'https://x/embed/kart.png', alt: 'Kart: <A>' },
    });
    expect(html).toBe(
      `${iframeSnippet('https://x/embed/', 'A "B"', 640)}<noscript><a href="https://x/?a=1&amp;b=2"><img src="https://x/embed/kart.png" alt="Kart: &lt;A&gt;" width="1200" height="630" style="max-width:100%;height:auto"></a></noscript><script src="https://x/embed/resize.js" async></script>`,
    );
  });
  it('links the title when there is no picture', () => {
    expect(embedSnippet({ src: 'https://x/embed/', title: 'T<', width: 320, full: 'https://x/' })).toMatch(
      /<noscript><a href="https:\/\/x\/">T&lt;<\/a><\/noscript><script src="https:\/\/x\/embed\/resize\.js" async><\/script>$/,
    );
  });
});

describe('iframeSnippet', () => {
  const html = iframeSnippet('https://hvemharhva.no/embed/?a=1&b="2"', 'Tjenester <i> Norge', 640);
  const attr = (name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(html)?.[1];

  it("has a title, lazy loading, a referrer policy and numeric sizes that match oEmbed's", () => {
    expect(attr('title')).toBe('Tjenester &lt;i&gt; Norge');
    expect(attr('loading')).toBe('lazy');
    expect(attr('referrerpolicy')).toBe('strict-origin-when-cross-origin');
    expect(attr('width')).toBe('640');
    expect(attr('height')).toBe(String(defaultHeight(640)));
    expect(attr('src')).toBe('https://hvemharhva.no/embed/?a=1&amp;b=&quot;2&quot;');
  });

  it('sandboxes the frame with only what the widget needs', () => {
    expect(attr('sandbox')!.split(' ').sort()).toEqual([
      'allow-downloads',
      'allow-popups',
      'allow-popups-to-escape-sandbox',
      'allow-same-origin',
      'allow-scripts',
    ]);
    expect(EMBED_SANDBOX).not.toMatch(/allow-top-navigation|allow-forms|allow-modals/);
  });

  it('keeps the chosen width and height for every width', () => {
    for (const width of [320, 640, 900]) {
      const h = iframeSnippet('https://x/embed/', 'T', width);
      expect(h).toContain(`width="${width}" height="${defaultHeight(width)}"`);
    }
  });
});

describe('builderView', () => {
  const names = {
    services: { pressreader: 'PressReader', filmbib: 'Filmbib' },
    breadth: { '': 'Tjenester i Norge', '46': 'Tjenester i Vestland' },
    alt: 'Kart:',
  };

  it("gives the preview the snippet's own iframe, less the style the site's CSP forbids (one function, iframeSnippet)", () => {
    const choice = { ...base, services: ['pressreader', 'filmbib'], kind: 'school' as const };
    const view = builderView(choice, names, 'https://x.no', 500);
    expect(view.frames).toHaveLength(2);
    const frames = view.snippet.split('\n');
    view.frames.forEach((frame, i) => {
      const title = names.services[choice.services[i] as 'pressreader']!;
      expect(frames[i]!.startsWith(iframeSnippet(frame.src, title, 500))).toBe(true);
      expect(frame.html).toBe(iframeSnippet(frame.src, title, 500, null));
      for (const [name, value] of Object.entries(iframeAttributes(frame.src, title, 500)))
        expect(frame.html).toContain(` ${name}="${value.replace(/&/g, '&amp;')}"`);
      expect(frame.html).not.toContain('style=');
    });
    expect(view.frames[0]!.html).toContain(` sandbox="${EMBED_SANDBOX}"`);
  });

  it('titles breadth by the chosen county', () => {
    const view = builderView({ ...base, county: { n: '46', slug: 'vestland' } }, names, 'https://x.no', 640);
    expect(view.frames[0]!.html).toContain(' title="Tjenester i Vestland"');
    expect(view.snippet).toContain('title="Tjenester i Vestland"');
  });
});

describe('builderTitle', () => {
  const names = {
    services: { p: 'PressReader' },
    breadth: { '': 'Tjenester i Norge', '55': 'Tjenester i Troms' },
    alt: 'Kart:',
    counties: { '55': 'Troms' },
    kinds: { school: 'Videregående skoler' },
  };
  const choice = {
    services: ['p'],
    serviceIds: { p: 'p' },
    county: { n: '55', slug: 'troms' },
    kind: 'all' as const,
    year: 2024,
    lang: 'nb' as const,
    theme: 'auto' as const,
  };
  it('names what the widget shows: a Troms/2024 view of a service is not titled by the service alone', () => {
    expect(builderTitle(choice, names, 'PressReader', false)).toBe('PressReader (Troms, 2024)');
    expect(builderTitle({ ...choice, kind: 'school' }, names, 'PressReader', false)).toBe('PressReader (Troms, Videregående skoler, 2024)');
  });
  it("leaves the title alone for the default view, and does not repeat a county breadth's title already names", () => {
    expect(builderTitle({ ...choice, county: null, year: null }, names, 'PressReader', false)).toBe('PressReader');
    expect(builderTitle({ ...choice, services: [], year: null }, names, 'Tjenester i Troms', true)).toBe('Tjenester i Troms');
  });
});
