import { describe, expect, it } from 'vitest';
import type { Dataset } from './schema';
import { currentYear, keyFigures, librariesWithService } from './stats';

/**
 * Hand-computed scenario: two municipalities (600 + 400 inhabitants), their public libraries and
 * one school; a state-funded service everyone has and a bought one.
 *   2026: fb-0301 has film (state) + news (bought); fb-4601 has film only; the school has news.
 *   => 3 libraries with services, 4 subscriptions, 600 of 1,000 inhabitants (60 %) with a paid one.
 */
const text = { nb: 'a', nn: 'a', en: 'a' };
const library = (id: string, kind: 'public' | 'school', municipality: string, inhabitants: number | null) => ({
  id, kind, name: id, slug: id, municipalityNumber: municipality, servesMunicipalities: [municipality], countyNumber: municipality.slice(0, 2),
  position: null, inhabitantsServed: inhabitants, studentsAndStaff: null, libraryNumber: null, organisationNumber: null,
});
const dataset: Dataset = {
  schemaVersion: 1,
  source: { name: 'x.csv', sha256: 'a'.repeat(64), pulledAt: '2026-11-25T00:00:00.000Z', rows: 6, isDemo: false },
  counties: [],
  municipalities: [
    { number: '0301', name: 'Oslo', shortName: 'Oslo', countyNumber: '03', population: 600 },
    { number: '4601', name: 'Bergen', shortName: 'Bergen', countyNumber: '46', population: 400 },
  ],
  libraries: [library('fb-0301', 'public', '0301', 600), library('fb-4601', 'public', '4601', 400), library('vgs-974591006', 'school', '0301', null)],
  vendors: [],
  services: [
    { id: 'film', slug: 'film', name: 'Film', vendorId: 'v', category: 'film', audience: 'public', funding: 'state-funded', url: 'https://a.no/', access: text, description: text },
    { id: 'news', slug: 'news', name: 'News', vendorId: 'v', category: 'news-magazines', audience: 'both', funding: 'bought', url: 'https://b.no/', access: text, description: text },
  ],
  periods: [
    { year: 2025, start: '2025-01-01', end: '2025-12-31' },
    { year: 2026, start: '2026-01-01', end: '2026-12-31' },
    { year: 2027, start: '2027-01-01', end: '2027-12-31' },
  ],
  subscriptions: [
    { libraryId: 'fb-0301', serviceId: 'film', year: 2026, status: 'active' },
    { libraryId: 'fb-0301', serviceId: 'news', year: 2026, status: 'active' },
    { libraryId: 'fb-4601', serviceId: 'film', year: 2026, status: 'active' },
    { libraryId: 'fb-4601', serviceId: 'news', year: 2026, status: 'cancelled' },
    { libraryId: 'vgs-974591006', serviceId: 'news', year: 2026, status: 'active' },
    { libraryId: 'fb-4601', serviceId: 'news', year: 2025, status: 'active' },
  ],
};

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
      librariesWithServices: 3,
      services: 2,
      activeSubscriptions: 4,
      population: 1000,
      populationWithPaidService: 600,
      shareWithPaidService: 0.6,
    });
  });
  it('uses the year asked for', () => {
    expect(keyFigures(dataset, 2025)).toMatchObject({ librariesWithServices: 1, activeSubscriptions: 1, populationWithPaidService: 400, shareWithPaidService: 0.4 });
  });
});

describe('librariesWithService', () => {
  it('lists only active subscribers of that year', () => {
    expect(librariesWithService(dataset, 'news', 2026).map((l) => l.id)).toEqual(['fb-0301', 'vgs-974591006']);
  });
});
