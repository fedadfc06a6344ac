import { describe, expect, it } from 'vitest';
import type { Dataset, Library } from './schema';
import { indexDataset } from './site-data';
import { municipalitiesByBreadth, peerReport, siteStats } from './site-stats';

/**
 * County 11 with three municipalities: 1101 (1,000 inhabitants) and 1102 (3,000) have their own
 * public libraries; 1103 (2,000) is served by 1102's. A school sits in 1101.
 * 2026: fb-1101 has film; fb-1102 has film, news and music; the school has news.
 * 2025: fb-1101 had news (so in 2026 news is cancelled there and film is new).
 */
const text = { nb: 'a', nn: 'b', en: 'c' };
const lib = (id: string, kind: Library['kind'], municipality: string, serves: string[], inhabitants: number | null): Library => ({
  id, kind, name: id, slug: id, municipalityNumber: municipality, servesMunicipalities: serves, countyNumber: '11',
  position: null, inhabitantsServed: inhabitants, studentsAndStaff: kind === 'school' ? 500 : null, libraryNumber: null, organisationNumber: null,
});
const service = (id: string, audience: 'public' | 'school' | 'both') => ({
  id, slug: id, name: id, vendorId: 'v', category: 'film' as const, audience, funding: 'bought' as const, billing: null, status: 'confirmed' as const, evidence: [{ source: 'test fixture', section: '1', note: 'invented for the test' }], url: 'https://a.no/', access: text, description: text,
});
const dataset: Dataset = {
  schemaVersion: 1,
  source: { name: 'x.csv', sha256: 'a'.repeat(64), pulledAt: '2026-06-01T00:00:00.000Z', rows: 0, isDemo: false },
  counties: [{ number: '11', name: 'Rogaland', officialName: 'Rogaland', population: 6000, slug: 'rogaland' }],
  municipalities: [
    { number: '1101', name: 'A', shortName: 'A', countyNumber: '11', population: 1000 },
    { number: '1102', name: 'B', shortName: 'B', countyNumber: '11', population: 3000 },
    { number: '1103', name: 'C', shortName: 'C', countyNumber: '11', population: 2000 },
  ],
  libraries: [lib('fb-1101', 'public', '1101', ['1101'], 1000), lib('fb-1102', 'public', '1102', ['1102', '1103'], 5000), lib('vgs-123456789', 'school', '1101', ['1101'], null)],
  vendors: [{ id: 'v', slug: 'v', name: 'V' }],
  services: [service('film', 'public'), service('news', 'both'), service('music', 'public')],
  periods: [{ year: 2025, start: '2025-01-01', end: '2025-12-31' }, { year: 2026, start: '2026-01-01', end: '2026-12-31' }],
  subscriptions: [
    { libraryId: 'fb-1101', serviceId: 'news', year: 2025, status: 'active' },
    { libraryId: 'fb-1101', serviceId: 'news', year: 2026, status: 'cancelled' },
    { libraryId: 'fb-1101', serviceId: 'film', year: 2026, status: 'active' },
    { libraryId: 'fb-1102', serviceId: 'film', year: 2026, status: 'active' },
    { libraryId: 'fb-1102', serviceId: 'news', year: 2026, status: 'active' },
    { libraryId: 'fb-1102', serviceId: 'music', year: 2026, status: 'active' },
    { libraryId: 'vgs-123456789', serviceId: 'news', year: 2026, status: 'active' },
  ],
};
const data = indexDataset(dataset);

describe('siteStats', () => {
  const stats = siteStats(data);
  it('gives each service its coverage, reach, yearly counts and this year\'s changes', () => {
    const news = stats.services.get('news')!;
    expect(news.coverage).toEqual({ eligible: 3, subscribers: 2, share: 2 / 3 });
    expect(news.reach).toEqual({ inhabitants: 5000, share: 5000 / 6000 });
    expect(news.perYear).toEqual([{ year: 2025, count: 1 }, { year: 2026, count: 2 }]);
    expect(news.added.map((l) => l.id)).toEqual(['fb-1102', 'vgs-123456789']);
    expect(news.cancelled.map((l) => l.id)).toEqual(['fb-1101']);
  });
  it('ranks services by population reach', () => {
    // film reaches everyone (6,000), news and music 5,000; news has the higher coverage.
    expect(stats.servicesByReach.map((s) => s.service.id)).toEqual(['film', 'news', 'music']);
  });
  it('finds every municipality\'s public library, shared ones included', () => {
    expect(stats.publicLibraryOf.get('1103')!.id).toBe('fb-1102');
  });
});

describe('municipalitiesByBreadth', () => {
  it('ranks municipalities by their public library\'s number of services, widest first', () => {
    // 1102 and 1103 share a library with 3 services: both first; 1101 (1 service) is third.
    expect(municipalitiesByBreadth(data, '11').map((r) => [r.rank, r.municipality.number, r.services])).toEqual([[1, '1102', 3], [1, '1103', 3], [3, '1101', 1]]);
  });
});

describe('peerReport', () => {
  it('finds the other public library in the county and what it has that this one lacks', () => {
    const report = peerReport(data, data.libraryById.get('fb-1101')!);
    expect(report.peers.map((l) => l.id)).toEqual(['fb-1102']);
    expect(report.gaps).toEqual([{ serviceId: 'music', peersWith: 1 }, { serviceId: 'news', peersWith: 1 }]);
  });
});
