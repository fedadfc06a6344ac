import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { formatInteger, formatPercent } from '../../src/lib/i18n/format';
import { activeServices } from '../../src/lib/dataset/site-data';
import { activeServicesByLibrary, areaWhiteSpots, keyFigures } from '../../src/lib/figures/stats';
import { useBrowser } from './browser';
import { data } from './dataset';

const baseUrl = inject('baseUrl');
let browser: Browser;
let page: Page;

useBrowser((opened) => ({ browser, page } = opened));

async function screenshot(name: string) {
  mkdirSync('test-results', { recursive: true });
  await page.screenshot({ path: `test-results/${name}.png`, fullPage: true });
}

describe('home page', () => {
  it('shows the key figures computed from the dataset', async () => {
    await page.goto(`${baseUrl}/`);
    const figures = keyFigures(data.dataset, data.year);
    const figure = (name: string) => page.locator(`[data-figure="${name}"]`).innerText();
    expect(await figure('libraries-with-services')).toBe(formatInteger(figures.librariesWithServices));
    expect(await figure('services')).toBe(formatInteger(figures.services));
    expect(await figure('subscriptions')).toBe(formatInteger(figures.activeSubscriptions));
    expect(await figure('population-share')).toBe(formatPercent(figures.shareWithPaidService));
    // The figures are read by their labels, as a person would.
    await expect(page.getByText(`Abonnementer i ${data.year}`).isVisible()).resolves.toBe(true);
    await screenshot('home-phone');
  });

  it('states the white spots: municipalities and people with no paid service, and the change from last year', async () => {
    await page.goto(`${baseUrl}/`);
    const years = data.dataset.periods
      .map((p) => p.year)
      .filter((y) => y < data.year)
      .sort((a, b) => b - a);
    const now = areaWhiteSpots(data.dataset, activeServicesByLibrary(data.dataset, data.year));
    expect(await page.getByTestId('white-spots-headline').innerText()).toBe(
      `${formatInteger(now.municipalities.length)} kommuner med til sammen ${formatInteger(now.population)} innbyggere har et folkebibliotek uten noen betalt tjeneste i ${data.year}.`,
    );
    if (years[0] !== undefined) {
      const before = areaWhiteSpots(data.dataset, activeServicesByLibrary(data.dataset, years[0]));
      const signed = (n: number) => (n > 0 ? `+${formatInteger(n)}` : n < 0 ? `−${formatInteger(-n)}` : '0');
      expect(await page.getByTestId('white-spots-change').innerText()).toBe(
        `Endring fra ${years[0]}: ${signed(now.municipalities.length - before.municipalities.length)} kommuner, ${signed(now.population - before.population)} innbyggere.`,
      );
    }
    expect(await page.locator('[data-testid="white-spots-list"] li').count()).toBe(now.municipalities.length);
    // The demo build has white spots, and the map's lowest class is "no paid service" with them named.
    if (data.dataset.source.isDemo) {
      expect(now.municipalities.length).toBeGreaterThan(0);
      const lowest = page.locator('.map-legend li', { hasText: 'Ingen betalt tjeneste' });
      expect(await lowest.innerText()).toContain(`(${now.municipalities.length} kommune`);
      expect(await page.locator('.map-summary').first().innerText()).toContain(now.municipalities[0]!.name);
    }
  });

  it('says visibly that the data is demo data when, and only when, it is', async () => {
    await page.goto(`${baseUrl}/`);
    const banner = page.getByRole('note', { name: 'Eksempeldata' });
    expect(await banner.isVisible()).toBe(data.dataset.source.isDemo);
    if (data.dataset.source.isDemo) expect(await banner.innerText()).toContain('oppdiktet');
  });
});

describe('library page', () => {
  // The shared library with the most services this year: a page with something to check.
  const library = [...data.dataset.libraries]
    .filter((l) => l.servesMunicipalities.length > 1)
    .sort((a, b) => activeServices(data, b.id).length - activeServices(data, a.id).length)[0]!;

  it('lists exactly the services the dataset gives it this year', async () => {
    await page.goto(`${baseUrl}/bibliotek/${library.slug}/`);
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe(library.name);
    const expected = activeServices(data, library.id).map((s) => s.name);
    expect(expected.length).toBeGreaterThan(0);
    // What the state pays for is named as such (figures/vocabulary.ts: it is not a paid service).
    expect(await page.getByTestId('current-services').getByRole('listitem').allInnerTexts()).toEqual(
      activeServices(data, library.id).map((s) => (s.funding === 'state-funded' ? `${s.name} (betalt av staten)` : s.name)),
    );
    expect(await page.getByRole('note', { name: 'Eksempeldata' }).isVisible()).toBe(data.dataset.source.isDemo);
    await screenshot('library-phone');
  });

  it("shows the whole offer for its kind: has and lacks per service, and never peers' services as its own", async () => {
    const none = data.dataset.libraries.find(
      (l) => l.kind === 'public' && activeServices(data, l.id).every((s) => s.funding === 'state-funded' || s.funding === 'network-free'),
    );
    if (!none) return;
    await page.goto(`${baseUrl}/bibliotek/${none.slug}/`);
    expect(await page.getByTestId('offer-nothing').isVisible()).toBe(true);
    const forKind = data.dataset.services.filter((s) => s.audience !== 'school');
    expect(await page.locator('[data-testid="offer-table"] tbody tr').count()).toBe(forKind.length);
    const has = await page.locator('[data-testid="offer-table"] tbody tr[data-has="true"]').count();
    expect(has).toBe(activeServices(data, none.id).length);
    expect(await page.getByTestId('peer-rule').innerText()).toMatch(/Lignende bibliotek/);
  });

  it('links every municipality it serves', async () => {
    await page.goto(`${baseUrl}/bibliotek/${library.slug}/`);
    for (const number of library.servesMunicipalities) {
      const municipality = data.municipalityByNumber.get(number)!;
      expect(await page.getByRole('link', { name: municipality.name, exact: true }).getAttribute('href')).toBe(`/kommuner/${number}/`);
    }
  });
});
