import { describe, expect, it } from 'vitest';
import {
  breadth,
  coverage,
  currentYear,
  keyFigures,
  librariesWithService,
  missingAmongPeers,
  peers,
  populationReach,
  subscriptionsPerYear,
  whiteSpots,
  yearChanges,
  activeServicesByLibrary,
  type ActiveIndex,
  areaWhiteSpots,
  peerGroup,
  libraryOffer,
} from './stats';
import { publicLibrary, schoolLibrary, subscriptions, testDataset, testMunicipality, testService } from '../dataset/test-data';

/**
 * Hand-computed scenario: two municipalities (600 + 400 inhabitants), their public libraries and
 * one school; a state-funded service everyone has and a bought one.
 *   2026: fb-0301 has film (state) + news (bought); fb-4601 has film only; the school has news.
 *   => 2 libraries with a chosen (paid) service (fb-4601 has only the state-funded baseline), 3
 *   with any, 4 subscriptions, 600 of 1,000 inhabitants (60 %) with a paid one.
 */
const dataset = testDataset({
  pulledAt: '2026-11-25T00:00:00.000Z',
  municipalities: [testMunicipality('0301', 'Oslo', 600), testMunicipality('4601', 'Bergen', 400)],
  libraries: [
    publicLibrary('0301', { inhabitantsServed: 600 }),
    publicLibrary('4601', { inhabitantsServed: 400 }),
    schoolLibrary('974591006', '0301', { organisationNumber: null }),
  ],
  vendors: [],
  services: [
    testService('film', { name: 'Film', audience: 'public', funding: 'state-funded', url: 'https://a.no/' }),
    testService('news', { name: 'News', category: 'news-magazines', url: 'https://b.no/' }),
  ],
  years: [2025, 2026, 2027],
  subscriptions: subscriptions([
    ['fb-0301', 'film', 2026],
    ['fb-0301', 'news', 2026],
    ['fb-4601', 'film', 2026],
    ['fb-4601', 'news', 2026, 'cancelled'],
    ['vgs-974591006', 'news', 2026],
    ['fb-4601', 'news', 2025],
  ]),
});

describe('currentYear', () => {
  it('is the agreement year running when the data was pulled, not a future one already ordered', () => {
    expect(currentYear(dataset)).toBe(2026);
  });
  it('falls back to the first year when all are in the future', () => {
    expect(currentYear({ ...dataset, source: { ...dataset.source, pulledAt: '2020-01-01T00:00:00.000Z' } })).toBe(2025);
  });
});

describe('keyFigures', () => {
  it('counts libraries, subscriptions and the population with a paid service, ignoring cancelled ones', () => {
    expect(keyFigures(dataset)).toEqual({
      year: 2026,
      libraries: 3,
      librariesWithServices: 2,
      librariesWithAnyService: 3,
      services: 2,
      activeSubscriptions: 4,
      population: 1000,
      populationWithPaidService: 600,
      shareWithPaidService: 0.6,
    });
  });
  it('uses the year asked for', () => {
    expect(keyFigures(dataset, 2025)).toMatchObject({
      librariesWithServices: 1,
      activeSubscriptions: 1,
      populationWithPaidService: 400,
      shareWithPaidService: 0.4,
    });
  });
});

describe('librariesWithService', () => {
  it('lists only active subscribers of that year', () => {
    expect(librariesWithService(dataset, 'news', 2026).map((l) => l.id)).toEqual(['fb-0301', 'vgs-974591006']);
  });
});

const active2026 = activeServicesByLibrary(dataset, 2026);

describe('coverage', () => {
  it("divides subscribers by the libraries of the service's audience only", () => {
    // news is for both: 3 eligible, fb-0301 and the school have it (fb-4601 cancelled) => 2 of 3.
    expect(coverage(dataset.services[1]!, dataset.libraries, active2026)).toEqual({ eligible: 3, subscribers: 2, share: 2 / 3 });
    // film is for public libraries: the school is not counted => 2 of 2.
    expect(coverage(dataset.services[0]!, dataset.libraries, active2026)).toEqual({ eligible: 2, subscribers: 2, share: 1 });
  });
  it('is 0, not NaN, when no library is eligible', () => {
    expect(coverage({ id: 'x', audience: 'school' }, dataset.libraries.slice(0, 2), active2026).share).toBe(0);
  });
});

describe('populationReach', () => {
  it('sums the inhabitants of public libraries offering it, ignoring schools', () => {
    // news: only fb-0301 (600) among public libraries; the school does not add inhabitants.
    expect(populationReach('news', dataset.libraries, active2026, 1000)).toEqual({ inhabitants: 600, share: 0.6 });
    expect(populationReach('film', dataset.libraries, active2026, 1000)).toEqual({ inhabitants: 1000, share: 1 });
  });
});

