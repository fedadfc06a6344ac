/**
 * MapLibre in a real browser: nothing of it before anyone interacts, a drawn canvas and a working
 * worker afterwards, on a desktop and (started from the keyboard) on a phone. Prints the time from
 * interaction to the first MapLibre frame (not asserted: speed is reported, not tested).
 */
import type { Browser } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBrowser } from './browser';
import { baseUrl, PHONE, DESKTOP, shot, pressreader } from './map-shared';

let browser: Browser;

useBrowser((opened) => ({ browser } = opened));

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
});
