import { describe, expect, it } from 'vitest';
import { indexDataset } from '../dataset/site-data';
import { municipalitiesByBreadth, offerReport, peerReport, siteStats } from './site-stats';
import { publicLibrary, schoolLibrary, subscriptions, testCounty, testDataset, testMunicipality, testService } from '../dataset/test-data';

/**
 * County 11 with three municipalities: 1101 (1,000 inhabitants) and 1102 (3,000) have their own
 * public libraries; 1103 (2,000) is served by 1102's. A school sits in 1101.
 * 2026: fb-1101 has film; fb-1102 has film, news and music; the school has news.
 * 2025: fb-1101 had news (so in 2026 news is cancelled there and film is new).
 */
const dataset = testDataset({
  counties: [testCounty('11', 'Rogaland', 6000)],
  municipalities: [testMunicipality('1101', 'A', 1000), testMunicipality('1102', 'B', 3000), testMunicipality('1103', 'C', 2000)],
  libraries: [
    publicLibrary('1101', { inhabitantsServed: 1000 }),
    publicLibrary('1102', { servesMunicipalities: ['1102', '1103'], inhabitantsServed: 5000 }),
    schoolLibrary('123456789', '1101', { studentsAndStaff: 500, organisationNumber: null }),
  ],
  services: [testService('film', { audience: 'public' }), testService('news'), testService('music', { audience: 'public' })],
  subscriptions: subscriptions([
    ['fb-1101', 'news', 2025],
    ['fb-1101', 'news', 2026, 'cancelled'],
    ['fb-1101', 'film', 2026],
    ['fb-1102', 'film', 2026],
    ['fb-1102', 'news', 2026],
    ['fb-1102', 'music', 2026],
    ['vgs-123456789', 'news', 2026],
  ]),
});
const data = indexDataset(dataset);

describe('siteStats', () => {
  const stats = siteStats(data);
  it("gives each service its coverage, reach, yearly counts and this year's changes", () => {
    const news = stats.services.get('news')!;
    expect(news.coverage).toEqual({ eligible: 3, subscribers: 2, share: 2 / 3 });
    expect(news.reach).toEqual({ inhabitants: 5000, share: 5000 / 6000 });
    expect(news.perYear).toEqual([
      { year: 2025, count: 1 },
      { year: 2026, count: 2 },
    ]);
    expect(news.added.map((l) => l.id)).toEqual(['fb-1102', 'vgs-123456789']);
    expect(news.cancelled.map((l) => l.id)).toEqual(['fb-1101']);
  });
  it('ranks services by population reach', () => {
    // film reaches everyone (6,000), news and music 5,000; news has the higher coverage.
    expect(stats.servicesByReach.map((s) => s.service.id)).toEqual(['film', 'news', 'music']);
  });
  it("finds every municipality's public library, shared ones included", () => {
    expect(stats.publicLibraryOf.get('1103')!.id).toBe('fb-1102');
  });
});

describe('municipalitiesByBreadth', () => {
  it("ranks municipalities by their public library's number of services, widest first", () => {
    // 1102 and 1103 share a library with 3 services: both first; 1101 (1 service) is third.
    expect(municipalitiesByBreadth(data, '11').map((r) => [r.rank, r.municipality.number, r.services])).toEqual([
      [1, '1102', 3],
      [1, '1103', 3],
      [3, '1101', 1],
    ]);
  });
});

describe('peerReport', () => {
  it('finds the other public library in the county and what it has that this one lacks', () => {
    const report = peerReport(data, data.libraryById.get('fb-1101')!);
    expect(report.peers.map((l) => l.id)).toEqual(['fb-1102']);
    expect(report.gaps).toEqual([
      { serviceId: 'music', peersWith: 1 },
      { serviceId: 'news', peersWith: 1 },
    ]);
  });
});

describe('the vocabulary’s figures per library (issue 24)', () => {
  // Filmbib (state-funded) at both public libraries; Lovdata (not recorded) left out even if a row names it.
  const withBaseline = indexDataset(
    testDataset({
      ...dataset,
      services: [
        ...dataset.services,
        testService('filmbib', { audience: 'public', funding: 'state-funded' }),
        testService('lovdata', { audience: 'public', funding: 'network-free', recorded: false }),
      ],
      subscriptions: [
        ...dataset.subscriptions,
        ...subscriptions([
          ['fb-1101', 'filmbib', 2026],
          ['fb-1102', 'filmbib', 2026],
          ['fb-1101', 'lovdata', 2026],
        ]),
      ],
    }),
  );
  const stats = siteStats(withBaseline);

  it('counts paid services and services in all, never what the data cannot tell', () => {
    expect([stats.paidServices.get('fb-1101'), stats.allServices.get('fb-1101')]).toEqual([1, 2]);
    expect([stats.paidServices.get('fb-1102'), stats.allServices.get('fb-1102')]).toEqual([3, 4]);
    expect(stats.notRecorded.map((s) => s.id)).toEqual(['lovdata']);
    // An unrecorded service has no place in the ranking by reach: it would read as 0 %.
    expect(stats.servicesByReach.map((s) => s.service.id)).not.toContain('lovdata');
  });

  it("marks a library's offer has / lacks / not recorded, and leads with what most of its peers have that it lacks", () => {
    const report = offerReport(withBaseline, withBaseline.libraryById.get('fb-1101')!);
    const state = new Map(report.rows.map((r) => [r.service.id, r.state]));
    expect(Object.fromEntries(state)).toEqual({ film: 'has', filmbib: 'has', news: 'lacks', music: 'lacks', lovdata: 'not-recorded' });
    // Its one peer (fb-1102) has news and music: both are what "most" of its peers have.
    expect(report.gaps.map((g) => g.serviceId).sort()).toEqual(['music', 'news']);
  });
});
