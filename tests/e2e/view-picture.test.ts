/**
 * "Last ned bilde": the PNG of a map view is made in the browser from the page's SVG and shows
 * exactly the view on screen: a filtered view's picture differs from the unfiltered one in the map
 * and in its title, on the home page, a service page and an embed.
 */
import { readFileSync } from 'node:fs';
import { PNG } from 'pngjs';
import type { Browser, Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { PICTURE_WIDTH } from '../../src/components/map/view-picture-svg';
import { useBrowser } from './browser';
import { data } from './dataset';

const baseUrl = inject('baseUrl');
let browser: Browser;
useBrowser((opened) => ({ browser } = opened));

async function picture(page: Page): Promise<{ png: PNG; name: string }> {
  const button = page.getByRole('button', { name: /^Last ned bilde$/ });
  await button.waitFor({ state: 'visible' });
  const [file] = await Promise.all([page.waitForEvent('download', { timeout: 30_000 }), button.click()]);
  return { png: PNG.sync.read(readFileSync((await file.path())!)), name: file.suggestedFilename() };
}

/** Pixels that differ between two pictures in rows [from, to) (both as wide as PICTURE_WIDTH). */
function differing(a: PNG, b: PNG, from: number, to: number): number {
  let count = 0;
  for (let y = from; y < Math.min(to, a.height, b.height); y++) {
    for (let x = 0; x < a.width; x++) {
      const i = (y * a.width + x) * 4;
      if (Math.abs(a.data[i]! - b.data[i]!) + Math.abs(a.data[i + 1]! - b.data[i + 1]!) + Math.abs(a.data[i + 2]! - b.data[i + 2]!) > 30) count++;
    }
  }
  return count;
}

/** Pixels that are not the white background. */
const inked = (p: PNG, from: number, to: number) => {
  let count = 0;
  for (let y = from; y < to; y++) for (let x = 0; x < p.width; x++) if (p.data[(y * p.width + x) * 4]! < 200) count++;
  return count;
};

describe('a picture of the view', () => {
  it('on the home page shows the filtered view, not the one the page loaded with', async () => {
    const page = await browser.newPage({ acceptDownloads: true, viewport: { width: 1280, height: 900 } });
    await page.goto(`${baseUrl}/`);
    const before = await picture(page);
    expect(before.png.width).toBe(PICTURE_WIDTH);
    expect(before.png.height).toBeGreaterThan(400);
    const county = data.dataset.counties.find((c) => c.number === '46')!;
    await page.selectOption('select[name="county"]', county.number);
    await expect.poll(() => page.locator('#map-svg-title').textContent()).toContain(county.name);
    const after = await picture(page);
    expect(after.name).toContain('fylke-46');
    expect(after.png.width).toBe(PICTURE_WIDTH);
    // The title (top rows) names the county now, and the map is zoomed to it.
    expect(inked(after.png, 0, 90)).toBeGreaterThan(500);
    expect(differing(before.png, after.png, 0, 90)).toBeGreaterThan(200);
    expect(differing(before.png, after.png, 90, after.png.height)).toBeGreaterThan(5_000);
    // The demo mark and source line are drawn at the bottom.
    expect(inked(after.png, after.png.height - 60, after.png.height)).toBeGreaterThan(300);
    await page.close();
  });

  it('works on a service page and in an embed, where no server draws it', async () => {
    const service = data.dataset.services[0]!;
    const county = data.dataset.counties[0]!;
    for (const path of [`/tjenester/${service.slug}/`, `/embed/fylker/${county.slug}/`]) {
      const page = await browser.newPage({ acceptDownloads: true, viewport: { width: 1280, height: 900 } });
      const requests: string[] = [];
      page.on('request', (r) => requests.push(r.url()));
      await page.goto(`${baseUrl}${path}`, { waitUntil: 'networkidle' });
      const seen = requests.length;
      const { png } = await picture(page);
      expect(png.width).toBe(PICTURE_WIDTH);
      expect(inked(png, 90, png.height - 60)).toBeGreaterThan(5_000);
      // Nothing fetched from a server to draw it (blob: and data: only).
      expect(requests.slice(seen).filter((u) => /^https?:/.test(u) && !/\.m?js(\?|$)/.test(u))).toEqual([]);
      await page.close();
    }
  });
});
