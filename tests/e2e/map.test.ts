/**
 * The map in a real browser: the SVG without JavaScript, nothing of MapLibre before anyone
 * interacts, a drawn canvas and a working worker afterwards, and the keyboard chooser.
 * Prints the time from interaction to the first MapLibre frame (not asserted: speed is
 * reported, not tested).
 */
import { mkdirSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { activeServices } from '../../src/lib/dataset/site-data';
import { useBrowser } from './browser';
import { data } from './dataset';

const baseUrl = inject('baseUrl');
let browser: Browser;

useBrowser((opened) => ({ browser } = opened));

const PHONE = { width: 375, height: 812 };
const DESKTOP = { width: 1280, height: 900 };

async function shot(page: Page, name: string, fullPage = false) {
  mkdirSync('test-results', { recursive: true });
  await page.screenshot({ path: `test-results/${name}.png`, fullPage });
}

/** Share of pixels in a PNG that are not (near) white, decoded by the browser itself. */
async function inkShare(png: Buffer): Promise<number> {
  const probe = await browser.newPage();
  try {
    return await probe.evaluate(async (base64) => {
      const image = new Image();
      image.src = `data:image/png;base64,${base64}`;
      await image.decode();
      const canvas = document.createElement('canvas');
      canvas.width = image.width;
      canvas.height = image.height;
      const g = canvas.getContext('2d')!;
      g.drawImage(image, 0, 0);
      const pixels = g.getImageData(0, 0, image.width, image.height).data;
      let ink = 0;
      for (let i = 0; i < pixels.length; i += 4) if (pixels[i]! < 235 || pixels[i + 1]! < 235 || pixels[i + 2]! < 235) ink++;
      return ink / (pixels.length / 4);
    }, png.toString('base64'));
  } finally {
    await probe.close();
  }
}

const pressreader = data.dataset.services.find((s) => s.id === 'pressreader')!;
/** Schools with a position (drawn on the map) that have a service this year, from the dataset. */
function schoolsWith(serviceId: string, countyNumber?: string) {
  return data.dataset.libraries.filter(
    (l) =>
      l.kind === 'school' && l.position && (!countyNumber || l.countyNumber === countyNumber) && activeServices(data, l.id).some((s) => s.id === serviceId),
  );
}
/** Municipality number -> whether its public library has a service this year, from the dataset. */
function publicHas(serviceId: string): Map<string, boolean> {
  const result = new Map<string, boolean>();
  for (const l of data.dataset.libraries) {
    if (l.kind !== 'public') continue;
    const has = activeServices(data, l.id).some((s) => s.id === serviceId);
    for (const m of l.servesMunicipalities) result.set(m, has);
  }
  return result;
}

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

/**
 * A hang guard for the tests that start MapLibre (software WebGL here): they wait up to 45 s for its
 * first frame, which the default 60 s left too little room around; measured 25-40 s with the load
 * average at 11-18 on two cores, a fraction of that on a quiet machine.
 */
const MAPLIBRE_TIMEOUT = 120_000;

describe('map with JavaScript', () => {
  it('requests no MapLibre code before interaction, then draws the canvas with a working worker', { timeout: MAPLIBRE_TIMEOUT }, async () => {
    const context = await browser.newContext({ viewport: DESKTOP });
    const page = await context.newPage();
    const requests: string[] = [];
    const workers: string[] = [];
    const errors: string[] = [];
    let firstFrame = '';
    page.on('request', (r) => requests.push(r.url()));
    page.on('worker', (w) => workers.push(w.url()));
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('response', (r) => {
      if (r.status() >= 400) errors.push(`${r.status()} ${r.url()}`);
    });
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
      if (m.text().startsWith('[map] first MapLibre frame')) firstFrame = m.text();
    });
    await page.goto(`${baseUrl}/tjenester/${pressreader.slug}/`, { waitUntil: 'networkidle' });
    await page.evaluate(() => window.scrollTo(0, 400));
    const onDemand = (url: string) => /maplibre|\.topo\.json|\/kart\/data\.json/.test(url);
    expect(requests.filter(onDemand)).toEqual([]);
    await shot(page, 'map-service-before-desktop');

    await page.getByRole('button', { name: 'Utforsk kartet' }).click();
    await page.locator('.map-gl-active').waitFor({ timeout: 45_000 });
    expect(requests.some((u) => /maplibre-view.*\.js/.test(u))).toBe(true);
    expect(workers.some((u) => /maplibre-gl-worker/.test(u))).toBe(true);
    expect(errors).toEqual([]);

    const canvas = page.locator('canvas.maplibregl-canvas');
    expect(await canvas.getAttribute('aria-label')).toContain(pressreader.name);
    const ink = await inkShare(await canvas.screenshot());
    expect(ink).toBeGreaterThan(0.05);
    // A wheel over the map scrolls the page; zooming needs Ctrl (cooperative gestures).
    const box = (await canvas.boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    const before = await page.evaluate(() => window.scrollY);
    await page.mouse.wheel(0, 300);
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(before);
    const ms = await page.locator('[data-map-frame]').getAttribute('data-first-frame-ms');
    console.log(`interaction to first MapLibre frame: ${ms} ms (${firstFrame || 'no console line'})`);
    await shot(page, 'map-service-maplibre-desktop');
    await context.close();
  });

  it('draws MapLibre on a phone too, started from the keyboard (the explore button, Enter), and focus moves onto it', {
    timeout: MAPLIBRE_TIMEOUT,
  }, async () => {
    const context = await browser.newContext({ viewport: PHONE, hasTouch: true, isMobile: true });
    const page = await context.newPage();
    await page.goto(`${baseUrl}/`);
    await page.locator('.map-explore').focus();
    await page.keyboard.press('Enter');
    await page.locator('.map-gl-active').waitFor({ timeout: 45_000 });
    await expect.poll(() => page.evaluate(() => document.activeElement?.matches('canvas.maplibregl-canvas') ?? false)).toBe(true);
    expect(await inkShare(await page.locator('canvas.maplibregl-canvas').screenshot())).toBeGreaterThan(0.05);
    // Choosing a municipality moves the interactive map there and opens a popup with a link.
    await page.getByRole('combobox', { name: 'Finn en kommune' }).fill('Bergen');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    const link = page.locator('.maplibregl-popup a[href="/kommuner/4601/"]');
    await link.waitFor({ timeout: 10_000 });
    await page.locator('.norway-map').scrollIntoViewIfNeeded();
    await shot(page, 'map-home-maplibre-phone');
    await context.close();
  });

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
