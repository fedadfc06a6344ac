/**
 * The page frame on a phone (390x844) and a desktop (1280x800): the compact menu (one row on a
 * desktop with the rest under "More", one disclosure on a phone, both by keyboard, the current page
 * marked) and the demo banner (a compact alert that still says demo).
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { LANGS, localePath } from '../../src/lib/i18n/lang';
import { STRINGS } from '../../src/lib/i18n/strings';
import { data } from './dataset';
import { baseUrl, PHONE, DESKTOP, vestland, usePages } from './shell-shared';

const withPage = usePages();

const PRIMARY = ['/tjenester/', '/bibliotek/', '/sammenlign/', '/bygg-inn/'];
const MORE = ['/leverandorer/', '/kommuner/', '/fylker/', '/kampanjer/', '/utvikling/', '/data/', '/om/'];

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
