import { describe, expect, it } from 'vitest';
import type { Dataset } from '../dataset/schema';
import { buildMapData } from './map-data';
import { countBins, shadeView } from './shading';
import type { MapView } from './view-state';
import { publicLibrary, sameText, schoolLibrary, subscriptions, testCounty, testDataset, testMunicipality, testService } from '../dataset/test-data';

const service = (id: string, audience: 'public' | 'school' | 'both', category: 'film' | 'news-magazines' = 'film') =>
  testService(id, { name: id.toUpperCase(), audience, category, access: sameText('T'), description: sameText('T') });
const library = (seat: string, serves: string[]) =>
  publicLibrary(seat, { name: `Bibliotek ${seat}`, slug: `bibliotek-${seat}`, servesMunicipalities: serves, inhabitantsServed: 1 });
const school = (org: string, seat: string) => schoolLibrary(org, seat, { name: `Skole ${org}`, slug: `skole-${org}`, position: { lat: 60, lon: 10 } });

// Four municipalities: 4601 and 4602 share Bergen's library; 4603 has only a school;
// 0301 has its own library and a school.
const dataset = testDataset({
  pulledAt: '2026-02-01T00:00:00Z',
  isDemo: true,
  counties: [testCounty('03', 'Oslo', 700_000), testCounty('46', 'Vestland', 300_000)],
  municipalities: [
    testMunicipality('0301', 'Oslo', 700_000),
    testMunicipality('4601', 'Bergen', 290_000),
    testMunicipality('4602', 'Kinn', 8_000),
    testMunicipality('4603', 'Fjord', 2_000),
  ],
  libraries: [
    library('0301', ['0301']),
    library('4601', ['4601', '4602']),
    library('4603', ['4603']),
    school('111111111', '0301'),
    school('222222222', '4603'),
  ],
  services: [service('film-a', 'public'), service('news', 'both', 'news-magazines'), service('school-only', 'school')],
  years: [2025, 2026],
  subscriptions: subscriptions([
    ['fb-4601', 'news', 2026],
    ['fb-4601', 'film-a', 2026],
    ['fb-0301', 'news', 2026, 'cancelled'],
    ['fb-0301', 'news', 2025],
    ['vgs-222222222', 'news', 2026],
    ['vgs-111111111', 'school-only', 2026],
  ]),
});
const data = buildMapData(dataset, 2026);
const view = (v: Partial<MapView> & Pick<MapView, 'mode'>): MapView => ({ kind: 'all', year: 2026, ...v });

describe('shadeView: whether a service is offered', () => {
  const shaded = shadeView(data, view({ mode: 'service', serviceId: 'news' }), 'nb');
  const cls = (n: string) => shaded.shades.get(n)?.cls;

  it('gives every municipality served by a library with the service the public-library class', () => {
    expect(cls('4601')).toBe('pub');
    // Kinn has no library of its own: Bergen's serves it.
    expect(cls('4602')).toBe('pub');
  });
  it('tells a municipality where only a school has it apart from one where nobody has it', () => {
    expect(cls('4603')).toBe('sch');
    expect(shaded.shades.get('4603')?.text).toContain('1 av 1');
    // Oslo cancelled for 2026; its 2025 subscription does not count this year.
    expect(cls('0301')).toBe('no');
  });
  it('uses the chosen year', () => {
    expect(shadeView(data, view({ mode: 'service', serviceId: 'news', year: 2025 }), 'nb').shades.get('0301')?.cls).toBe('pub');
  });
  it('counts municipalities per legend class', () => {
    expect(Object.fromEntries(shaded.legend.map((i) => [i.cls, i.count]))).toEqual({ pub: 2, sch: 1, no: 1 });
  });
  it('marks library points that have it', () => {
    const inVestland = shadeView(data, view({ mode: 'service', serviceId: 'news', countyNumber: '46' }), 'nb');
    const has = Object.fromEntries(inVestland.points.map((p) => [p.id, p.has]));
    expect(has).toEqual({ 'fb-4601': true, 'fb-4603': false, 'vgs-222222222': true });
  });
  it('says "not for this kind" when the service is not offered to the chosen libraries', () => {
    const schools = shadeView(data, view({ mode: 'service', serviceId: 'film-a', kind: 'school' }), 'en');
    expect(new Set([...schools.shades.values()].map((s) => s.cls))).toEqual(new Set(['na']));
  });
});

