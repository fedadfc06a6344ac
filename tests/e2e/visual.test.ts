/**
 * Visual snapshots: one page of every page type at phone and desktop width, in light and dark mode
 * (bokmål; the first seven also in English, light), compared pixel by pixel (pixelmatch) with the
 * baselines committed in tests/e2e/visual-baselines/.
 * A refactor that should change nothing proves it here; a redesign updates the baselines on purpose:
 *
 *   UPDATE_SNAPSHOTS=1 npx vitest run --project e2e tests/e2e/visual.test.ts
 *
 * then look at the new PNGs before committing them. On a mismatch the actual picture and a diff
 * (changed pixels in red) are written to test-results/visual/.
 *
 * What would differ from day to day is held still: the pull date (every date written out in the
 * page is replaced by one fixed date), animations and the caret. Each picture covers at most the
 * first MAX_HEIGHT pixels of the page: enough to see layout, header, map and tables, without
 * committing 10,000-pixel-tall pictures.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import pixelmatch from 'pixelmatch';
import type { Browser, Page } from 'playwright-core';
import { PNG } from 'pngjs';
import sharp from 'sharp';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { useBrowser } from './browser';
import { data } from './dataset';
import { visualPages } from './visual-pages';

const baseUrl = inject('baseUrl');
const BASELINES = 'tests/e2e/visual-baselines';
const OUTPUT = 'test-results/visual';
const UPDATE = process.env.UPDATE_SNAPSHOTS === '1';
const MAX_HEIGHT = 3000;
/** pixelmatch's per-pixel colour threshold (0..1) and the share of pixels allowed to differ. */
const PIXEL_THRESHOLD = 0.1;
const MAX_DIFF_SHARE = 0.002;
const VIEWPORTS = [
  { name: 'phone', width: 390, height: 844 },
  { name: 'desktop', width: 1280, height: 800 },
] as const;
const LANGS = [
  { lang: 'nb', prefix: '' },
  { lang: 'en', prefix: '/en' },
] as const;
/** Light pictures keep the names they had; dark ones end in -dark. */
const SCHEMES = [
  { scheme: 'light', suffix: '' },
  { scheme: 'dark', suffix: '-dark' },
] as const;

let browser: Browser;
useBrowser((opened) => ({ browser } = opened));

/** Replaces every written-out date (ISO, "1. desember 2026", "1 December 2026", "01.12.2026") with one fixed date. */
async function holdDatesStill(page: Page) {
  await page.evaluate(() => {
    const months =
      'januar|februar|mars|april|mai|juni|juli|august|september|oktober|november|desember|January|February|March|April|May|June|July|August|September|October|November|December';
    const pattern = new RegExp(`\\b\\d{4}-\\d{2}-\\d{2}(T[\\d:.]+Z?)?\\b|\\b\\d{1,2}\\.? (${months}) \\d{4}\\b|\\b\\d{2}\\.\\d{2}\\.\\d{4}\\b`, 'g');
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (node.nodeValue && pattern.test(node.nodeValue)) node.nodeValue = node.nodeValue.replace(pattern, () => '1. januar 2000');
      pattern.lastIndex = 0;
    }
  });
}

/**
 * One page per width and colour scheme, navigated from picture to picture (a new context for each
 * cost 0.2-1.6 s under load). Nothing carries over: the site keeps no cookies or storage.
 */
interface Tab {
  key: string;
  page: Page;
  /** Requests the page has sent and not yet seen answered. */
  inFlight: () => number;
}
let tab: Tab | undefined;
afterAll(async () => tab?.page.context().close());

async function tabFor(viewport: (typeof VIEWPORTS)[number], colorScheme: 'light' | 'dark'): Promise<Tab> {
  const key = `${viewport.name}-${colorScheme}`;
  if (tab?.key === key) return tab;
  await tab?.page.context().close();
  const context = await browser.newContext({
    viewport: { width: viewport.width, height: viewport.height },
    deviceScaleFactor: 1,
    reducedMotion: 'reduce',
    colorScheme,
  });
  const page = await context.newPage();
  let pending = 0;
  page.on('request', () => pending++);
  page.on('requestfinished', () => pending--);
  page.on('requestfailed', () => pending--);
  tab = { key, page, inFlight: () => pending };
  return tab;
}

/**
 * Resolves when the page has settled: no request in flight, and over one idle period and two frames
 * after it (Astro's client:idle islands load then; a script may still be filling a table, the
 * embed's) no DOM change and no change in height. The condition networkidle and a 400 ms wait
 * stood for, without their fixed 0.9 s.
 */