describe('breadth', () => {
  it('counts active services of a library, zero for one without any', () => {
    expect(breadth('fb-0301', active2026)).toBe(2);
    expect(breadth('fb-4601', active2026)).toBe(1);
    expect(breadth('fb-9999', active2026)).toBe(0);
  });
});

describe('peers and missingAmongPeers', () => {
  // Five public libraries in county 11 of sizes 1,000 .. 16,000, one in another county, one school.
  const lib = (id: string, inhabitants: number | null, county = '11', kind: 'public' | 'school' = 'public') => ({
    ...publicLibrary(`${county}${id.slice(2)}`, { id: `fb-${id}`, kind, name: `fb-${id}`, slug: `fb-${id}`, inhabitantsServed: inhabitants }),
    countyNumber: county,
  });
  const a = lib('1101', 1000),
    b = lib('1102', 2000),
    c = lib('1103', 4000),
    d = lib('1104', 8000),
    e = lib('1105', 16000);
  const far = lib('4601', 4000, '46');
  const school = { ...lib('1106', null, '11', 'school'), studentsAndStaff: 4000 };
  const all = [a, b, c, d, e, far, school];

  it('takes the same kind in the same county, nearest in size by ratio', () => {
    // For c (4,000): b (2,000) and d (8,000) are both a factor 2 away, then a and e (factor 4).
    expect(peers(c, all, 2).map((l) => l.id)).toEqual(['fb-1102', 'fb-1104']);
    expect(peers(c, all, 10).map((l) => l.id)).toEqual(['fb-1102', 'fb-1104', 'fb-1101', 'fb-1105']);
  });
  it('puts libraries of unknown size last', () => {
    const unknown = lib('1107', null);
    expect(
      peers(a, [...all, unknown], 10)
        .map((l) => l.id)
        .at(-1),
    ).toBe('fb-1107');
  });

  it('lists services at least half of the peers have and the library lacks, most common first', () => {
    const active: ActiveIndex = new Map([
      ['fb-1103', new Set(['film'])],
      ['fb-1102', new Set(['film', 'news', 'music'])],
      ['fb-1104', new Set(['news', 'music'])],
      ['fb-1101', new Set(['news', 'ref'])],
      ['fb-1105', new Set(['lang'])],
    ]);
    // Peers b, d, a, e: news 3 of 4, music 2 of 4 (counts: exactly half), ref and lang 1 of 4 (no).
    expect(missingAmongPeers('fb-1103', ['fb-1102', 'fb-1104', 'fb-1101', 'fb-1105'], active)).toEqual([
      { serviceId: 'news', peersWith: 3 },
      { serviceId: 'music', peersWith: 2 },
    ]);
    expect(missingAmongPeers('fb-1103', [], active)).toEqual([]);
  });
});

describe('yearChanges', () => {
  it('compares active subscriptions with the previous agreement year', () => {
    // 2025: fb-4601 news. 2026: fb-0301 film+news, fb-4601 film (news cancelled), school news.
    const changes = yearChanges(dataset, 2026);
    expect(changes.previousYear).toBe(2025);
    expect(changes.added).toEqual([
      { libraryId: 'fb-0301', serviceId: 'film' },
      { libraryId: 'fb-4601', serviceId: 'film' },
      { libraryId: 'fb-0301', serviceId: 'news' },
      { libraryId: 'vgs-974591006', serviceId: 'news' },
    ]);
    expect(changes.cancelled).toEqual([{ libraryId: 'fb-4601', serviceId: 'news' }]);
  });
  it('reports nothing new in the first year', () => {
    expect(yearChanges(dataset, 2025)).toEqual({ year: 2025, previousYear: null, added: [], cancelled: [] });
  });
});

describe('subscriptionsPerYear', () => {
  it('counts active subscriptions per year, nationally and per county, with zero years kept', () => {
    const result = subscriptionsPerYear(dataset);
    expect(result.national).toEqual([
      { year: 2025, count: 1 },
      { year: 2026, count: 4 },
      { year: 2027, count: 0 },
    ]);
    expect(result.byCounty.get('03')).toEqual([
      { year: 2025, count: 0 },
      { year: 2026, count: 3 },
      { year: 2027, count: 0 },
    ]);
    expect(result.byCounty.get('46')).toEqual([
      { year: 2025, count: 1 },
      { year: 2026, count: 1 },
      { year: 2027, count: 0 },
    ]);
  });
});

