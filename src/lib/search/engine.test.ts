import { beforeAll, describe, expect, it } from 'vitest';
import type { Dataset } from '../dataset/schema';
import { createSearcher, group, type Hit, type Searcher } from './engine';
import type { HitKind } from './hit-kind';
import { placeForms, placeMatches } from './match';
import { buildSearchIndex } from './build-index';
import { demoSearchInputs } from './node-data';
import type { SearchIndex } from './index-format';
import type { Postcode } from './postcodes';
import { multiplyIndex } from '../../../tools/bench/search-synthetic';

let dataset: Dataset;
let postcodes: Postcode[];
let searcher: Searcher;

beforeAll(async () => {
  let index: SearchIndex;
  ({ dataset, postcodes, index } = await demoSearchInputs());
  searcher = createSearcher(index, 'nb');
});

const firstHit = (query: string): Hit | undefined => searcher.search(query).groups[0]?.hits[0];

/**
 * What real people type, and what they should get first: misspellings, Norwegian letters typed
 * without them, postcodes, Sami and other multilingual names, services by vendor or category.
 */
const QUERIES: [query: string, kind: HitKind, label: string][] = [
  // Norwegian letters with and without the letters
  ['Tromsø', 'municipality', 'Tromsø'],
  ['tromso', 'municipality', 'Tromsø'],
  ['TROMSØ', 'municipality', 'Tromsø'],
  ['baerum', 'municipality', 'Bærum'],
  ['Bærum kommune', 'municipality', 'Bærum'],
  ['alesund', 'municipality', 'Ålesund'],
  ['Aalesund', 'municipality', 'Ålesund'],
  ['Bodo', 'municipality', 'Bodø'],
  ['Sor-Varanger', 'municipality', 'Sør-Varanger'],
  ['sor varanger', 'municipality', 'Sør-Varanger'],
  // Misspellings
  ['stavnger', 'municipality', 'Stavanger'],
  ['lillehamer', 'municipality', 'Lillehammer'],
  ['fredrikstadt', 'municipality', 'Fredrikstad'],
  ['haugesnd', 'municipality', 'Haugesund'],
  ['trondhjem', 'municipality', 'Trondheim - Tråante'],
  ['kristiansnd', 'municipality', 'Kristiansand'],
  // Multilingual official names, by any of their parts
  ['Kautokeino', 'municipality', 'Guovdageaidnu - Kautokeino'],
  ['guovdageaidnu', 'municipality', 'Guovdageaidnu - Kautokeino'],
  ['kautokieno', 'municipality', 'Guovdageaidnu - Kautokeino'],
  ['Karasjok', 'municipality', 'Kárášjohka - Karasjok'],
  ['karasjohka', 'municipality', 'Kárášjohka - Karasjok'],
  ['Tana', 'municipality', 'Deatnu - Tana'],
  ['Nesseby', 'municipality', 'Unjárga - Nesseby'],
  ['Kåfjord', 'municipality', 'Gáivuotna - Kåfjord - Kaivuono'],
  ['Omasvuotna', 'municipality', 'Storfjord - Omasvuotna - Omasvuono'],
  ['Snåsa', 'municipality', 'Snåase - Snåsa'],
  ['Tråante', 'municipality', 'Trondheim - Tråante'],
  ['Hattfjelldal', 'municipality', 'Aarborte - Hattfjelldal'],
  // Postcodes, with and without the leading zero
  ['3050', 'municipality', 'Drammen'],
  ['0150', 'municipality', 'Oslo'],
  ['150', 'municipality', 'Oslo'],
  ['9008', 'municipality', 'Tromsø'],
  ['5003 Bergen', 'municipality', 'Bergen'],
  // Places from the postcode register
  ['Mjøndalen', 'place', 'Mjøndalen'],
  ['sandvika', 'place', 'Sandvika'],
  // Libraries and schools
  ['Bø og Øksnes bibliotek', 'library', 'Bø og Øksnes bibliotek'],
  ['Voss gymnas', 'school', 'Voss gymnas'],
  ['nettskulen', 'school', 'Nettskulen i Vestland'],
  ['katedralskole trondheim', 'school', 'Trondheim katedralskole'],
  // Services, vendors, categories (in any of the three languages), counties
  ['pressreader', 'service', 'PressReader'],
  ['ordnet', 'service', 'Ordnett'],
  ['filmotek', 'service', 'Filmoteket'],
  ['brittanica libary', 'service', 'Britannica Library'],
  ['forlagett film', 'service', 'FörlagEtt film'],
  // Other names a library is known by (data/registry/aliases.json)
  ['Deichman bibliotek', 'library', 'Deichman'],
  ['Oslo Public Library', 'library', 'Deichman'],
  ['encyclopedia britannica', 'vendor', 'Encyclopaedia Britannica, Inc.'],
  ['Norgesfilm', 'vendor', 'Norgesfilm AS'],
  ['aviser', 'category', 'Aviser og magasiner'],
  ['reference works', 'category', 'Oppslagsverk og ordbøker'],
  ['Finnmárku', 'county', 'Finnmark'],
  // The one matcher's forms (./match.ts): letters typed as Latin letters or left out, Kven names, school abbreviations
  ['barum', 'municipality', 'Bærum'],
  ['brum', 'municipality', 'Bærum'],
  ['tromsoe', 'municipality', 'Tromsø'],
  ['lesund', 'municipality', 'Ålesund'],
  ['Omasvuono', 'municipality', 'Storfjord - Omasvuotna - Omasvuono'],
  ['Porsanki', 'municipality', 'Porsanger - Porsáŋgu - Porsanki'],
  ['Raisi', 'municipality', 'Nordreisa - Ráisa - Raisi'],
  ['Kongsberg vgs', 'school', 'Kongsberg videregående skole'],
  ['kongsberg vg. skole', 'school', 'Kongsberg videregående skole'],
  ['vgs. kongsberg', 'school', 'Kongsberg videregående skole'],
  ['Sogndal vgs', 'school', 'Sogndal vidaregåande skule'],
  ['sogndal videregående skole', 'school', 'Sogndal vidaregåande skule'],
  ['bysen vgs', 'school', 'Byåsen videregående skole'],
];

