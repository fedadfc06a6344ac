/**
 * One page of each kind in each language: the key figures on it are recomputed here straight
 * from the dataset and compared with what a reader sees, formatted for that language.
 */
import type { Browser, Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { formatInteger, formatPercent } from '../../src/lib/i18n/format';
import { LANGS, localePath, type Lang } from '../../src/lib/i18n/lang';
import { STRINGS } from '../../src/lib/i18n/strings';
import { useBrowser } from './browser';
import { data } from './dataset';
import { isChosen } from '../../src/lib/figures/funding';
import { GLOSSARY } from '../../src/lib/figures/vocabulary';

const baseUrl = inject('baseUrl');
let browser: Browser;
let page: Page;
useBrowser((opened) => ({ browser, page } = opened));

const { dataset, year } = data;
const active = dataset.subscriptions.filter((s) => s.year === year && s.status === 'active');
const activeOf = (libraryId: string) => new Set(active.filter((s) => s.libraryId === libraryId).map((s) => s.serviceId));
const population = dataset.municipalities.reduce((sum, m) => sum + m.population, 0);

async function open(lang: Lang, path: string) {
  const response = await page.goto(`${baseUrl}${localePath(lang, path)}`);
  expect(response?.status()).toBe(200);
  expect(await page.getAttribute('html', 'lang')).toBe(lang);
}
const text = (selector: string) => page.locator(selector).first().innerText();

describe.each(LANGS)('in %s', (lang) => {
  const t = STRINGS[lang];
  const n = (x: number) => formatInteger(x, lang);
  const p = (x: number) => formatPercent(x, lang);

  it("the home page shows this year's figures", async () => {
    await open(lang, '/');
    expect(await text('[data-figure="subscriptions"]')).toBe(n(active.length));
    expect(await text('[data-figure="services"]')).toBe(n(dataset.services.length));
    // Libraries with at least one paid service: the state-funded and network-free baseline does not count.
    const paid = new Set(dataset.services.filter((x) => isChosen(x)).map((x) => x.id));
    expect(await text('[data-figure="libraries-with-services"]')).toBe(n(new Set(active.filter((s) => paid.has(s.serviceId)).map((s) => s.libraryId)).size));
    expect(await page.getByRole('heading', { name: t.searchHeading }).isVisible()).toBe(true);
    expect(await page.getByRole('note', { name: t.demoLabel }).isVisible()).toBe(dataset.source.isDemo);
  });

  it('a service page shows coverage and population reach', async () => {
    const service = dataset.services.find((s) => s.id === 'pressreader')!;
    await open(lang, `/tjenester/${service.slug}/`);
    const subscribers = dataset.libraries.filter((l) => activeOf(l.id).has(service.id));
    const eligible = dataset.libraries.filter((l) => service.audience === 'both' || service.audience === l.kind);
    const inhabitants = subscribers.filter((l) => l.kind === 'public').reduce((sum, l) => sum + (l.inhabitantsServed ?? 0), 0);
    expect(await text('[data-testid="subscriber-count"]')).toBe(t.serviceLibrariesHeading(subscribers.length, service.name, year));
    expect(await text('[data-figure="coverage"]')).toBe(p(subscribers.length / eligible.length));
    expect(await text('[data-figure="population-reach"]')).toBe(p(inhabitants / population));
    expect(await page.locator('.lead').innerText()).toBe(service.description[lang]);
    expect(await page.locator('svg[role="img"] path.line').count()).toBe(1);
  });

  it('the services index lists every service under its category', async () => {
    await open(lang, '/tjenester/');
    expect(await page.locator('li[data-service]').count()).toBe(dataset.services.length);
    const film = page.locator('[data-category="film"] li[data-service]');
    expect(await film.count()).toBe(dataset.services.filter((s) => s.category === 'film').length);
  });

  it('a vendor page lists its services', async () => {
    // The vendor with the most services (in the sourced catalogue each has one).
    const count = (id: string) => dataset.services.filter((s) => s.vendorId === id).length;
    const vendor = [...dataset.vendors].sort((a, b) => count(b.id) - count(a.id))[0]!;
    await open(lang, `/leverandorer/${vendor.slug}/`);
    const rows = await page.locator('[data-testid="vendor-products"] h3').allInnerTexts();
    expect(rows.sort()).toEqual(
      dataset.services
        .filter((s) => s.vendorId === vendor.id)
        .map((s) => s.name)
        .sort(),
    );
  });

  it('a library page lists its services and its peers', async () => {
    const library = dataset.libraries.find((l) => l.kind === 'public' && l.countyNumber === '46' && activeOf(l.id).size >= 2)!;
    await open(lang, `/bibliotek/${library.slug}/`);
    const names = await page.getByTestId('current-services').getByRole('listitem').allInnerTexts();
    // What the state pays for is named as such: it is in "services in all", not in "paid services".
    const named = (id: string) => {
      const s = data.serviceById.get(id)!;
      return isChosen(s) ? s.name : `${s.name} (${GLOSSARY[lang].stateFunded})`;
    };
    expect(names.sort()).toEqual([...activeOf(library.id)].map(named).sort());
    const peers = await page.locator('[data-testid="peers"] tbody th').allInnerTexts();
    expect(peers.length).toBeGreaterThan(0);
    for (const name of peers) {
      const peer = dataset.libraries.find((l) => l.name === name)!;
      expect([peer.kind, peer.countyNumber]).toEqual([library.kind, library.countyNumber]);
    }
  });

  it('a municipality page shows its public library and its schools', async () => {
    const municipality = data.municipalityByNumber.get('4601')!;
    await open(lang, `/kommuner/${municipality.number}/`);
    const library = dataset.libraries.find((l) => l.kind === 'public' && l.servesMunicipalities.includes('4601'))!;
    // The answer first: its public library's paid services, with their label.
    const paidCount = [...activeOf(library.id)].filter((id) => isChosen(data.serviceById.get(id)!)).length;
    expect(await text('[data-testid="summary"] [data-figure="paid-services"]')).toBe(GLOSSARY[lang].paidServices(paidCount));
    const schools = dataset.libraries.filter((l) => l.kind === 'school' && l.municipalityNumber === '4601');
    expect(await page.locator('[data-testid="schools"] li').count()).toBe(schools.length);
  });

  it('a county page shows coverage, the matrix and the breadth ranking', async () => {
    const county = data.countyByNumber.get('46')!;
    await open(lang, `/fylker/${county.slug}/`);
    const libraries = dataset.libraries.filter((l) => l.countyNumber === '46');
    expect(await page.locator('#matrix-public tbody tr').count()).toBe(libraries.filter((l) => l.kind === 'public').length);
    expect(await page.locator('#matrix-school tbody tr').count()).toBe(libraries.filter((l) => l.kind === 'school').length);
    const filmbib = page.locator('[data-testid="county-coverage"] tr', { hasText: 'Filmbib' });
    const publics = libraries.filter((l) => l.kind === 'public');
    expect(await filmbib.locator('td').first().innerText()).toBe(t.ofTotal(n(publics.filter((l) => activeOf(l.id).has('filmbib')).length), n(publics.length)));
    const perYear = await page.locator('.trend-chart tbody td').allTextContents();
    const years = dataset.periods.map((x) => x.year).sort();
    const inCounty = new Set(libraries.map((l) => l.id));
    expect(perYear).toEqual(
      years.map((y) => n(dataset.subscriptions.filter((s) => s.year === y && s.status === 'active' && inCounty.has(s.libraryId)).length)),
    );
    // Breadth counts the services a library chose (bought or county-supported), not the baseline.
    const chosen = new Set(dataset.services.filter((x) => isChosen(x)).map((x) => x.id));
    const widest = Math.max(...publics.map((l) => [...activeOf(l.id)].filter((id) => chosen.has(id)).length));
    expect(await page.locator('[data-testid="breadth"] tbody tr').first().locator('td').last().innerText()).toBe(n(widest));
  });

  it('the compare page shows no libraries nobody chose, and the chosen libraries from the URL', async () => {
    await open(lang, '/sammenlign/');
    await page.getByTestId('compare-empty').waitFor();
    expect(await page.locator('[data-testid="compare-table"]').count()).toBe(0);
    const [a, b] = dataset.libraries.filter((l) => l.countyNumber === '03' && l.kind === 'school');
    await page.goto(`${baseUrl}${localePath(lang, '/sammenlign/')}?b=${a!.slug}&b=${b!.slug}`);
    await page.getByRole('heading', { name: `${a!.name} – ${b!.name}` }).waitFor();
    const sa = activeOf(a!.id),
      sb = activeOf(b!.id);
    const differing = [...new Set([...sa, ...sb])].filter((id) => sa.has(id) !== sb.has(id)).length;
    expect(await text('[data-testid="compare-differs"]')).toBe(t.compareDiffersCount(differing));
    expect(await page.locator('[data-testid="compare-table"] tr.differs').count()).toBe(differing);
  });

  it('the trends page shows subscriptions per year and the white spots', async () => {
    await open(lang, '/utvikling/');
    const totals = await page.locator('[data-testid="county-years"] tfoot td').allInnerTexts();
    const years = dataset.periods.map((x) => x.year).sort();
    expect(totals).toEqual(years.map((y) => n(dataset.subscriptions.filter((s) => s.year === y && s.status === 'active').length)));
    const paid = new Set(dataset.services.filter((s) => isChosen(s)).map((s) => s.id));
    const white = dataset.libraries.filter((l) => ![...activeOf(l.id)].some((id) => paid.has(id))).length;
    expect(await text('[data-testid="white-spots-count"]')).toBe(t.whiteSpotsLead(white, year));
  });

  it('the open data page links files that hold the dataset', async () => {
    await open(lang, '/data/');
    const href = await page.getByRole('link', { name: 'subscriptions.csv' }).getAttribute('href');
    const csv = await (await page.request.get(`${baseUrl}${href}`)).text();
    expect(csv.trim().split('\n')).toHaveLength(dataset.subscriptions.length + 1);
    expect(await text('[data-testid="data-source"]')).toContain(dataset.source.name);
  });

  it('the about, accessibility and changes pages are there with one h1', async () => {
    for (const path of ['/om/', '/tilgjengelighet/', '/endringer/']) {
      await open(lang, path);
      expect(await page.locator('h1').count()).toBe(1);
    }
  });

  it('the language switch keeps the page, and hreflang names every language', async () => {
    await open(lang, '/fylker/vestland/');
    for (const other of LANGS) {
      expect(await page.locator(`link[rel="alternate"][hreflang="${other}"]:not([type])`).getAttribute('href')).toMatch(
        new RegExp(`${localePath(other, '/fylker/vestland/')}$`),
      );
    }
    const other = LANGS.find((l) => l !== lang)!;
    await page.locator(`nav a[hreflang="${other}"]`).click();
    await page.waitForURL(`**${localePath(other, '/fylker/vestland/')}`);
    expect(await page.getAttribute('html', 'lang')).toBe(other);
  });
});

describe('interaction', () => {
  it('sorts the county matrix by a service column, subscribers first', async () => {
    await open('nb', '/fylker/vestland/');
    const column = page.locator('#matrix-public thead th').nth(2);
    await column.getByRole('button').click();
    expect(await column.getAttribute('aria-sort')).toBe('descending');
    const values = await page.locator('#matrix-public tbody tr td:nth-of-type(2)').evaluateAll((cells) => cells.map((c) => (c as HTMLElement).dataset.v));
    expect(values).toEqual([...values].sort().reverse());
  });

  it('filters the services index by audience', async () => {
    await open('en', '/tjenester/');
    await page.getByLabel('For').selectOption('school');
    const visible = await page.locator('li[data-service]:visible').count();
    expect(visible).toBe(dataset.services.filter((s) => s.audience !== 'public').length);
    expect(await page.locator('output[name="shown"]').innerText()).toBe(`Showing ${visible} services`);
  });

  it('says "1 service" when the filter leaves one', async () => {
    await open('en', '/tjenester/');
    await page.getByLabel('Funding').selectOption('state-funded');
    expect(dataset.services.filter((s) => s.funding === 'state-funded')).toHaveLength(1);
    expect(await page.locator('output[name="shown"]').innerText()).toBe('Showing 1 service');
  });

  it('has no horizontal scroll at 320 px on the widest pages', async () => {
    await page.setViewportSize({ width: 320, height: 700 });
    for (const path of [
      '/',
      '/tjenester/',
      '/tjenester/pressreader/',
      '/leverandorer/',
      '/bibliotek/bergen-bibliotek/',
      '/kommuner/4601/',
      '/fylker/vestland/',
      '/sammenlign/',
      '/utvikling/',
      '/endringer/',
      '/en/data/',
      '/nn/om/',
    ]) {
      await page.goto(`${baseUrl}${path}`);
      expect(await page.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(320);
    }
    await page.setViewportSize({ width: 375, height: 812 });
  });
});

describe('search and text safety', () => {
  it('the municipality list narrows to the query in its address', async () => {
    await page.goto(`${baseUrl}/nn/kommuner/?q=Bergen`);
    const visible = await page.locator('#municipality-list li:visible').allInnerTexts();
    expect(visible).toContain('Bergen');
    expect(visible.length).toBeLessThan(5);
  });

  it('compares libraries named in the address, as the form sends them', async () => {
    const [a, b] = dataset.libraries.filter((l) => l.countyNumber === '46' && l.kind === 'public');
    await page.goto(`${baseUrl}/sammenlign/?b=${encodeURIComponent(a!.name)}&b=${encodeURIComponent(b!.name)}`);
    await page.getByRole('heading', { name: `${a!.name} – ${b!.name}` }).waitFor();
    expect(await page.locator('[data-testid="compare-table"] thead th').count()).toBe(2 + 2);
  });

  it('shows markup from the address as text on the compare page', async () => {
    await page.goto(`${baseUrl}/sammenlign/?b=${encodeURIComponent('<b>x</b>')}`);
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.innerText()).toContain('<b>x</b>');
    expect(await page.locator('#compare-result b').count()).toBe(0);
  });
});