describe('whiteSpots', () => {
  it('counts a county-supported service as chosen, and network-free like state-funded as baseline', () => {
    const extra = (id: string, funding: 'county-funded' | 'network-free') => ({ ...dataset.services[1]!, id, slug: id, name: id, funding });
    const services = [...dataset.services, extra('county', 'county-funded'), extra('lovdata', 'network-free')];
    const active: ActiveIndex = new Map([
      ['fb-0301', new Set(['county'])],
      ['fb-4601', new Set(['lovdata', 'film'])],
    ]);
    // fb-0301: county-supported counts; fb-4601: only baseline; the school: nothing.
    expect(whiteSpots(dataset.libraries, services, active).map((l) => l.id)).toEqual(['fb-4601', 'vgs-974591006']);
  });
  it('lists libraries without any paid service; a state-funded one does not count', () => {
    // fb-4601 has only film (state-funded) in 2026.
    expect(whiteSpots(dataset.libraries, dataset.services, active2026).map((l) => l.id)).toEqual(['fb-4601']);
    // In 2025 only fb-4601 had anything (news, bought).
    expect(whiteSpots(dataset.libraries, dataset.services, activeServicesByLibrary(dataset, 2025)).map((l) => l.id)).toEqual(['fb-0301', 'vgs-974591006']);
  });
});

describe('areaWhiteSpots', () => {
  it('names the municipalities whose public library has no paid service, with their inhabitants, and the schools with none', () => {
    // 2026: Oslo's library has news (bought); Bergen's only film (state-funded) => Bergen, 400 people.
    const now = areaWhiteSpots(dataset, active2026);
    expect(now.municipalities.map((m) => m.number)).toEqual(['4601']);
    expect(now.population).toBe(400);
    expect(now).toMatchObject({ schools: 1, schoolsWithout: [] });
    // 2025: only Bergen bought something => Oslo, 600 people; the school had nothing.
    const before = areaWhiteSpots(dataset, activeServicesByLibrary(dataset, 2025));
    expect(before.municipalities.map((m) => m.number)).toEqual(['0301']);
    expect(before.population).toBe(600);
    expect(before.schoolsWithout.map((l) => l.id)).toEqual(['vgs-974591006']);
  });
  it('keeps to one county when asked', () => {
    expect(areaWhiteSpots(dataset, active2026, '03')).toMatchObject({ municipalities: [], population: 0, schools: 1 });
    expect(areaWhiteSpots(dataset, active2026, '46')).toMatchObject({ population: 400, schools: 0 });
  });
  it('counts a municipality no library serves as a white spot', () => {
    const noLibrary = { ...dataset, libraries: dataset.libraries.filter((l) => l.id !== 'fb-0301') };
    expect(areaWhiteSpots(noLibrary, active2026).municipalities.map((m) => m.number)).toEqual(['0301', '4601']);
  });
});

describe('peerGroup', () => {
  const lib = (id: string, kind: 'public' | 'school', size: number | null, county = '46') => ({
    ...publicLibrary(`${county}01`, { id, kind, name: id, slug: id, inhabitantsServed: kind === 'public' ? size : null }),
    studentsAndStaff: kind === 'school' ? size : null,
  });
  it('compares by size when sizes are known, nearest first', () => {
    const me = lib('p1', 'public', 1000);
    const others = [lib('p2', 'public', 2000), lib('p3', 'public', 500_000), lib('p4', 'public', 900), lib('x', 'public', 1000, '03')];
    // |log(900/1000)| = 0.11 < |log(2000/1000)| = 0.69 < |log(500)| = 6.2; another county never counts.
    expect(peerGroup(me, others, 2)).toEqual({ rule: 'size', peers: [others[2], others[0]] });
  });
  it('uses every school of the county when sizes are missing, and says so', () => {
    const me = lib('s1', 'school', null);
    const others = [lib('s3', 'school', 300), lib('s2', 'school', null), lib('p', 'public', 1000)];
    expect(peerGroup(me, others)).toEqual({ rule: 'county', peers: [others[1], others[0]] });
    // Own size known but too few others with one: the county rule again.
    expect(peerGroup(lib('s4', 'school', 400), others).rule).toBe('county');
  });
  it('has no peers for the only library of its kind in the county', () => {
    expect(peerGroup(lib('s1', 'school', 100), [lib('p', 'public', 100)])).toEqual({ rule: 'none', peers: [] });
  });
});

describe('libraryOffer', () => {
  it("lists every service for the library's kind, with has/lacks, peers with it and the county share", () => {
    const bergen = dataset.libraries.find((l) => l.id === 'fb-4601')!;
    const rows = libraryOffer(bergen, dataset.services, dataset.libraries, ['fb-0301'], active2026);
    // Bergen has film (state-funded, baseline) and lacks news; its one peer, Oslo, has both;
    // in county 46 Bergen is the only public library: film 1 of 1, news 0 of 1.
    expect(rows.map((r) => [r.service.id, r.has, r.baseline, r.peersWith, r.countyWith, r.countyLibraries])).toEqual([
      ['film', true, true, 1, 1, 1],
      ['news', false, false, 1, 0, 1],
    ]);
  });
  it("leaves out services not meant for the library's kind", () => {
    const school = dataset.libraries.find((l) => l.kind === 'school')!;
    expect(libraryOffer(school, dataset.services, dataset.libraries, [], active2026).map((r) => [r.service.id, r.has])).toEqual([['news', true]]);
  });
});
