import { describe, expect, it } from 'vitest';
import { compareNames } from '../i18n/format';
import { indexDataset } from '../dataset/site-data';
import { publicLibrary, schoolLibrary, subscriptions, testCounty, testDataset, testMunicipality, testService } from '../dataset/test-data';
import { countyReport, countyReportPath } from './county-report';

// Agder (42): Arendal's library keeps News and gains Film in 2026; Grimstad's loses News and keeps
// only the state-funded baseline, so it becomes a white spot. A school has nothing. Oslo (03) is
// another county and must not leak in.
const dataset = testDataset({
  counties: [testCounty('42', 'Agder', 300), testCounty('03', 'Oslo', 700)],
  municipalities: [testMunicipality('4203', 'Arendal', 100), testMunicipality('4202', 'Grimstad', 200), testMunicipality('0301', 'Oslo', 700)],
  libraries: [
    publicLibrary('4203', { name: 'Arendal bibliotek' }),
    publicLibrary('4202', { name: 'Grimstad bibliotek' }),
    schoolLibrary('900000001', '4203', { name: 'Sam Eyde vgs' }),
    publicLibrary('0301'),
  ],
  services: [testService('news', { name: 'News' }), testService('film', { name: 'Film' }), testService('base', { name: 'Base', funding: 'state-funded' })],
  subscriptions: subscriptions([
    ['fb-4203', 'news', 2025],
    ['fb-4203', 'news', 2026],
    ['fb-4203', 'film', 2026],
    ['fb-4202', 'news', 2025],
    ['fb-4202', 'base', 2025],
    ['fb-4202', 'base', 2026],
    ['fb-0301', 'news', 2026],
  ]),
});
const data = indexDataset(dataset);
const agder = dataset.counties[0]!;
const report = countyReport(data, agder, compareNames('nb'));
const figure = (id: string) => report.figures.find((f) => f.id === id)!;

describe('countyReport', () => {
  it('lists each municipality with its library and chosen services only, by name', () => {
    expect(report.municipalities.map((m) => [m.municipality.name, m.library?.name, m.services.map((s) => s.name)])).toEqual([
      ['Arendal', 'Arendal bibliotek', ['Film', 'News']],
      ['Grimstad', 'Grimstad bibliotek', []],
    ]);
    expect(report.schools.map((s) => [s.school.name, s.municipality?.name, s.services.length])).toEqual([['Sam Eyde vgs', 'Arendal', 0]]);
  });

  it("has the county's changes since last year and no other county's", () => {
    expect(report.previousYear).toBe(2025);
    expect(report.changes.map((c) => `${c.library.name} ${c.service.name} ${c.kind}`)).toEqual([
      'Arendal bibliotek Film added',
      'Grimstad bibliotek News cancelled',
    ]);
  });

  it('counts the key figures from the county alone, the baseline not making a library "paid"', () => {
    expect(figure('publicLibraries').value).toBe(2);
    expect(figure('schools').value).toBe(1);
    expect(figure('librariesWithPaid')).toMatchObject({ value: 1, of: 3 });
    expect(figure('whiteSpotPopulation')).toMatchObject({ value: 200, of: 300 });
    expect(figure('populationReached')).toMatchObject({ value: 100, of: 300 });
    expect(figure('subscriptions').value).toBe(3);
    expect(figure('servicesInUse')).toMatchObject({ value: 3, of: 3 });
  });

  it('has white spots now and the year before, and the trend per year', () => {
    expect(report.white.now.municipalities.map((m) => m.name)).toEqual(['Grimstad']);
    expect(report.white.before?.municipalities).toEqual([]);
    expect(report.trend).toEqual([
      { year: 2025, count: 3 },
      { year: 2026, count: 3 },
    ]);
  });

  it('lives beside the county page', () => {
    expect(countyReportPath('agder')).toBe('/fylker/agder/rapport/');
  });
});
