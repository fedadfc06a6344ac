/**
 * Two accessibility engines, axe-core (WCAG 2.1 A/AA) and IBM Equal Access (its IBM_Accessibility
 * policy, definite violations): here that every route file built its pages, the engines themselves,
 * the map's and the search's interactive states, dark mode, and keyboard-only journeys through
 * search, a library, the comparison and the map's chooser; one built page of every template in
 * every language and every embed shape, latest and frozen, in accessibility-pages-{nb,nn,en}.test.ts
 * (one file per language, so the files running side by side share the pages out). Each test does
 * one thing on a page loaded once for its group, so no test nears its timeout on a busy machine;
 * where the engines disagree, tests/e2e/engines.ts says why.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { useBrowser } from './browser';
import { data } from './dataset';
import { axeViolations, ENGINE_TIMEOUT, ibmViolations } from './engines';
import { bothEngines, CHECKED_PAGES, openAsReaderSees } from './accessibility-harness';

const baseUrl = inject('baseUrl');
let browser: Browser;
let page: Page;
useBrowser((opened) => ({ browser, page } = opened));

describe('the engines themselves', () => {
  // A page with known faults: each engine must name them, or it checks nothing (IBM's disableRule
  // once switched off every rule, and the suite reported 0 on pages an outside run failed).
  const FAULTY = '<!doctype html><html lang="nb"><head><title>Feil</title></head><body><p>Utenfor landemerke</p><main><img src="data:," ></main></body></html>';
  it('IBM Equal Access finds content outside landmarks, with the skipped rules still skipped', { timeout: ENGINE_TIMEOUT }, async () => {
    await page.setContent(FAULTY);
    const found = await ibmViolations(page);
    expect(found.some((line) => line.startsWith('aria_content_in_landmark'))).toBe(true);
    expect(found.filter((line) => line.startsWith('element_tabbable_unobscured'))).toEqual([]);
  });
  it('axe finds an image without a text alternative', { timeout: ENGINE_TIMEOUT }, async () => {
    await page.setContent(FAULTY);
    expect((await axeViolations(page)).some((line) => line.startsWith('image-alt'))).toBe(true);
  });
});

describe('templates', () => {
  it('every route file that makes pages has a built page in each of its languages', () => {
    expect(CHECKED_PAGES.length).toBeGreaterThan(40);
    expect(CHECKED_PAGES.filter((p) => !p.file).map((p) => p.label)).toEqual([]);
  });
  it('every checked page is in a language one of the accessibility-pages-*.test.ts files checks', () => {
    expect(CHECKED_PAGES.filter((p) => ![null, 'nb', 'nn', 'en'].includes(p.template.lang)).map((p) => p.label)).toEqual([]);
  });
});

describe('interactive states', () => {
  describe('the home page with the search list open', () => {
    bothEngines(async () => {
      await page.goto(`${baseUrl}/`);
      const box = page.getByRole('combobox', { name: 'Finn biblioteket ditt' });
      await box.focus();
      await box.pressSequentially('tromso');
      await page.getByRole('listbox').waitFor();
      await box.press('ArrowDown');
      return { target: page };
    });
  });

  describe.each(['/sok/?q=baerum', '/en/sok/?q=baerum'])('the search page with results for %s', (path) => {
    bothEngines(async () => {
      await page.goto(`${baseUrl}${path}`);
      await page.getByRole('listbox').waitFor();
      return { target: page };
    });
  });

  describe("the map's municipality chooser open", () => {
    bothEngines(async () => {
      await page.goto(`${baseUrl}/`);
      const input = page.getByRole('combobox', { name: 'Finn en kommune' });
      await input.focus();
      await page.keyboard.type('bergen');
      await page.keyboard.press('ArrowDown');
      return { target: page };
    });
  });

  describe('the map with a municipality chosen in the chooser', () => {
    bothEngines(async () => {
      await page.goto(`${baseUrl}/`);
      const input = page.getByRole('combobox', { name: 'Finn en kommune' });
      await input.focus();
      await page.keyboard.type('bergen');
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('Enter');
      await page.locator('path.sel').first().waitFor({ state: 'attached' });
      return { target: page };
    });
  });

  describe('the map shaded by filters from the URL', () => {
    bothEngines(async () => {
      await page.goto(`${baseUrl}/?visning=tjeneste&tjeneste=pressreader`);
      await page.waitForLoadState('networkidle');
      return { target: page };
    });
  });

  describe('the map with MapLibre started from the keyboard', () => {
    bothEngines(async () => {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      const desktop = await context.newPage();
      await desktop.goto(`${baseUrl}/tjenester/pressreader/`);
      await desktop.locator('.map-explore').focus();
      await desktop.keyboard.press('Enter');
      await desktop.locator('.map-gl-active').waitFor({ timeout: 45_000 });
      return { target: desktop, context };
    });
  });

  describe('the comparison drawn in the browser', () => {
    bothEngines(async () => {
      const chosen = data.dataset.libraries.filter((l) => l.kind === 'public').slice(0, 3);
      await page.goto(`${baseUrl}/en/sammenlign/?${chosen.map((l) => `b=${l.slug}`).join('&')}`);
      await page.locator('#compare-heading').waitFor();
      return { target: page };
    });
  });
});

/** Presses Tab until the focused element matches `selector`; fails after `limit` presses. */
async function tabTo(target: Page, selector: string, limit = 400): Promise<void> {
  for (let i = 0; i < limit; i++) {
    await target.keyboard.press('Tab');
    if (await target.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
  }
  throw new Error(`Tab never reached ${selector} in ${limit} presses`);
}

describe('keyboard only', () => {
  const library = data.dataset.libraries.find((l) => l.slug === 'bergen-bibliotek') ?? data.dataset.libraries.find((l) => l.kind === 'public')!;

  it('search -> library page -> comparison', async () => {
    await page.goto(`${baseUrl}/`);
    await tabTo(page, 'form[role="search"] [role="combobox"]');
    await page.keyboard.type(library.name.split(' ')[0]!.toLowerCase());
    const box = page.locator('form[role="search"] [role="combobox"]');
    await page.getByRole('listbox').first().waitFor();
    const activeText = async () => {
      const id = await box.getAttribute('aria-activedescendant');
      return id ? page.locator(`#${id}`).innerText() : '';
    };
    for (let i = 0; i < 30 && !(await activeText()).startsWith(library.name); i++) await page.keyboard.press('ArrowDown');
    expect(await activeText()).toContain(library.name);
    await Promise.all([page.waitForURL(`**/bibliotek/${library.slug}/`), page.keyboard.press('Enter')]);
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toContain(library.name);

    await tabTo(page, 'main a[href^="/sammenlign/?"]');
    await Promise.all([page.waitForURL('**/sammenlign/?**'), page.keyboard.press('Enter')]);
    expect(new URL(page.url()).searchParams.getAll('b')).toContain(library.slug);
    const table = page.getByTestId('compare-table');
    await expect.poll(() => table.locator('thead th').allInnerTexts()).toContain(library.name);
  });

  it("the map's municipality chooser", async () => {
    const municipality = data.municipalityByNumber.get('4601') ?? data.dataset.municipalities[0]!;
    await page.goto(`${baseUrl}/`);
    await tabTo(page, '#map-chooser-input');
    await page.keyboard.type(municipality.shortName.toLowerCase());
    const input = page.locator(':focus');
    const option = `map-option-${municipality.number}`;
    for (let i = 0; i < 20 && (await input.getAttribute('aria-activedescendant')) !== option; i++) await page.keyboard.press('ArrowDown');
    expect(await input.getAttribute('aria-activedescendant')).toBe(option);
    await page.keyboard.press('Enter');
    expect(await input.inputValue()).toBe(municipality.name);
    expect(await page.locator(`path#m${municipality.number}`).getAttribute('class')).toContain('sel');
    await expect.poll(() => page.locator('[data-map-status]').innerText()).toContain(municipality.name);
  });
});

describe('dark mode', () => {
  afterAll(async () => page.emulateMedia({ colorScheme: 'light' }));
  describe.each(['/', '/fylker/vestland/', '/tjenester/pressreader/', '/sammenlign/'])('%s', (path) => {
    beforeAll(async () => {
      await page.emulateMedia({ colorScheme: 'dark' });
      await openAsReaderSees(page, `${baseUrl}${path}`);
    });
    it('is dark', async () => expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).not.toBe('rgb(255, 255, 255)'));
    it('axe: enough contrast', { timeout: ENGINE_TIMEOUT }, async () => expect(await axeViolations(page, ['color-contrast'])).toEqual([]));
    it('IBM Equal Access: no definite violations', { timeout: ENGINE_TIMEOUT }, async () => expect(await ibmViolations(page)).toEqual([]));
  });
});