describe('shadeView: the libraries a map marks and lists', () => {
  const ids = (v: MapView) => shadeView(data, v, 'nb').points.map((p) => p.id);

  it('lists only the libraries with the service on a national map of one service', () => {
    expect(ids(view({ mode: 'service', serviceId: 'news' }))).toEqual(['fb-4601', 'vgs-222222222']);
    // Oslo's 2025 subscription counts in 2025.
    expect(ids(view({ mode: 'service', serviceId: 'news', year: 2025 }))).toEqual(['fb-0301']);
    expect(ids(view({ mode: 'service', serviceId: 'news', kind: 'school' }))).toEqual(['vgs-222222222']);
  });
  it('lists every library in a county, with the service or without', () => {
    expect(ids(view({ mode: 'service', serviceId: 'news', countyNumber: '46' }))).toEqual(['fb-4601', 'fb-4603', 'vgs-222222222']);
  });
  it('lists every library on the national breadth map, where the ones with nothing are the point', () => {
    expect(ids(view({ mode: 'breadth' }))).toHaveLength(dataset.libraries.length);
  });
});

describe('shadeView: breadth', () => {
  it('counts distinct services of the public library and the schools in the municipality', () => {
    const shaded = shadeView(data, view({ mode: 'breadth' }), 'nb');
    const value = (n: string) => shaded.shades.get(n)?.value;
    expect([value('4601'), value('4602'), value('4603'), value('0301')]).toEqual([2, 2, 1, 1]);
    expect(shaded.shades.get('0301')?.text).toBe('1 betalt tjeneste');
  });
  it('counts only public libraries, or only schools, when the kind filter says so', () => {
    const pub = shadeView(data, view({ mode: 'breadth', kind: 'public' }), 'nb');
    expect(pub.shades.get('0301')?.value).toBe(0);
    expect(pub.shades.get('0301')?.cls).toBe('b0');
    const schools = shadeView(data, view({ mode: 'breadth', kind: 'school' }), 'nb');
    expect(schools.shades.get('4601')?.cls).toBe('ns');
    expect(schools.shades.get('0301')?.value).toBe(1);
  });
  it('limits the count to a category', () => {
    const film = shadeView(data, view({ mode: 'breadth', category: 'film' }), 'nb');
    expect(film.shades.get('4601')?.value).toBe(1);
    expect(film.shades.get('4603')?.value).toBe(0);
  });
  it('counts legend classes within the chosen county only', () => {
    const shaded = shadeView(data, view({ mode: 'breadth', countyNumber: '46' }), 'nb');
    expect(shaded.legend.reduce((sum, i) => sum + i.count, 0)).toBe(3);
    const ids = shaded.points.map((p) => p.id);
    // Some of the county's libraries are listed, and Oslo's is not (an every() on no points would pass).
    expect(ids.length).toBeGreaterThan(0);
    expect(ids).not.toContain('fb-0301');
  });
});

