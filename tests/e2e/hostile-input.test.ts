/**
 * Hostile values in the address and in the data, in the browser: prototype names in the map's
 * URL filters fall back to the default view, replacement patterns in `?b=` are shown as typed, and
 * the CSV the embed page writes in the browser neutralises formulas like the build's CSVs.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import type { Browser, Page } from 'playwright-core';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { useBrowser } from './browser';
import { data } from './dataset';

const baseUrl = inject('baseUrl');
let browser: Browser;
useBrowser((opened) => ({ browser } = opened));

/** The map as the island leaves it: legend title, the table's value heading and every row's value. */
async function mapState(page: Page) {
  // The island re-shades after fetching the map data, when the URL asks for another view.
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(300);
  return page.evaluate(() => ({
    legend: document.querySelector('.map-legend-title')?.textContent,
    heading: document.querySelector('[data-map-value-heading]')?.textContent,
    rows: [...document.querySelectorAll('#map-table > table tbody tr[data-m]')].filter((r) => !(r as HTMLElement).hidden).map((r) => r.textContent),
  }));
}

describe('prototype names in the URL', () => {
  const names = ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf'];
  // The default view, read once for every name.
  let home: Awaited<ReturnType<typeof mapState>>;
  beforeAll(async () => {
    const page = await browser.newPage();
    await page.goto(`${baseUrl}/`);
    home = await mapState(page);
    await page.close();
  });
  it.each(names)('?…=%s in every map filter shows the default view without errors', async (name) => {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    const q = new URLSearchParams({ visning: name, tjeneste: name, kategori: name, type: name, fylke: name, ar: name });
    await page.goto(`${baseUrl}/?${q}`);
    expect(await mapState(page)).toEqual(home);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('replacement patterns from the URL', () => {
  it('shows `$&`, `$\'` and `$1` in the comparison\'s "not found" message as typed', async () => {
    const page = await browser.newPage();
    const typed = ['$&x', "$'y", '$`z', '$1w'];
    await page.goto(`${baseUrl}/sammenlign/?${typed.map((t) => `b=${encodeURIComponent(t)}`).join('&')}`);
    const alerts = page.locator('#compare-result [role="alert"]');
    await expect.poll(() => alerts.count(), { timeout: 10_000 }).toBe(typed.length);
    const texts = await alerts.allTextContents();
    typed.forEach((t, i) => expect(texts[i]).toContain(`«${t}»`));
    await page.close();
  });
});

describe('the CSV the embed page writes in the browser', () => {
  it('neutralises formulas in names the same way as the build', async () => {
    const service = data.dataset.services[0]!;
    // The county with the most municipalities, so the filtered table has rows for every name.
    const count = (n: string) => data.dataset.municipalities.filter((m) => m.countyNumber === n).length;
    const county = [...data.dataset.counties].sort((a, b) => count(b.number) - count(a.number))[0]!;
    const context = await browser.newContext({ acceptDownloads: true });
    const page = await context.newPage();
    await page.goto(`${baseUrl}/embed/tjenester/${service.slug}/?type=vgs&fylke=${county.number}`);
    await expect
      .poll(() => page.$$eval('#map-table > table tbody tr[data-m]:not([hidden])', (rows) => rows.length), { timeout: 10_000 })
      .toBe(count(county.number));
    // Names as an export could carry them: the table is what the browser's CSV is written from.
    const hostile = ['=HYPERLINK("https://evil.example","x")', '@SUM(1+1)', '+47 22 33 44 55'];
    await page.$$eval(
      '#map-table > table tbody tr[data-m]:not([hidden])',
      (rows, names) => names.forEach((name, i) => (rows[i]!.children[0]!.textContent = name)),
      hostile,
    );
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-embed-csv]')]);
    const csv = parse(readFileSync((await download.path())!, 'utf8'), { bom: true }) as string[][];
    expect(csv.slice(1, 4).map((row) => row[1])).toEqual(hostile.map((name) => `'${name}`));
    for (const row of csv) for (const cell of row) expect(cell).not.toMatch(/^[=+@\t\r]/);
    await context.close();
  });
});
