/**
 * Issue 26, what the other finish tests (finish-embedding, -data, -controls, -reading) left: an
 * embed looks like the site (its font, Designsystemet's controls, filters that show their longest
 * values whole, the site's scroll cue for a wide table on a phone), a frozen embed does so without
 * /_astro/, and the search page without JavaScript says plainly that it cannot show what was typed.
 * Screenshots go to /tmp/finish-shots/.
 */
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAP_STRINGS } from '../../src/lib/geo/map-strings';
import { LANGS, localePath } from '../../src/lib/i18n/lang';
import { SEARCH_STRINGS } from '../../src/lib/search/strings';
import { strings } from '../../src/lib/i18n/strings';
import { useBrowser } from './browser';
import { atThisSite, baseUrl, bergen, DESKTOP, filterWidths, PHONE, SHOTS, service, useHostPage } from './finish-shared';

let browser: Browser;
useBrowser((opened) => ({ browser } = opened));

async function open(viewport = DESKTOP, javaScriptEnabled = true) {
  const context = await browser.newContext({ viewport, javaScriptEnabled, reducedMotion: 'reduce' });
  return { context, page: await context.newPage() };
}

/** What makes a control look the way it does, to compare the site's with the embed's. */
const looks = (page: Page, selector: string) =>
  page.$eval(selector, (element) => {
    const s = getComputedStyle(element);
    return {
      fontFamily: s.fontFamily,
      fontSize: s.fontSize,
      height: s.height,
      padding: s.padding,
      border: `${s.borderTopWidth} ${s.borderTopStyle} ${s.borderTopColor}`,
      borderRadius: s.borderRadius,
      background: `${s.backgroundColor} ${s.backgroundImage.slice(0, 40)}`,
      color: s.color,
    };
  });