describe('search: real-world queries', () => {
  it.each(QUERIES)('"%s" finds %s "%s" first', (query, kind, label) => {
    const hit = firstHit(query);
    expect(hit && { kind: hit.kind, label: hit.label }).toEqual({ kind, label });
  });

  it("finds a service by its vendor's name", () => {
    for (const [query, service] of [
      ['Norgesfilm', 'Filmoteket'],
      ['FörlagEtt', 'FörlagEtt film'],
      ['Universitetsforlaget', 'Idunn'],
    ] as const) {
      const services = searcher.search(query).groups.find((g) => g.kind === 'service');
      expect(
        services?.hits.map((h) => h.label),
        query,
      ).toContain(service);
    }
  });

  it('links each kind to its page', () => {
    const tromso = dataset.municipalities.find((m) => m.shortName === 'Tromsø')!;
    expect(firstHit('tromso')?.path).toBe(`/kommuner/${tromso.number}/`);
    const pressreader = dataset.services.find((s) => s.name === 'PressReader')!;
    expect(firstHit('pressreader')?.path).toBe(`/tjenester/${pressreader.slug}/`);
    const voss = dataset.libraries.find((l) => l.name === 'Voss gymnas')!;
    expect(firstHit('voss gymnas')?.path).toBe(`/bibliotek/${voss.slug}/`);
    expect(firstHit('aviser')?.path).toBe('/tjenester/#news-magazines');
    expect(firstHit('Norgesfilm')?.path).toBe('/leverandorer/norgesfilm-as/');
    expect(firstHit('Finnmárku')?.path).toBe('/fylker/finnmark/');
  });

  it('finds nothing for one character or an empty box, and nothing for nonsense', () => {
    expect(searcher.search('').total).toBe(0);
    expect(searcher.search('a').total).toBe(0);
    expect(searcher.search('qxzqxzqxz').total).toBe(0);
  });

  it('uses the labels of the language asked for', () => {
    const english = createSearcher(buildSearchIndex(dataset, postcodes), 'en');
    expect(english.search('aviser').groups[0]?.hits[0]?.label).toBe('News and magazines');
    expect(english.search('3050').groups[0]?.hits[0]?.detail).toContain('postcode 3050');
  });
});

describe('search: postcodes', () => {
  it("leads every postcode in the register to its municipality first, then that municipality's library", () => {
    const wrong: string[] = [];
    for (const p of postcodes) {
      const result = searcher.search(p.code);
      const municipality = result.groups[0]?.hits[0];
      const library = result.groups.find((g) => g.kind === 'library')?.hits[0];
      const served = dataset.libraries.find((l) => l.kind === 'public' && l.servesMunicipalities.includes(p.municipalityNumber))!;
      if (municipality?.path !== `/kommuner/${p.municipalityNumber}/` || library?.path !== `/bibliotek/${served.slug}/`) wrong.push(p.code);
    }
    expect(wrong).toEqual([]);
  });

  it('shows the postcode and its place with the municipality', () => {
    expect(firstHit('3050')?.detail).toBe('postnummer 3050 Mjøndalen');
  });

  it("leads a postcode in a shared library's municipality to the shared library", () => {
    const shared = dataset.libraries.find((l) => l.servesMunicipalities.length > 1)!;
    const code = postcodes.find((p) => p.municipalityNumber === shared.servesMunicipalities[1])!.code;
    const hits = searcher.search(code).groups.flatMap((g) => g.hits);
    expect(hits.map((h) => h.path)).toContain(`/bibliotek/${shared.slug}/`);
  });

  it('lists the municipalities of a postcode prefix', () => {
    const municipalities = searcher.search('90').groups.find((g) => g.kind === 'municipality')!.hits;
    const expected = new Set(postcodes.filter((p) => p.code.startsWith('90')).map((p) => `/kommuner/${p.municipalityNumber}/`));
    expect(municipalities.length).toBeGreaterThan(0);
    for (const hit of municipalities) expect(expected.has(hit.path)).toBe(true);
  });
});

