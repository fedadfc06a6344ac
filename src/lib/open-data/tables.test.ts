import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import type { Dataset } from '../dataset/schema';
import { atomFeed, changeDates, type FeedOptions, feedPath } from '../feeds/national';
import type { YearChanges } from '../figures/stats';
import { OPEN_TABLES, toCsv } from './tables';
import { publicLibrary, subscriptions, testDataset, testService } from '../dataset/test-data';

const dataset = testDataset({
  pulledAt: '2026-11-25T00:00:00.000Z',
  libraries: [
    publicLibrary('0301', { name: '<b>Oslo</b> "bibliotek", sentrum', slug: 'oslo', servesMunicipalities: ['0301', '0302'], inhabitantsServed: 700000 }),
  ],
  vendors: [{ id: 'v', slug: 'v', name: 'Vendor & Co' }],
  services: [
    testService('news', {
      name: 'News',
      category: 'news-magazines',
      url: 'https://a.no/',
      access: { nb: 'a', nn: 'b', en: 'c' },
      description: { nb: 'a', nn: 'b', en: 'c' },
    }),
  ],
  years: [2025, 2026],
  subscriptions: subscriptions([['fb-0301', 'news', 2026]]),
});
const table = (name: string) => OPEN_TABLES.find((t) => t.name === name)!;

describe('open-data CSV', () => {
  it('round-trips names with quotes, commas and markup unchanged', () => {
    const rows = parse(toCsv(table('libraries').rows(dataset)), { columns: true }) as Record<string, string>[];
    expect(rows[0]!.name).toBe('<b>Oslo</b> "bibliotek", sentrum');
    expect(rows[0]!.servesMunicipalities).toBe('0301 0302');
    expect(rows[0]!.lat).toBe('');
  });
  it('writes no cell a spreadsheet would run as a formula, in any table, and keeps numbers numbers', () => {
    const hostile = ['=HYPERLINK("https://evil.example","x")', '@SUM(1+1)', '+47 22', '-1', '\t=1', '\r=1', ' =1'];
    const evil: Dataset = {
      ...dataset,
      libraries: hostile.map((name, i) => ({
        ...dataset.libraries[0]!,
        id: `fb-${i}`,
        name,
        slug: `s${i}`,
        inhabitantsServed: -3,
        position: { lat: -0.5, lon: 10 },
      })),
      vendors: [{ id: 'v', slug: 'v', name: '=1+1' }],
      services: [{ ...dataset.services[0]!, name: '@cmd', url: '=HYPERLINK("x")', description: { nb: '-2+3', nn: '+a', en: '\t=b' } }],
    };
    for (const t of OPEN_TABLES) {
      const rows = parse(toCsv(t.rows(evil)), { columns: true }) as Record<string, string>[];
      for (const row of rows)
        for (const cell of Object.values(row)) expect(cell, `${t.name}: ${cell}`).not.toMatch(/^[\t\r\n]|^\s*[=+@]|^\s*-(?!\d+(\.\d+)?$)/);
    }
    const libraries = parse(toCsv(table('libraries').rows(evil)), { columns: true }) as Record<string, string>[];
    expect(libraries.map((r) => r.name)).toEqual(hostile.map((name) => `'${name}`));
    expect([libraries[0]!.inhabitantsServed, libraries[0]!.lat]).toEqual(['-3', '-0.5']);
  });
  it('describes every column it writes', () => {
    for (const t of OPEN_TABLES) {
      const described = t.fields.flatMap((f) => f.name.split(', '));
      expect(Object.keys(t.rows(dataset)[0]!).sort()).toEqual(described.sort());
    }
  });
});

describe('atomFeed', () => {
  // One added subscription, written by a bokmål feed unless a test says otherwise.
  const oneAdded: YearChanges[] = [{ year: 2026, previousYear: 2025, added: [{ libraryId: 'fb-0301', serviceId: 'news' }], cancelled: [] }];
  const options: FeedOptions = {
    site: 'https://example.no/',
    lang: 'nb',
    title: 'T & U',
    added: (l, s, y) => `${l} har ${s} fra ${y}`,
    cancelled: (l, s) => `${l} mistet ${s}`,
  };
  const feed = atomFeed(dataset, oneAdded, options);
  it('has one entry per change, linking the library', () => {
    expect(feed.match(/<entry>/g)).toHaveLength(1);
    expect(feed).toContain('<link href="https://example.no/bibliotek/oslo/"/>');
  });
  it('dates a change older than the pull record by the pull, never by 1 January', () => {
    expect(feed).not.toContain('-01-01T00:00:00Z</updated>');
    expect(feed).toContain(`<updated>${dataset.source.pulledAt.slice(0, 10)}T00:00:00Z</updated>`);
    const recorded = { ...dataset, changes: [{ date: '2026-02-02', libraryId: 'fb-0301', serviceId: 'other', year: 2026, change: 'cancelled' as const }] };
    // The earliest recorded pull had already seen it.
    expect(changeDates(recorded)(2026, 'added', 'fb-0301', 'news')).toBe('2026-02-02');
  });
  it('has the language and host-independent tag: ids', () => {
    expect(feed).toMatch(/^<\?xml[^>]*>\n<feed xmlns="http:\/\/www\.w3\.org\/2005\/Atom" xml:lang="nb">/);
    expect(feed).toContain('<id>tag:hvemharhva.no,2024:nb/change/2026/fb-0301/news/added</id>');
    const moved = atomFeed(dataset, oneAdded, { ...options, site: 'https://elsewhere.example/' });
    const ids = (xml: string) => [...xml.matchAll(/<id>([^<]+)<\/id>/g)].map((m) => m[1]);
    expect(ids(moved)).toEqual(ids(feed));
  });
  it('writes a feed per language, linking pages of that language', () => {
    const en = atomFeed(dataset, oneAdded, { ...options, lang: 'en', added: (l, s, y) => `${l} has ${s} from ${y}` });
    expect(en).toContain('xml:lang="en"');
    expect(en).toContain('<link href="https://example.no/en/bibliotek/oslo/"/>');
    expect(en).toContain('<link rel="self" type="application/atom+xml" href="https://example.no/en/endringer/feed.xml"/>');
    expect(en).toContain('<id>tag:hvemharhva.no,2024:en/change/2026/fb-0301/news/added</id>');
    expect(feedPath('nn')).toBe('/nn/endringer/feed.xml');
    expect(feedPath('nb')).toBe('/endringer/feed.xml');
  });
  it('dates an entry by the pull that saw the change, when the dataset records it', () => {
    const recorded = { ...dataset, changes: [{ date: '2026-03-14', libraryId: 'fb-0301', serviceId: 'news', year: 2026, change: 'added' as const }] };
    const dated = atomFeed(recorded, oneAdded, options);
    expect(dated).toContain('<updated>2026-03-14T00:00:00Z</updated>');
  });
  it('escapes markup in names, so it stays text', () => {
    expect(feed).toContain('&lt;b&gt;Oslo&lt;/b&gt; &quot;bibliotek&quot;, sentrum har News fra 2026');
    expect(feed).not.toContain('<b>');
    expect(feed).toContain('<title>T &amp; U</title>');
  });
});