async function settle({ page, inFlight }: Tab) {
  const deadline = Date.now() + 20_000;
  for (;;) {
    while (inFlight() > 0) {
      if (Date.now() > deadline) throw new Error(`${page.url()}: ${inFlight()} requests still open after 20 s`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    const quiet = await page.evaluate(
      () =>
        new Promise<boolean>((resolve) => {
          let changed = false;
          const observer = new MutationObserver(() => (changed = true));
          observer.observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
          const height = document.documentElement.scrollHeight;
          // The timeout: a page that is never idle is still measured, and the loop's deadline ends it.
          requestIdleCallback(
            () =>
              requestAnimationFrame(() =>
                requestAnimationFrame(() => {
                  observer.disconnect();
                  resolve(!changed && document.documentElement.scrollHeight === height);
                }),
              ),
            { timeout: 1000 },
          );
        }),
    );
    if (quiet && inFlight() === 0) return;
    if (Date.now() > deadline) throw new Error(`${page.url()}: still changing after 20 s`);
  }
}

async function capture(url: string, viewport: (typeof VIEWPORTS)[number], colorScheme: 'light' | 'dark'): Promise<Buffer> {
  const current = await tabFor(viewport, colorScheme);
  const { page } = current;
  await page.goto(url, { waitUntil: 'load' });
  await page.evaluate(() => document.fonts.ready);
  // One picture of the whole page: blocks laid out only near the screen (content-visibility: auto,
  // the map's table) are drawn as a reader who scrolled there sees them. Set through the CSSOM,
  // which the pages' CSP allows.
  await page.evaluate(() => {
    for (const el of document.querySelectorAll<HTMLElement>('*')) if (getComputedStyle(el).contentVisibility === 'auto') el.style.contentVisibility = 'visible';
  });
  await settle(current);
  await holdDatesStill(page);
  const fullHeight = await page.evaluate(() => document.documentElement.scrollHeight);
  return page.screenshot({
    fullPage: true,
    animations: 'disabled',
    caret: 'hide',
    clip: { x: 0, y: 0, width: viewport.width, height: Math.min(fullHeight, MAX_HEIGHT) },
  });
}

/** RGBA pixels of a PNG, decoded by libvips off the main thread (pngjs took 2-3 times as long, synchronously). */
async function pixels(png: Buffer): Promise<{ data: Buffer; width: number; height: number }> {
  const { data, info } = await sharp(png).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
  return { data, width: info.width, height: info.height };
}

// The baselines are pictures of the demo export's site; a site built from the real export (the
// nightly) shows other figures, so its pictures are not compared (the demo build in .ci/run is).
describe.skipIf(!data.dataset.source.isDemo).each(LANGS)('visual snapshots ($lang)', ({ lang, prefix }) => {
  const pages = visualPages(data.dataset).filter((p) => lang === 'nb' || p.english);
  // Dark in bokmål only: the dark colours come from the same stylesheet in every language (no
  // rule depends on it), and English's longer words are photographed light at both widths.
  describe.each(SCHEMES.filter((s) => lang === 'nb' || s.scheme === 'light'))('$scheme', ({ scheme, suffix }) => {
    describe.each(VIEWPORTS)('at $width px', (viewport) => {
      it.each(pages)('$name looks as in its baseline', async ({ name, path }) => {
        const file = `${name}-${lang}-${viewport.name}${suffix}.png`;
        const baselinePath = join(BASELINES, file);
        const baseline = UPDATE || !existsSync(baselinePath) ? undefined : readFile(baselinePath).then(pixels);
        // Decoded while the browser works; a rejection is awaited below, not left unhandled.
        baseline?.catch(() => undefined);
        const shot = await capture(`${baseUrl}${prefix}${path}`, viewport, scheme);
        const actual = await pixels(shot);
        if (!baseline) {
          if (!UPDATE) throw new Error(`no baseline ${baselinePath}: run with UPDATE_SNAPSHOTS=1 and look at the pictures before committing them`);
          // A new baseline is a whole picture of the page at this width (the run has requireAssertions on).
          expect(actual.width).toBe(viewport.width);
          mkdirSync(BASELINES, { recursive: true });
          // Re-encoded losslessly at zlib's highest level: a quarter of Chromium's bytes in the repository.
          // Only for a baseline: the comparison reads pixels, and re-encoding took 0.4-2 s a picture (120 of them).
          writeFileSync(baselinePath, await sharp(shot).png({ compressionLevel: 9, effort: 10 }).toBuffer());
          return;
        }
        const expected = await baseline;
        mkdirSync(OUTPUT, { recursive: true });
        if (expected.width !== actual.width || expected.height !== actual.height) {
          writeFileSync(join(OUTPUT, file), shot);
          throw new Error(`${file}: ${actual.width}x${actual.height} px, baseline ${expected.width}x${expected.height} px (actual in ${OUTPUT}/)`);
        }
        // Counted without a diff picture; drawn only for a picture that fails.
        const changed = pixelmatch(expected.data, actual.data, undefined, actual.width, actual.height, { threshold: PIXEL_THRESHOLD });
        const share = changed / (actual.width * actual.height);
        if (share > MAX_DIFF_SHARE) {
          const diff = new PNG({ width: actual.width, height: actual.height });
          pixelmatch(expected.data, actual.data, diff.data, actual.width, actual.height, { threshold: PIXEL_THRESHOLD });
          writeFileSync(join(OUTPUT, file), shot);
          writeFileSync(join(OUTPUT, file.replace('.png', '-diff.png')), PNG.sync.write(diff));
        }
        expect(share, `${file}: ${changed} pixels differ (see ${OUTPUT}/)`).toBeLessThanOrEqual(MAX_DIFF_SHARE);
      });
    });
  });
});