describe('shadeView: paid services by default, the baseline by a switch', () => {
  // film-a is state-funded here; Fjord's library has only it, Oslo's nothing this year.
  const withBaseline: Dataset = {
    ...dataset,
    services: dataset.services.map((s) => (s.id === 'film-a' ? { ...s, funding: 'state-funded' as const } : s)),
    subscriptions: [...dataset.subscriptions, { libraryId: 'fb-4603', serviceId: 'film-a', year: 2026, status: 'active' }],
  };
  const baseData = buildMapData(withBaseline, 2026);
  const publicBreadth = (baseline?: boolean) => shadeView(baseData, view({ mode: 'breadth', kind: 'public', ...(baseline ? { baseline } : {}) }), 'en');

  it('counts only chosen services: a library with only the state-funded one is in the lowest class, "no paid service"', () => {
    const shaded = publicBreadth();
    // Bergen: news (bought) + film-a (state) = 1 counted; Fjord: film-a only = 0; Oslo: none = 0.
    expect(['4601', '4602', '4603', '0301'].map((n) => shaded.shades.get(n)?.value)).toEqual([1, 1, 0, 0]);
    const lowest = shaded.legend.find((i) => i.cls === 'b0')!;
    expect(lowest).toEqual({ cls: 'b0', label: 'No paid service', count: 2 });
    // The white spots named, with their people: Fjord 2,000 + Oslo 700,000.
    expect(shaded.summary).toBe('No paid service: 2 municipalities, 702,000 inhabitants (Fjord, Oslo).');
  });
  it('includes the baseline when the switch is on', () => {
    const shaded = publicBreadth(true);
    expect(['4601', '4602', '4603', '0301'].map((n) => shaded.shades.get(n)?.value)).toEqual([2, 2, 1, 0]);
    expect(shaded.legend.find((i) => i.cls === 'b0')).toEqual({ cls: 'b0', label: '0', count: 1 });
    expect(shaded.summary).toBe('No service: 1 municipality, 700,000 inhabitants (Oslo).');
  });
  it('leaves reach of all services to chosen ones too, and names who is left out', () => {
    const shaded = shadeView(baseData, view({ mode: 'reach', kind: 'public' }), 'en');
    expect(shaded.shades.get('4603')?.cls).toBe('r0');
    expect(shaded.summary).toContain('No paid service: 2 municipalities, 702,000 inhabitants (Fjord, Oslo).');
    expect(shadeView(baseData, view({ mode: 'reach', kind: 'public', baseline: true }), 'en').shades.get('4603')?.cls).toBe('r1');
  });
  it('still shows a state-funded service on its own map', () => {
    expect(shadeView(baseData, view({ mode: 'service', serviceId: 'film-a' }), 'en').shades.get('4603')?.cls).toBe('pub');
  });
});

describe('shadeView: reach', () => {
  it('sums the inhabitants of municipalities where the service is offered', () => {
    const shaded = shadeView(data, view({ mode: 'reach', serviceId: 'news' }), 'en');
    expect(shaded.shades.get('4601')?.value).toBe(290_000);
    expect(shaded.shades.get('4601')?.cls).toBe('r4');
    expect(shaded.shades.get('4602')?.cls).toBe('r2');
    expect(shaded.shades.get('0301')?.cls).toBe('r0');
    expect(shaded.summary).toContain('300,000');
  });
});

describe('countBins', () => {
  it('gives each value its own bin when there are four or fewer, contiguous from 1', () => {
    expect(countBins([])).toEqual([]);
    expect(countBins([0, 0])).toEqual([]);
    expect(countBins([0, 1, 3, 3])).toEqual([
      [1, 1],
      [2, 3],
    ]);
  });
  it('splits many values at their quartiles, so a skewed spread still gets four classes', () => {
    const counts = [...Array(80).fill(1), ...Array(10).fill(2), ...Array(6).fill(3), 5, 8, 12, 15];
    const bins = countBins(counts);
    expect(bins).toHaveLength(4);
    expect(bins[0]).toEqual([1, 1]);
    expect(bins.at(-1)![1]).toBe(15);
    for (let i = 1; i < bins.length; i++) expect(bins[i]![0]).toBe(bins[i - 1]![1] + 1);
    // Every count falls in exactly one bin.
    for (const c of counts) expect(bins.filter(([from, to]) => c >= from && c <= to)).toHaveLength(1);
  });
});

describe('shadeView: the legend', () => {
  it('has no empty row: a class no municipality in view falls into is left out', () => {
    // film-a: only Bergen's library has it, no school: no "only at a school" row.
    const film = shadeView(data, view({ mode: 'service', serviceId: 'film-a' }), 'nb');
    expect(film.legend.map((i) => i.cls)).toEqual(['pub', 'no']);
    // Reach in Vestland: no municipality of 100 000 or more except Bergen, none between 20 000 and 99 999.
    for (const v of [view({ mode: 'reach', countyNumber: '46' }), view({ mode: 'breadth' }), view({ mode: 'service', serviceId: 'news', kind: 'school' })]) {
      const shaded = shadeView(data, v, 'nb');
      expect(shaded.legend.length, JSON.stringify(v)).toBeGreaterThan(0);
      for (const item of shaded.legend) expect(item.count, `${JSON.stringify(v)} ${item.cls}`).toBeGreaterThan(0);
    }
  });
});