/** The font faces the page has loaded, by family. */
const loadedFonts = (page: Page) =>
  page.evaluate(async () => {
    await document.fonts.ready;
    return [...document.fonts].filter((f) => f.status === 'loaded').map((f) => f.family.replace(/"/g, ''));
  });

describe("an embed looks like the site's map", () => {
  const embedPath = `/embed/tjenester/${service.slug}/`;

  it("uses the site's font and Designsystemet's select and button, as the service page does", async () => {
    const { context, page } = await open();
    await page.goto(`${baseUrl}/tjenester/${service.slug}/`);
    await page.locator('.map-filters select').first().waitFor({ state: 'visible', timeout: 15_000 });
    const site = {
      body: await page.$eval('body', (b) => getComputedStyle(b).fontFamily),
      select: await looks(page, '.map-filters select[name="kind"]'),
      button: await looks(page, '.map-reset'),
    };
    const siteFonts = await loadedFonts(page);
    await page.goto(`${baseUrl}${embedPath}`);
    await page.locator('.map-filters select').first().waitFor({ state: 'visible', timeout: 15_000 });
    expect(await page.$eval('body', (b) => getComputedStyle(b).fontFamily)).toBe(site.body);
    expect(await looks(page, '.map-filters select[name="kind"]')).toEqual(site.select);
    expect(await looks(page, '.map-reset')).toEqual(site.button);
    const fonts = await loadedFonts(page);
    expect(siteFonts.some((f) => site.body.includes(f))).toBe(true);
    expect(fonts.filter((f) => site.body.includes(f))).toEqual(siteFonts.filter((f) => site.body.includes(f)));
    await context.close();
  });

  it('a frozen embed draws the same font from its own copy, loading nothing from /_astro/', async () => {
    const { context, page } = await open();
    const loaded: string[] = [];
    page.on('request', (request) => loaded.push(new URL(request.url()).pathname));
    await page.goto(`${baseUrl}${embedPath}`);
    const frozen = await page.$eval('.embed-meta a[href*="/embed/v/"]', (a) => (a as HTMLAnchorElement).href);
    const body = await page.$eval('body', (b) => getComputedStyle(b).fontFamily);
    loaded.length = 0;
    await page.goto(frozen);
    await page.waitForSelector('[data-embed] .norway-map');
    const fonts = await loadedFonts(page);
    expect(fonts.some((f) => body.includes(f))).toBe(true);
    expect(loaded.filter((path) => path.startsWith('/_astro/'))).toEqual([]);
    expect(loaded.some((path) => path.startsWith('/embed/v/_shared/') && path.endsWith('.woff2'))).toBe(true);
    await context.close();
  });

  it.each(['/embed/', '/en/embed/', embedPath, `/en${embedPath}`])('%s at 1280 px: every filter shows its longest value whole', async (path) => {
    const { context, page } = await open();
    await page.goto(`${baseUrl}${path}`);
    await page.locator('.map-filters select').first().waitFor({ state: 'visible', timeout: 15_000 });
    // Each select shows its longest option (without telling the map), measured against its room.
    const cut = (await filterWidths(page, 'longest'))
      .map((s) => ({ ...s, needed: Math.round(s.needed), room: Math.round(s.room) }))
      .filter((s) => s.needed > s.room);
    expect(cut).toEqual([]);
    await context.close();
  });

  it("on a phone (390 px) its wide table has the site's scroll cue", async () => {
    const { context, page } = await open(PHONE);
    const cue = async () => {
      await page.locator('#map-table').scrollIntoViewIfNeeded();
      return page.$eval('#map-table', (box) => {
        const hint = box.previousElementSibling;
        const shown = hint?.classList.contains('table-hint') && (hint as HTMLElement).offsetParent !== null ? hint.textContent : null;
        return { wide: box.scrollWidth > box.clientWidth + 1, hint: shown, region: box.getAttribute('role') };
      });
    };
    await page.goto(`${baseUrl}/tjenester/${service.slug}/`);
    await expect.poll(async () => (await cue()).hint, { timeout: 10_000 }).toBe(strings('nb').tableScrollHint);
    const site = await cue();
    expect(site.wide).toBe(true);
    await page.goto(`${baseUrl}${embedPath}`);
    await expect.poll(cue, { timeout: 10_000 }).toEqual(site);
    await page.screenshot({ path: join(SHOTS, 'embed-table-cue-390.png'), fullPage: true });
    await context.close();
  });
});

describe("the service page's snippet on another origin", () => {
  const hostPage = useHostPage();

  it.each([
    ['390', PHONE],
    ['1280', DESKTOP],
  ])('at %s px the widget is drawn in the site font, its frame as tall as its content', async (name, viewport) => {
    // A viewport taller than the page: a full-page screenshot paints a cross-origin frame only where the viewport was.
    const { context, page } = await open({ width: viewport.width, height: 2600 });
    await page.goto(`${baseUrl}/tjenester/${service.slug}/`);
    const snippet = await page.inputValue('[data-embed-code] textarea');
    hostPage.paste(atThisSite(snippet));
    const body = await page.$eval('body', (b) => getComputedStyle(b).fontFamily);
    await page.goto(hostPage.url());
    const frame = (await (await page.waitForSelector('iframe[data-hhh-embed]')).contentFrame())!;
    await frame.waitForSelector('[data-embed] .map-filters select', { state: 'visible' });
    const overflow = () => frame.evaluate(() => document.documentElement.scrollHeight - document.documentElement.clientHeight);
    await expect.poll(overflow, { timeout: 10_000 }).toBeLessThanOrEqual(1);
    const fonts = await frame.evaluate(async () => {
      await document.fonts.ready;
      return {
        body: getComputedStyle(document.body).fontFamily,
        loaded: [...document.fonts].filter((f) => f.status === 'loaded').map((f) => f.family.replace(/"/g, '')),
      };
    });
    expect(fonts.body).toBe(body);
    expect(fonts.loaded.some((f) => body.includes(f))).toBe(true);
    // The licence line's links are spaced as the words around them ("…a62a · Se hele siden"), not run together.
    expect(await frame.textContent('.embed-meta')).not.toMatch(/\S·/);
    await page.screenshot({ path: join(SHOTS, `embed-pasted-whole-${name}.png`), fullPage: true });
    await context.close();
  });
});

describe("MapLibre's popup", () => {
  it("is written in the site's font, not MapLibre's Helvetica", { timeout: 90_000 }, async () => {
    const { context, page } = await open();
    await page.goto(`${baseUrl}/`);
    await page.locator('.map-explore').first().click();
    await page.locator('.map-gl-active').waitFor({ timeout: 45_000 });
    await page.getByRole('combobox', { name: MAP_STRINGS.nb.chooserLabel }).fill(bergen.name);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.locator('.maplibregl-popup').waitFor({ timeout: 10_000 });
    const fonts = await page.evaluate(() => ({
      body: getComputedStyle(document.body).fontFamily,
      popup: getComputedStyle(document.querySelector('.maplibregl-popup-content')!).fontFamily,
      attribution: getComputedStyle(document.querySelector('.maplibregl-ctrl-attrib')!).fontFamily,
    }));
    expect(fonts).toEqual({ body: fonts.body, popup: fonts.body, attribution: fonts.body });
    await context.close();
  });
});

describe('the search page without JavaScript', () => {
  it.each(LANGS)(
    '%s: the home search leads to the search page, which says it cannot show the query and offers the list; back, the box keeps it',
    async (lang) => {
      const { context, page } = await open(PHONE, false);
      await page.goto(`${baseUrl}${localePath(lang, '/')}`);
      const form = page.locator('form[role="search"]').first();
      await form.locator('input[name="q"]').fill(bergen.name);
      await form.locator('button[type="submit"]').click();
      await page.waitForURL((url) => url.pathname === localePath(lang, '/sok/') && url.searchParams.get('q') === bergen.name);
      await expect.poll(() => page.locator('[data-search-noscript]').isVisible()).toBe(true);
      expect((await page.textContent('[data-search-noscript]'))?.trim()).toBe(SEARCH_STRINGS[lang].noScript);
      // No box that looks as if the query were lost: a visible field holds what was typed, or there is none.
      const fields = await page.$$eval('input[name="q"]', (inputs) =>
        inputs.filter((i) => (i as HTMLElement).offsetParent !== null).map((i) => (i as HTMLInputElement).value),
      );
      for (const value of fields) expect(value).toBe(bergen.name);
      await expect.poll(() => page.getByRole('link', { name: bergen.name, exact: true }).first().isVisible()).toBe(true);
      if (lang === 'nb') await page.screenshot({ path: join(SHOTS, 'search-noscript-390.png') });
      // Back on the page it was typed on, the box holds the query again (the browser restores it).
      await page.goBack();
      await expect.poll(() => page.locator('form[role="search"] input[name="q"]').first().inputValue()).toBe(bergen.name);
      await context.close();
    },
  );
});
