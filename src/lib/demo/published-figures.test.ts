import { beforeAll, describe, expect, it } from 'vitest';
import { pullDemoDataset } from '../pull/demo-dataset';
import type { Dataset } from '../dataset/schema';
import {
  FIRST_PERIOD,
  GROWTH_2024,
  PRESSREADER_TRIAL_YEAR,
  PUBLISHED_TOTALS,
  publishedRows,
  publishedTotals,
  TRIAL_COUNTED_IN_TOTAL,
} from './published-figures';

let dataset: Dataset;
beforeAll(async () => {
  dataset = await pullDemoDataset();
});

/** Active subscriptions the libraries chose and paid for (sales): not Filmbib's registrations. */
function sales(year: number) {
  const paid = new Set(dataset.services.filter((s) => s.funding === 'bought' || s.funding === 'county-funded').map((s) => s.id));
  return dataset.subscriptions.filter((s) => s.year === year && s.status === 'active' && paid.has(s.serviceId));
}
function buyers(year: number, kind: 'public' | 'school') {
  const kindOf = new Map(dataset.libraries.map((l) => [l.id, l.kind]));
  return new Set(
    sales(year)
      .filter((s) => kindOf.get(s.libraryId) === kind)
      .map((s) => s.libraryId),
  ).size;
}
const percent = (after: number, before: number) => Math.round((after / before - 1) * 10_000) / 100;

describe('the demo follows the published record', () => {
  it('sells 973 subscriptions for 2023 (Prosjekt Digin, sluttrapport, 4.1)', () => {
    expect(publishedTotals(2023).map((t) => t.subscriptions)).toEqual([973]);
    expect(sales(2023)).toHaveLength(973);
  });

  it('sells 1,077 for 2024 (Bibliotek24, result of the 2023 period), while the list keeps 1,034 (the report) beside it', () => {
    expect(publishedTotals(2024).map((t) => t.subscriptions)).toEqual([1077, 1034]);
    expect(new Set(publishedTotals(2024).map((t) => t.source.title)).size).toBe(2);
    expect(sales(2024)).toHaveLength(1077);
  });

  it('sells 1,079 for 2025, published as preliminary (Prosjekt Digin, sluttrapport, 4.1)', () => {
    expect(publishedTotals(2025)).toMatchObject([{ subscriptions: 1079, preliminary: true }]);
    expect(sales(2025)).toHaveLength(1079);
  });

  it('has 447 buying libraries in the first period, two thirds of them public libraries', () => {
    const publicBuyers = buyers(FIRST_PERIOD.year, 'public');
    const schoolBuyers = buyers(FIRST_PERIOD.year, 'school');
    expect(publicBuyers + schoolBuyers).toBe(FIRST_PERIOD.buyingLibraries);
    expect(Math.abs(publicBuyers / FIRST_PERIOD.buyingLibraries - FIRST_PERIOD.publicShare)).toBeLessThan(0.01);
  });

  it('grows 2.69 % in public libraries and about 26.36 % in schools in 2024 (Bibliotek24, result of the 2023 period)', () => {
    expect(percent(buyers(2024, 'public'), buyers(2023, 'public'))).toBe(GROWTH_2024.publicPercent);
    // No whole numbers of libraries meet 447, two thirds and both percentages: schools get the nearest.
    expect(Math.abs(percent(buyers(2024, 'school'), buyers(2023, 'school')) - GROWTH_2024.schoolPercent)).toBeLessThan(0.5);
  });

  it("shows PressReader's 2023 national trial as a trial, not as purchases, and not counted in the 973", () => {
    const pressReader = dataset.services.find((s) => s.name === 'PressReader')!;
    expect(pressReader.trials?.map((t) => t.year)).toEqual([PRESSREADER_TRIAL_YEAR]);
    expect(dataset.subscriptions.filter((s) => s.serviceId === pressReader.id && s.year <= 2024 && s.status === 'active')).toEqual([]);
    expect(TRIAL_COUNTED_IN_TOTAL).toBe(false);
  });

  it('publishes no year the sources have no total for', () => {
    const published = new Set(PUBLISHED_TOTALS.map((t) => t.year));
    expect(dataset.periods.every((p) => published.has(p.year))).toBe(true);
  });
});

describe("the trends page's published figures", () => {
  const subscriptions = [
    { year: 2024, status: 'active', serviceId: 'paid' },
    { year: 2024, status: 'active', serviceId: 'state' },
    { year: 2026, status: 'active', serviceId: 'paid' },
    { year: 2026, status: 'cancelled', serviceId: 'paid' },
  ];
  const periods = [{ year: 2024 }, { year: 2026 }];
  const chosen = new Set(['paid']);

  it('counts chosen active subscriptions, shows both 2024 totals as disagreeing, and labels a year without a total a demo estimate', () => {
    const [y2024, y2026] = publishedRows({ source: { isDemo: true }, periods, subscriptions }, chosen);
    expect(y2024).toMatchObject({ year: 2024, count: 1, disagree: true, demoEstimate: false });
    expect(y2024!.published.map((p) => p.subscriptions)).toEqual([1077, 1034]);
    expect(y2026).toMatchObject({ year: 2026, count: 1, published: [], demoEstimate: true, disagree: false });
  });

  it("never calls a real dataset's count a demo estimate", () => {
    expect(publishedRows({ source: { isDemo: false }, periods, subscriptions }, chosen).some((r) => r.demoEstimate)).toBe(false);
  });
});
