/**
 * The page frame on a phone (390x844) and a desktop (1280x800): the compact menu (one row on a
 * desktop with the rest under "More", one disclosure on a phone, both by keyboard, the current page
 * marked), the demo banner (a compact alert that still says demo), wide tables on a phone (a visible
 * cue, keyboard scrolling, a first column that stays put, nothing cut off the page) and the county
 * matrix's upright service names (whole, never clipped), in light and dark mode.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { compareHref } from '../../src/lib/figures/compare';
import { LANGS, localePath } from '../../src/lib/i18n/lang';
import { STRINGS } from '../../src/lib/i18n/strings';
import { useBrowser } from './browser';
import { data } from './dataset';

const baseUrl = inject('baseUrl');
let browser: Browser;
useBrowser((opened) => ({ browser } = opened));

const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 800 };
const PRIMARY = ['/tjenester/', '/bibliotek/', '/sammenlign/', '/bygg-inn/'];
const MORE = ['/leverandorer/', '/kommuner/', '/fylker/', '/kampanjer/', '/utvikling/', '/data/', '/om/'];
const vestland = data.dataset.counties.find((c) => c.number === '46') ?? data.dataset.counties[0]!;
const bergen = data.dataset.libraries.find((l) => l.id === 'fb-4601')!;

function withPage(viewport: { width: number; height: number }, colorScheme: 'light' | 'dark' = 'light') {
  const state: { context?: BrowserContext; page?: Page } = {};
  beforeAll(async () => {
    state.context = await browser.newContext({ viewport, colorScheme, reducedMotion: 'reduce' });
    state.page = await state.context.newPage();
  });
  afterAll(async () => state.context?.close());
  return () => state.page!;
}

const menu = (page: Page, lang: (typeof LANGS)[number] = 'nb') => page.getByRole('navigation', { name: STRINGS[lang].mainMenu });

describe.each(LANGS)('the menu on a desktop (%s)', (lang) => {
  const t = STRINGS[lang];
  const page = withPage(DESKTOP);

  it('shows the primary entries and "More" in one row, the rest folded away', async () => {
    await page().goto(`${baseUrl}${localePath(lang, '/tjenester/')}`);
    const nav = menu(page(), lang);
    const tops = new Set<number>();
    for (const p of PRIMARY) {
      const link = nav.locator(`a[href="${localePath(lang, p)}"]`);
      expect(await link.isVisible(), p).toBe(true);
      tops.add(Math.round((await link.boundingBox())!.y));
    }
    const more = nav.getByText(t.moreMenu, { exact: true });
    expect(await more.isVisible()).toBe(true);
    tops.add(Math.round((await more.boundingBox())!.y));
    expect(tops.size, 'primary entries and More share one row').toBe(1);
    // No "Menu" button on a desktop, and the folded entries are not shown until asked for.
    expect(await nav.getByText(t.menu, { exact: true }).isVisible()).toBe(false);
    for (const p of MORE) expect(await nav.locator(`a[href="${localePath(lang, p)}"]`).isVisible(), p).toBe(false);
    const header = await page().locator('.site-header').boundingBox();
    expect(header!.height, 'the header is one bar').toBeLessThan(100);
  });

  it('marks the current page, also when it sits under "More"', async () => {
    await page().goto(`${baseUrl}${localePath(lang, '/tjenester/')}`);
    expect(await menu(page(), lang).locator('[aria-current="page"]').getAttribute('href')).toBe(localePath(lang, '/tjenester/'));
    await page().goto(`${baseUrl}${localePath(lang, `/fylker/${vestland.slug}/`)}`);
    const nav = menu(page(), lang);
    expect(await nav.locator('[aria-current="page"]').getAttribute('href')).toBe(localePath(lang, '/fylker/'));
    expect(await nav.locator('[data-site-more] > summary').getAttribute('data-current')).toBe('true');
  });

  it('opens "More" from the keyboard and follows a link in it', async () => {
    await page().goto(`${baseUrl}${localePath(lang, '/')}`);
    const summary = menu(page(), lang).locator('[data-site-more] > summary');
    await summary.focus();
    await page().keyboard.press('Enter');
    const trends = menu(page(), lang).locator(`a[href="${localePath(lang, '/utvikling/')}"]`);
    expect(await trends.isVisible()).toBe(true);
    // Tab reaches the folded entries in order once open.
    await page().keyboard.press('Tab');
    expect(await page().evaluate(() => document.activeElement?.getAttribute('href'))).toBe(localePath(lang, '/leverandorer/'));
    // Escape folds it back and returns focus to its button.
    await page().keyboard.press('Escape');
    expect(await trends.isVisible()).toBe(false);
    expect(await page().evaluate(() => document.activeElement?.closest('[data-site-more]') !== null && document.activeElement?.tagName)).toBe('SUMMARY');
    await page().keyboard.press('Enter');
    await trends.focus();
    await Promise.all([page().waitForURL(`**${localePath(lang, '/utvikling/')}`), page().keyboard.press('Enter')]);
  });
});

describe('the menu on a phone', () => {
  const t = STRINGS.nb;
  const page = withPage(PHONE);

  it('is one disclosure: closed, the header is short; opened by keyboard, every entry shows, the current one marked', async () => {
    await page().goto(`${baseUrl}/kommuner/`);
    const nav = menu(page());
    const toggle = nav.getByText(t.menu, { exact: true });
    expect(await toggle.isVisible()).toBe(true);
    for (const p of [...PRIMARY, ...MORE]) expect(await nav.locator(`a[href="${p}"]`).isVisible(), p).toBe(false);
    const closed = await page().locator('.site-header').boundingBox();
    expect(closed!.height, 'header with the menu closed').toBeLessThan(140);
    // The toggle is a summary: a button for screen readers, with its state.
    const snapshot = await nav.ariaSnapshot();
    expect(snapshot).toContain(t.menu);
    await toggle.focus();
    await page().keyboard.press('Enter');
    expect(await nav.locator('details.site-menu').getAttribute('open')).not.toBeNull();
    for (const p of [...PRIMARY, ...MORE]) expect(await nav.locator(`a[href="${p}"]`).isVisible(), p).toBe(true);
    expect(await nav.locator('[aria-current="page"]').getAttribute('href')).toBe('/kommuner/');
    // Every entry fits the screen: nothing runs off to the side.
    expect(await page().evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
  });

  it('keeps the language switch in reach with the menu closed', async () => {
    await page().goto(`${baseUrl}/tjenester/`);
    const switcher = page().locator('.language-switch a[hreflang="en"]');
    expect(await switcher.isVisible()).toBe(true);
    expect((await switcher.boundingBox())!.y).toBeLessThan(150);
  });
});

describe.skipIf(!data.dataset.source.isDemo)('the demo banner', () => {
  describe.each([
    ['phone', PHONE],
    ['desktop', DESKTOP],
  ] as const)('on a %s', (_, viewport) => {
    const page = withPage(viewport);
    it.each(LANGS)('is a compact alert that says demo (%s)', async (lang) => {
      const t = STRINGS[lang];
      await page().goto(`${baseUrl}${localePath(lang, '/tjenester/')}`);
      const banner = page().getByRole('note', { name: t.demoLabel });
      expect(await banner.isVisible()).toBe(true);
      expect(await banner.getAttribute('class')).toContain('ds-alert');
      const shown = await banner.innerText();
      expect(shown).toContain(t.demoLabel);
      expect(shown).toContain(t.demoShort);
      const box = (await banner.boundingBox())!;
      expect(box.height, 'compact: the page starts within the first screen').toBeLessThan(viewport.width < 500 ? 130 : 90);
      // The whole story is one press away.
      await banner.getByText(t.demoMore).click();
      expect(await banner.locator('details p').isVisible()).toBe(true);
    });
  });
});

/** Every table in main: is it wider than its box, is its cue visible, is its first column pinned. */
async function tableReport(page: Page) {
  return page.locator('main table').evaluateAll((tables) =>
    tables
      // Tables a reader can see (not in a closed disclosure).
      .filter((table) => table.checkVisibility({ contentVisibilityAuto: true, visibilityProperty: true }))
      .map((table) => {
        const box = table.closest('.table-scroll') as HTMLElement | null;
        const rect = table.getBoundingClientRect();
        const hint = box?.previousElementSibling?.classList.contains('table-hint') ? (box.previousElementSibling as HTMLElement) : null;
        // Tables of one group (a library's offer, a table per category) show the cue once, before the first wide one.
        const group = box?.closest('[data-table-group]');
        const firstWide = group ? [...group.querySelectorAll<HTMLElement>('.table-scroll')].find((b) => b.scrollWidth > b.clientWidth + 1) : box;
        return {
          cueExpected: firstWide === box,
          caption: table.querySelector('caption')?.textContent?.trim() ?? '',
          wider: box ? table.scrollWidth > box.clientWidth + 1 : rect.width > document.documentElement.clientWidth,
          inBox: box !== null,
          cue: hint !== null && !hint.hidden && hint.offsetParent !== null,
          focusable: box?.tabIndex === 0,
          pastRightEdge: Math.round((box ?? table).getBoundingClientRect().right) > document.documentElement.clientWidth,
        };
      }),
  );
}

