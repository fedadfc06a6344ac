/**
 * The SVG map in a real browser: without JavaScript (every municipality, the legend, the source line,
 * the table, a service's shading, a county's zoom), and with it the keyboard chooser, the search by
 * a library's other name, a service narrowed to a county and the filters read from the URL.
 */
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useBrowser } from './browser';
import { data } from './dataset';
import { baseUrl, PHONE, DESKTOP, shot, pressreader, schoolsWith, publicHas } from './map-shared';

let browser: Browser;

useBrowser((opened) => ({ browser } = opened));

describe('map without JavaScript', () => {
  let context: BrowserContext;
  beforeAll(async () => {
    context = await browser.newContext({ javaScriptEnabled: false, viewport: PHONE });
  });
  afterAll(async () => context?.close());

  it('shows the SVG with every municipality, the legend, the source line and the table', async () => {
    const page = await context.newPage();
    await page.goto(`${baseUrl}/`);
    const svg = page.locator('.norway-map svg.map-svg');
    expect(await svg.isVisible()).toBe(true);
    expect(await svg.locator('g.m path').count()).toBe(data.dataset.municipalities.length);
    expect(await page.locator('.map-legend li').count()).toBeGreaterThan(2);
    expect(await page.locator('.map-source').innerText()).toContain('Kartverket');
    expect(await page.locator('#map-table tr[data-m]').count()).toBe(data.dataset.municipalities.length);
    // Controls that need JavaScript stay out of the way.
    expect(await page.locator('.map-filters').isVisible()).toBe(false);
    expect(await page.locator('.map-explore').isVisible()).toBe(false);
    // The skip link leads to the table.
    expect(await page.getByRole('link', { name: 'Hopp til tabellen med de samme tallene' }).getAttribute('href')).toBe('#map-table');
    await shot(page, 'map-home-nojs-phone', true);
  });

  it('pre-renders a service page with the shading the dataset gives', async () => {
    const page = await context.newPage();
    await page.goto(`${baseUrl}/tjenester/${pressreader.slug}/`);
    const classes = await page.locator('g.m path').evaluateAll((paths) => paths.map((p) => [p.id.slice(1), p.getAttribute('class')] as const));
    const expected = publicHas(pressreader.id);
    expect(classes).toHaveLength(expected.size);
    for (const [n, cls] of classes) {
      expect(cls === 'pub', `${n}: ${cls}`).toBe(expected.get(n));
    }
    const table = await page
      .locator('#map-table tr[data-m]')
      .evaluateAll((rows) => rows.map((r) => [r.getAttribute('data-m'), r.querySelectorAll('td')[1]?.textContent] as const));
    for (const [n, text] of table) expect(text!.startsWith('Ja, på folkebiblioteket'), `${n}: ${text}`).toBe(expected.get(n!));
    // The national map of one service marks and lists the schools that have it, exactly those
    // the dataset says (where it is missing shows in the shading; see listedPoints).
    const holders = schoolsWith(pressreader.id)
      .map((l) => l.id)
      .sort();
    expect(holders.length).toBeGreaterThan(0);
    const schools = await page
      .locator('tr[data-l]')
      .evaluateAll((rows) => rows.map((r) => [r.getAttribute('data-l')!, r.querySelectorAll('td')[1]?.textContent] as const));
    expect(schools.map(([id]) => id).sort()).toEqual(holders);
    expect(schools.every(([, text]) => text === 'Ja')).toBe(true);
    expect((await page.locator('.map-svg .pt use').evaluateAll((marks) => marks.map((m) => m.getAttribute('data-id')!))).sort()).toEqual(holders);
    expect(await page.locator('[data-map-libraries-summary]').textContent()).toBe(`Bibliotekene på kartet som har tjenesten (${holders.length})`);
    // No hollow marks are drawn, so the legend does not explain one.
    expect(await page.locator('[data-point-row="lacks"]').isHidden()).toBe(true);
  });

  it('zooms a county page to the county', async () => {
    const county = data.dataset.counties.find((c) => c.number === '46')!;
    const page = await context.newPage();
    await page.goto(`${baseUrl}/fylker/${county.slug}/`);
    const ids = await page.locator('g.m path').evaluateAll((paths) => paths.map((p) => p.id.slice(1)));
    expect(ids.sort()).toEqual(
      data.dataset.municipalities
        .filter((m) => m.countyNumber === '46')
        .map((m) => m.number)
        .sort(),
    );
    // The county page's map counts public libraries, as the white-spot sentence above it does (issue 24): their marks only.
    expect(await page.locator('.map-svg .pt use[href="#map-pub"]').count()).toBeGreaterThan(0);
    expect(await page.locator('.map-svg .pt use[href="#map-sch"]').count()).toBe(0);
    // The county's embed counts every library: public libraries (circles) and schools (triangles), told apart by shape.
    await page.goto(`${baseUrl}/embed/fylker/${county.slug}/`);
    expect(await page.locator('.map-svg .pt use[href="#map-pub"]').count()).toBeGreaterThan(0);
    expect(await page.locator('.map-svg .pt use[href="#map-sch"]').count()).toBeGreaterThan(0);
  });
});

