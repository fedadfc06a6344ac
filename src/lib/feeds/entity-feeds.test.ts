import { SyntaxValidator } from 'fast-xml-validator';
import { parseAtomFeed } from 'feedsmith';
import { describe, expect, it } from 'vitest';
import { indexDataset } from '../dataset/site-data';
import { siteStats } from '../figures/site-stats';
import { publicLibrary, schoolLibrary, subscriptions, testCounty, testDataset, testMunicipality, testService } from '../dataset/test-data';
import { xmlText } from './atom';
import { changesByEntity, entityFeedPath, entityFeeds, feedTargets } from './entity-feeds';

/** A feed as a standard reader sees it: well-formed XML (fast-xml-validator), then Atom (feedsmith). */
function read(xml: string) {
  SyntaxValidator.validate(xml, { invalidCharSequence: { comment: true, tagValue: true, attrLt: true } });
  return parseAtomFeed(xml);
}

// Oslo's library (a hostile name: markup and a control character) serves two municipalities; it
// swaps News (vendor v) for Film (vendor w) in 2026. The school changes nothing.
const dataset = testDataset({
  isDemo: true,
  pulledAt: '2026-11-25T00:00:00.000Z',
  counties: [testCounty('03', 'Oslo', 700000)],
  municipalities: [testMunicipality('0301', 'Oslo', 690000), testMunicipality('0302', 'Nabo', 10000)],
  libraries: [
    publicLibrary('0301', { name: '<b>Oslo</b> & "bibliotek"\u0001', slug: 'oslo', servesMunicipalities: ['0301', '0302'], inhabitantsServed: 700000 }),
    schoolLibrary('999999999', '0301', { slug: 'skolen', name: 'Skolen' }),
  ],
  vendors: [
    { id: 'v', slug: 'v', name: 'Vendor & Co' },
    { id: 'w', slug: 'w', name: 'W' },
  ],
  services: [testService('news', { name: 'News', vendorId: 'v' }), testService('film', { name: 'Film', vendorId: 'w' })],
  subscriptions: subscriptions([
    ['fb-0301', 'news', 2025],
    ['fb-0301', 'film', 2026],
    ['vgs-999999999', 'news', 2025],
    ['vgs-999999999', 'news', 2026],
  ]),
});
const changes = siteStats(indexDataset(dataset)).changesByYear;
const feeds = new Map([...entityFeeds(dataset, changes, 'https://example.no/', ['nb', 'nn', 'en'])].map((f) => [f.path, f.body]));
const feed = (path: string) => read(feeds.get(path)!);

describe('entity feeds', () => {
  it('writes one feed per entity and language, each read by a standard parser', () => {
    expect(feeds.size).toBe(feedTargets(dataset).length * 3);
    for (const xml of feeds.values()) expect(() => read(xml)).not.toThrow();
  });

  it("lists a library's gains and cancellations, dated, linking its page, with stable tag: ids", () => {
    const f = feed('/bibliotek/oslo/feed.xml');
    expect(f.xml?.lang).toBe('nb');
    expect(f.id).toBe('tag:hvemharhva.no,2024:nb/changes/library/oslo');
    expect(f.entries?.map((e) => e.categories?.[0]?.term).sort()).toEqual(['added', 'cancelled']);
    expect(f.entries?.map((e) => e.id).sort()).toEqual([
      'tag:hvemharhva.no,2024:nb/change/2026/fb-0301/film/added',
      'tag:hvemharhva.no,2024:nb/change/2026/fb-0301/news/cancelled',
    ]);
    expect(f.entries?.every((e) => e.updated === '2026-11-25T00:00:00Z')).toBe(true);
    expect(f.entries?.every((e) => e.links?.[0]?.href === 'https://example.no/bibliotek/oslo/')).toBe(true);
    // The control character is gone, the markup is text.
    expect(f.entries?.[0]?.title?.value).toContain('<b>Oslo</b> & "bibliotek"');
    expect(feeds.get('/bibliotek/oslo/feed.xml')).not.toContain('\u0001');
  });

  it('sorts each change under its municipalities, county, service and vendor, and nowhere else', () => {
    const by = changesByEntity(dataset, changes);
    expect(by.get('municipality:0302')?.length).toBe(2);
    expect(by.get('county:oslo')?.length).toBe(2);
    expect(by.get('service:news')?.map((c) => c.kind)).toEqual(['cancelled']);
    expect(by.get('vendor:w')?.map((c) => c.kind)).toEqual(['added']);
    expect(feed('/en/leverandorer/v/feed.xml').entries?.map((e) => e.title?.value)).toEqual(['<b>Oslo</b> & "bibliotek" no longer has News in 2026']);
  });

  it('gives an entity with no change a valid, empty feed', () => {
    const f = feed('/nn/bibliotek/skolen/feed.xml');
    expect(f.entries ?? []).toEqual([]);
    expect(f.xml?.lang).toBe('nn');
    expect(f.title?.value).toBe('Skolen: nye og oppsagde abonnement – Hvem har hva? (eksempeldata)');
  });

  it('says so in the title only while the data is the demo', () => {
    const real = { ...dataset, source: { ...dataset.source, isDemo: false } };
    const [first] = entityFeeds(real, changes, 'https://example.no/', ['en']);
    expect(read(first!.body).title?.value).not.toContain('demo');
    expect(feed('/en/bibliotek/skolen/feed.xml').title?.value).toContain('(demo data)');
  });

  it('keeps ids when the site moves host', () => {
    const moved = [...entityFeeds(dataset, changes, 'https://elsewhere.example/', ['nb'])];
    const ids = (xml: string) => [...xml.matchAll(/<id>([^<]+)<\/id>/g)].map((m) => m[1]);
    for (const f of moved) expect(ids(f.body)).toEqual(ids(feeds.get(f.path)!));
  });

  it('puts the feed beside the page, in the language', () => {
    expect(entityFeedPath('en', 'municipality', '0301')).toBe('/en/kommuner/0301/feed.xml');
    expect(entityFeedPath('nb', 'county', 'oslo')).toBe('/fylker/oslo/feed.xml');
  });
});

describe('xmlText', () => {
  it('drops the characters XML 1.0 forbids and escapes markup', () => {
    expect(xmlText('a\u0000b\u000Bc\uFFFEd\uD800e<&>"')).toBe('abcde&lt;&amp;&gt;&quot;');
    expect(xmlText('tab\tnl\n😀')).toBe('tab\tnl\n😀');
  });
});