describe('search: the one matcher', () => {
  it('finds every municipality, county, library and school by every form the matcher accepts for its name', () => {
    const missed: string[] = [];
    const targets = [
      ...dataset.municipalities.flatMap((m) =>
        [m.name, m.shortName, ...m.name.split(' - ')].map((name) => ({ name, label: m.name, names: [m.name, m.shortName] })),
      ),
      ...dataset.counties.flatMap((c) => [c.name, ...c.officialName.split(' - ')].map((name) => ({ name, label: c.name, names: [c.name, c.officialName] }))),
      ...dataset.libraries.map((l) => ({ name: l.name, label: l.name, names: [l.name] })),
    ];
    for (const { name, label, names } of targets) {
      for (const form of placeForms(name)) {
        if (form.length < 3) continue;
        expect(placeMatches(form, names), form).toBe(true);
        const hits = searcher.search(form, { perGroup: 80 }).groups.flatMap((g) => g.hits.map((h) => h.label));
        if (!hits.includes(label)) missed.push(`${form} -> ${label}`);
      }
    }
    expect(missed).toEqual([]);
  }, 120_000);
});

describe('group', () => {
  const hit = (kind: HitKind, label: string): Hit => ({ kind, label, detail: '', path: `/${label}/` });

  it('keeps kinds in the order of their best hit and caps each group', () => {
    const result = group([hit('place', 'a'), hit('municipality', 'b'), hit('place', 'c'), hit('place', 'd'), hit('municipality', 'e')], 2);
    expect(result.groups.map((g) => [g.kind, g.hits.map((h) => h.label)])).toEqual([
      ['place', ['a', 'c']],
      ['municipality', ['b', 'e']],
    ]);
    expect(result.total).toBe(4);
  });

  it('drops repeated hits', () => {
    expect(group([hit('library', 'a'), hit('library', 'a')], 5).total).toBe(1);
  });
});

/**
 * The narrowed search (bigram index, edit counts, a checked cut of the best candidates) must
 * answer exactly as Fuse scanning every entry: whole names, prefixes as typed, typos (a letter
 * changed, dropped, doubled, two swapped), Norwegian letters typed without them, Sami names,
 * postcodes, several words.
 */
describe('search: narrowed as the full scan', () => {
  let state = 42;
  const random = (n: number) => (state = (state * 1103515245 + 12345) % 2147483648) % n;
  function typos(name: string): string[] {
    const i = 1 + random(Math.max(1, name.length - 2));
    const letter = 'abcdefghijklmnopqrstuvwxyzøå'[random(28)]!;
    return [
      name.slice(0, i) + letter + name.slice(i + 1),
      name.slice(0, i) + name.slice(i + 1),
      name.slice(0, i) + name[i] + name.slice(i),
      name.slice(0, i - 1) + (name[i] ?? '') + name[i - 1] + name.slice(i + 1),
      name.replace(/ø/g, 'o').replace(/å/g, 'a').replace(/æ/g, 'ae'),
    ];
  }
  function queries(index: SearchIndex, every: number): string[] {
    const names = [
      ...index.municipalities.flatMap(([, name, , short]) => [name, short ?? name]),
      ...index.libraries.map(([, name]) => name),
      ...index.services.map(([, name]) => name),
      ...index.vendors.map(([, name]) => name),
      ...index.places.map(([place]) => place),
      ...index.counties.map(([, name]) => name),
    ].filter((_, i) => i % every === 0);
    const typed = names.flatMap((name) => [name, name.slice(0, 2 + random(4)), ...typos(name)]);
    const fixed = QUERIES.map(([query]) => query);
    const sami = ['Guovdageaidnu', 'Kárášjohka', 'Unjárga', 'Gáivuotna', 'Deatnu', 'Snåase', 'Aarborte', 'Omasvuotna', 'Porsáŋgu', 'Raarvihke'];
    const codes = ['0150', '150', '3050', '90', '9008', '5003 Bergen', '7010', '1337'];
    const words = ['bibliotek tromso', 'videregaende skole oslo', 'voss gym', 'sor varanger', 'film norge', 'aviser magasiner'];
    return [...new Set([...fixed, ...sami, ...codes, ...words, ...typed])];
  }
  function compare(index: SearchIndex, list: string[]) {
    const narrowed = createSearcher(index, 'nb');
    const full = createSearcher(index, 'nb', { narrow: false });
    const differ = list.filter((q) => JSON.stringify(narrowed.search(q, { perGroup: 80 })) !== JSON.stringify(full.search(q, { perGroup: 80 })));
    expect(differ).toEqual([]);
  }

  it("at Norway's size", () => {
    const index = buildSearchIndex(dataset, postcodes);
    const list = queries(index, 40);
    expect(list.length).toBeGreaterThan(500);
    compare(index, list);
  }, 120_000);

  it('at 10x (synthetic), names, prefixes and typos', () => {
    const index = multiplyIndex(buildSearchIndex(dataset, postcodes), 10);
    const list = queries(index, 400).slice(0, 150);
    expect(list.length).toBe(150);
    compare(index, list);
  }, 120_000);
});