describe('map with JavaScript', () => {
  it('chooses a municipality by keyboard and announces it', async () => {
    const context = await browser.newContext({ viewport: PHONE });
    const page = await context.newPage();
    await page.goto(`${baseUrl}/`);
    const bergen = data.municipalityByNumber.get('4601')!;
    const input = page.getByRole('combobox', { name: 'Finn en kommune' });
    await input.focus();
    await page.keyboard.type('berg');
    await page.keyboard.press('ArrowDown');
    const active = await input.getAttribute('aria-activedescendant');
    expect(active).toMatch(/^map-option-\d{4}$/);
    const activeName = await page.locator(`#${active}`).innerText();
    expect(await page.getByRole('option', { name: activeName }).getAttribute('aria-selected')).toBe('true');
    // Walk to Bergen whatever else matches "berg".
    for (let i = 0; i < 10 && (await input.getAttribute('aria-activedescendant')) !== 'map-option-4601'; i++) await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    expect(await input.inputValue()).toBe(bergen.name);
    expect(await page.locator('path#m4601').getAttribute('class')).toContain('sel');
    const row = page.locator('tr[data-m="4601"]');
    expect(await row.getAttribute('class')).toContain('sel');
    // textContent: the table is laid out only near the screen (content-visibility), and innerText
    // of a part not laid out is empty.
    const value = (await row.locator('td').nth(1).textContent())!.trim();
    await expect.poll(() => page.locator('[data-map-status]').innerText()).toBe(`Valgt: ${bergen.name}. ${value}.`);
    await shot(page, 'map-chooser-phone');
    await context.close();
  });

  it('finds a municipality by the other name of its public library ("Oslo Public Library" finds Oslo)', async () => {
    const oslo = data.dataset.libraries.find((l) => l.id === 'fb-0301')!;
    const other = oslo.alsoKnownAs?.[0];
    if (!other) return; // a dataset built without the alias file
    const context = await browser.newContext({ viewport: DESKTOP });
    const page = await context.newPage();
    await page.goto(`${baseUrl}/`);
    const input = page.getByRole('combobox', { name: 'Finn en kommune' });
    await input.focus();
    await page.keyboard.type(other);
    expect(await page.locator('.map-chooser [role="option"]').allInnerTexts()).toEqual([data.municipalityByNumber.get('0301')!.name]);
    await context.close();
  });

  it("adds the schools without the service when a service page is narrowed to a county, in the table's order", async () => {
    const context = await browser.newContext({ viewport: DESKTOP });
    const page = await context.newPage();
    await page.goto(`${baseUrl}/tjenester/${pressreader.slug}/`);
    // A service's own page keeps its service: no mode, service or category filter.
    expect(await page.locator('select[name="service"], select[name="mode"], select[name="category"]').count()).toBe(0);
    await page.selectOption('select[name="county"]', '46');
    const inCounty = data.dataset.libraries.filter((l) => l.kind === 'school' && l.position && l.countyNumber === '46');
    const holders = new Set(schoolsWith(pressreader.id, '46').map((l) => l.id));
    await expect.poll(() => page.locator('tr[data-l]:not([hidden])').count()).toBe(inCounty.length);
    const rows = await page
      .locator('tr[data-l]:not([hidden])')
      .evaluateAll((trs) =>
        trs.map((r) => [r.getAttribute('data-l')!, r.querySelector('th')!.textContent!, r.querySelectorAll('td')[1]!.textContent!] as const),
      );
    for (const [id, , text] of rows) expect(text, id).toBe(holders.has(id) ? 'Ja' : 'Nei');
    expect(rows.map(([, name]) => name)).toEqual(rows.map(([, name]) => name).sort(new Intl.Collator('nb-NO').compare));
    // Every listed school is marked, filled where it has the service.
    const marks = await page
      .locator('.map-svg .pt use:not([style*="display: none"])')
      .evaluateAll((uses) => uses.map((u) => [u.getAttribute('data-id')!, u.classList.contains('h')] as const));
    expect(new Map(marks)).toEqual(new Map(inCounty.map((l) => [l.id, holders.has(l.id)])));
    expect(await page.locator('[data-map-libraries-summary]').textContent()).toBe(`Bibliotekene på kartet (${inCounty.length})`);
    expect(await page.locator('[data-point-row="lacks"]').isVisible()).toBe(true);
    await context.close();
  });

  it('reads filters from the URL and re-shades the map and the table', async () => {
    const context = await browser.newContext({ viewport: DESKTOP });
    const page = await context.newPage();
    await page.goto(`${baseUrl}/?visning=tjeneste&tjeneste=${pressreader.id}`);
    const expected = publicHas(pressreader.id);
    await expect.poll(() => page.locator('path#m0301').getAttribute('class')).not.toMatch(/^b\d/);
    const classes = await page.locator('g.m path').evaluateAll((paths) => paths.map((p) => [p.id.slice(1), p.getAttribute('class')] as const));
    for (const [n, cls] of classes) expect(cls === 'pub', n).toBe(expected.get(n));
    expect(await page.locator('select[name="service"]').inputValue()).toBe(pressreader.id);

    // A county filter narrows the table and is written back to the URL.
    await page.selectOption('select[name="county"]', '46');
    await expect.poll(() => page.url()).toContain('fylke=46');
    const visible = await page.locator('#map-table tr[data-m]:not([hidden])').count();
    expect(visible).toBe(data.dataset.municipalities.filter((m) => m.countyNumber === '46').length);
    await page.locator('.norway-map .map-body').screenshot({ path: 'test-results/map-filter-county-desktop.png' });
    await context.close();
  });
});