describe('wide tables on a phone', () => {
  const page = withPage(PHONE);
  const paths = [`/fylker/${vestland.slug}/`, `/bibliotek/${bergen.slug}/`, '/fylker/', '/data/', '/en/fylker/'];

  it.each(paths)('%s: every table wider than the screen scrolls in its box, with a visible cue and a keyboard stop', async (path) => {
    await page().goto(`${baseUrl}${path}`);
    await page().waitForLoadState('networkidle');
    const tables = await tableReport(page());
    expect(tables.length).toBeGreaterThan(0);
    for (const table of tables) {
      expect(table.pastRightEdge, `${table.caption}: runs off the page`).toBe(false);
      if (table.wider) {
        expect(table.inBox, `${table.caption}: wide, not in a scroll box`).toBe(true);
        expect(table.cue, table.cueExpected ? `${table.caption}: wide without a cue` : `${table.caption}: the cue repeated in its group`).toBe(
          table.cueExpected,
        );
        expect(table.focusable, `${table.caption}: not reachable by keyboard`).toBe(true);
      } else expect(table.cue, `${table.caption}: a cue on a table that fits`).toBe(false);
    }
    expect(await page().evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
  });

  it("gives the comparison's table, drawn by its island, the cue and a keyboard stop; the cue leaves with the table", async () => {
    const chosen = data.dataset.libraries.slice(0, 4);
    await page().goto(`${baseUrl}${compareHref('/sammenlign/', chosen)}`);
    await page().getByTestId('compare-table').waitFor();
    await page().waitForFunction(() => document.querySelector('#compare-result .table-scroll[data-overflow]') !== null);
    const [table] = (await tableReport(page())).filter((t) => t.inBox);
    expect(table?.wider, 'four libraries are wider than a phone').toBe(true);
    expect(table?.cue).toBe(true);
    expect(table?.focusable).toBe(true);
    // The address loses its libraries (as on Back): the island removes the table, and its cue with it.
    await page().evaluate(() => {
      history.pushState(null, '', location.pathname);
      dispatchEvent(new PopStateEvent('popstate'));
    });
    await page().getByTestId('compare-empty').waitFor();
    expect(await page().getByTestId('compare-table').count()).toBe(0);
    expect(await page().locator('main .table-hint').count()).toBe(0);
  });

  it("gives the map's library list the cue once it is opened and wider than the screen", async () => {
    await page().goto(`${baseUrl}/fylker/${vestland.slug}/`);
    const list = page().locator('#map-table details.map-libraries');
    expect(await list.isVisible(), 'the county map lists its schools').toBe(true);
    await list.locator('summary').click();
    const wide = await page().evaluate(() => {
      const box = document.getElementById('map-table')!;
      return box.scrollWidth > box.clientWidth + 1;
    });
    const cue = page().locator('#map-table').locator('xpath=preceding-sibling::*[1][contains(@class, "table-hint")]');
    if (wide) expect(await cue.isVisible()).toBe(true);
    else expect(await cue.count()).toBe(0);
  });

  it('keeps the first column in view while the table scrolls sideways', async () => {
    await page().goto(`${baseUrl}/fylker/${vestland.slug}/`);
    const box = page().locator('.matrix .table-scroll[data-overflow]').first();
    await box.waitFor();
    const firstCell = box.locator('tbody tr:first-child > :first-child');
    const before = (await firstCell.boundingBox())!.x;
    await box.evaluate((el) => {
      el.scrollLeft = 400;
    });
    const after = (await firstCell.boundingBox())!.x;
    expect(await box.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
    expect(Math.abs(after - before)).toBeLessThan(2);
    // The cells that scrolled under it are hidden behind it, not shown through it.
    const background = await firstCell.evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(background).not.toBe('rgba(0, 0, 0, 0)');
  });

  it('drops the cue when the screen turns wide enough for the table', async () => {
    await page().goto(`${baseUrl}/fylker/`);
    await page().setViewportSize({ width: 320, height: 700 });
    await page().waitForFunction(() => document.querySelector('.table-scroll[data-overflow]') !== null);
    expect(await page().locator('.table-hint').first().isVisible()).toBe(true);
    await page().setViewportSize(DESKTOP);
    await page().waitForFunction(() => document.querySelector('.table-scroll[data-overflow]') === null);
    expect(await page().locator('.table-hint').first().isVisible()).toBe(false);
    await page().setViewportSize(PHONE);
  });
});

describe.each(['light', 'dark'] as const)('the county matrix (%s)', (scheme) => {
  const page = withPage(PHONE, scheme);
  it('shows every upright service name in full', async () => {
    await page().goto(`${baseUrl}/fylker/${vestland.slug}/`);
    const names = await page()
      .locator('.matrix thead th.service-col')
      .evaluateAll((cells) =>
        cells.map((th) => {
          const label = th.querySelector('span') as HTMLElement;
          const inner = label.getBoundingClientRect();
          const cell = th.getBoundingClientRect();
          // Clipped if the label's box hides text, or the label sticks out of its cell.
          return {
            name: label.textContent?.trim() ?? '',
            clipped: label.scrollHeight > label.clientHeight + 1 || label.scrollWidth > label.clientWidth + 1,
            outside: inner.top < cell.top - 1 || inner.bottom > cell.bottom + 1 || inner.left < cell.left - 1 || inner.right > cell.right + 1,
            ellipsis: getComputedStyle(label).textOverflow === 'ellipsis' && getComputedStyle(label).overflow !== 'visible',
          };
        }),
      );
    expect(names.length).toBeGreaterThan(0);
    for (const n of names) {
      expect(n.clipped, `${n.name} clipped`).toBe(false);
      expect(n.outside, `${n.name} outside its heading cell`).toBe(false);
      expect(n.ellipsis, `${n.name} cut with an ellipsis`).toBe(false);
    }
  });
});

describe('dark mode', () => {
  const page = withPage(PHONE, 'dark');
  /** Relative luminance of a CSS rgb() colour. */
  const luminance = (rgb: string) => {
    const [r, g, b] = rgb
      .match(/[\d.]+/g)!
      .slice(0, 3)
      .map((v) => {
        const c = Number(v) / 255;
        return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
      }) as [number, number, number];
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  it.each(['/', '/tjenester/', `/fylker/${vestland.slug}/`])('%s: the frame, tables and text follow the dark theme', async (path) => {
    await page().goto(`${baseUrl}${path}`);
    const colours = await page().evaluate(() => {
      const style = (el: Element | null) => (el ? getComputedStyle(el) : null);
      const sticky = document.querySelector('.table-scroll > table > tbody > tr > :first-child');
      return {
        body: style(document.body)!.backgroundColor,
        text: style(document.body)!.color,
        header: style(document.querySelector('.site-header'))!.backgroundColor,
        footer: style(document.querySelector('.site-footer'))!.backgroundColor,
        sticky: sticky ? style(sticky)!.backgroundColor : null,
      };
    });
    expect(luminance(colours.body)).toBeLessThan(0.05);
    expect(luminance(colours.text)).toBeGreaterThan(0.6);
    expect(luminance(colours.header)).toBeLessThan(0.05);
    expect(luminance(colours.footer)).toBeLessThan(0.08);
    if (colours.sticky) expect(luminance(colours.sticky)).toBeLessThan(0.05);
  });
});
