/**
 * The Content-Security-Policy holds in a real browser: the main journeys (home and search, a
 * service page with its map filtered and MapLibre started, the comparison, the embed builder with
 * its live preview, embeds latest, filtered and frozen, campaign material, the data and changes
 * pages, nynorsk and English) raise no `securitypolicyviolation` in any frame and log no CSP error.
 * A script injected on purpose is blocked and reported, so the listener is proven to hear.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeEach, describe, expect, inject, it } from 'vitest';
import { datasetVersion } from '../../src/lib/embed/views';
import { useBrowser } from './browser';
import { data } from './dataset';

const baseUrl = inject('baseUrl');
const service = [...data.dataset.services].sort((a, b) => a.slug.localeCompare(b.slug))[0]!;
const county = data.dataset.counties.find((c) => c.slug === 'vestland') ?? data.dataset.counties[0]!;
const version = datasetVersion(data.dataset.source.sha256);

let browser: Browser;
let context: BrowserContext;
let violations: string[];

useBrowser((opened) => ({ browser } = opened));

beforeEach(async () => {
  violations = [];
  await context?.close();
  context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  // Reported from every frame (embeds and the builder's preview included) as soon as each document starts.
  await context.exposeBinding('__cspViolation', ({ frame }, text: string) => violations.push(`${frame.url()}: ${text}`));
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      (window as unknown as { __cspViolation: (t: string) => void }).__cspViolation(
        `${e.effectiveDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber}) ${e.sample}`,
      );
    });
  });
});
afterAll(async () => context?.close());

async function open(path: string): Promise<Page> {
  const page = await context.newPage();
  page.on('console', (m) => {
    if (/Content.Security.Policy/i.test(m.text())) violations.push(`console ${m.type()} on ${page.url()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => violations.push(`page error on ${page.url()}: ${e.message}`));
  await page.goto(`${baseUrl}${path}`, { waitUntil: 'load' });
  return page;
}

describe('Content-Security-Policy in the browser', () => {
  it('is in force: an injected inline script is blocked and reported', async () => {
    const page = await open('/');
    expect(await page.locator('meta[http-equiv="Content-Security-Policy"]').count()).toBe(1);
    const ran = await page.evaluate(async () => {
      const s = document.createElement('script');
      s.textContent = 'window.__injected = true;';
      document.body.append(s);
      await new Promise((r) => setTimeout(r, 200));
      return (window as unknown as { __injected?: boolean }).__injected === true;
    });
    expect(ran).toBe(false);
    await expect.poll(() => violations.length).toBeGreaterThan(0);
    expect(violations[0]).toMatch(/script-src/);
  });

  it('home: search for a library and open it', async () => {
    const page = await open('/');
    const box = page.getByRole('combobox', { name: 'Finn biblioteket ditt' });
    await box.click();
    await box.pressSequentially('Bergen', { delay: 30 });
    await page.getByRole('option').first().waitFor({ timeout: 15_000 });
    await Promise.all([
      page.waitForURL((u) => u.pathname !== '/', { timeout: 15_000 }),
      (async () => {
        await page.keyboard.press('ArrowDown');
        await page.keyboard.press('Enter');
      })(),
    ]);
    await page.waitForLoadState('load');
    expect(violations).toEqual([]);
  });

  it('a service page: map filtered, then MapLibre with its worker', { timeout: 120_000 }, async () => {
    const page = await open(`/tjenester/${service.slug}/`);
    await page.selectOption('.norway-map select[name="kind"]', 'school');
    await page.waitForURL(/type=vgs/, { timeout: 15_000 });
    await page.getByRole('button', { name: 'Utforsk kartet' }).click();
    await page.locator('.map-gl-active').waitFor({ timeout: 45_000 });
    await page.waitForLoadState('networkidle');
    expect(violations).toEqual([]);
  });

  it('a county page with its detailed map in MapLibre, in English', { timeout: 120_000 }, async () => {
    const page = await open(`/en/fylker/${county.slug}/`);
    // The keyboard's way into MapLibre: the explore button (the map frame itself takes no focus).
    await page.locator('.map-explore').focus();
    await page.keyboard.press('Enter');
    await page.locator('.map-gl-active').waitFor({ timeout: 45_000 });
    await page.waitForLoadState('networkidle');
    expect(violations).toEqual([]);
  });

  it('the comparison, drawn in the browser', async () => {
    const [a, b] = data.dataset.libraries;
    const page = await open(`/sammenlign/?b=${a!.slug}&b=${b!.slug}`);
    await page.waitForLoadState('networkidle');
    await page.getByText(b!.name).first().waitFor({ timeout: 15_000 });
    expect(violations).toEqual([]);
  });

  it('the embed builder and its live preview', async () => {
    const page = await open('/nn/bygg-inn/');
    await page.check(`input[name="services"][value="${service.slug}"]`);
    await page.selectOption('select[name="county"]', county.number);
    // The preview loads its frame once scrolled into view.
    await page.locator('[data-preview]').scrollIntoViewIfNeeded();
    const frame = await (await page.waitForSelector('[data-preview] iframe')).contentFrame();
    await frame!.waitForSelector('[data-embed]');
    // Settled when the framed widget has fetched its data and re-shaded for the county (Playwright's
    // networkidle never comes for a page whose lazy, sandboxed frame the island inserted).
    const inCounty = data.dataset.municipalities.filter((m) => m.countyNumber === county.number).length;
    await expect.poll(() => frame!.$$eval('#map-table > table tbody tr[data-m]:not([hidden])', (rows) => rows.length), { timeout: 20_000 }).toBe(inCounty);
    await page.getByRole('button', { name: /Kopier|Copy/ }).click();
    await expect.poll(() => page.locator('.embed-builder-copy [role="status"]').innerText()).not.toBe('');
    expect(violations).toEqual([]);
  });

  it('an embed filtered to a county: the island fetches and re-shades', async () => {
    const page = await open(`/embed/tjenester/${service.slug}/?fylke=${county.number}`);
    const inCounty = data.dataset.municipalities.filter((m) => m.countyNumber === county.number).length;
    await expect.poll(() => page.$$eval('#map-table > table tbody tr[data-m]:not([hidden])', (rows) => rows.length), { timeout: 20_000 }).toBe(inCounty);
    expect(violations).toEqual([]);
  });

  it("a frozen embed (its CSS inline) and Norway's in dark mode", async () => {
    for (const path of [`/en/embed/v/${version}/fylker/${county.slug}/`, '/embed/?theme=dark']) {
      const page = await open(path);
      await page.locator('[data-embed]').waitFor();
      await page.close();
    }
    expect(violations).toEqual([]);
  });

  it('campaign material filtered, the data and changes pages, the 404 page', async () => {
    const page = await open('/kampanjer/');
    const select = page.locator('select').first();
    const values = await select.locator('option').evaluateAll((o) => o.map((x) => (x as HTMLOptionElement).value));
    await select.selectOption(values[values.length - 1]!);
    for (const path of ['/data/', '/nn/endringer/', '/finnes-ikke/']) await (await open(path)).waitForLoadState('networkidle');
    expect(violations).toEqual([]);
  });
});
