/**
 * axe-core's WCAG 2.1 A/AA rules on one built page of every template (every route file in
 * src/pages, in every language it is built in: found from the files, so a new route is tested
 * without being listed), on the map's and the search's interactive states, and in dark mode;
 * headings never skip a level; and keyboard-only journeys through search, a library, the
 * comparison and the map's chooser.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { representatives, routeTemplates, urlPath } from '../../src/lib/templates';
import { launchBrowser } from './browser';
import { data } from './dataset';

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const baseUrl = inject('baseUrl');
let browser: Browser;
let page: Page;
beforeAll(async () => {
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 375, height: 812 } });
});
afterAll(async () => browser?.close());

function files(dir: string, keep: (name: string) => boolean): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => keep(f) && statSync(join(dir, f)).isFile()).map((f) => f.split('\\').join('/'));
}
const routes = files('src/pages', (f) => !f.includes('.test.'));
const html = files('dist', (f) => f.endsWith('.html')).map((path) => ({ path, size: statSync(join('dist', path)).size }));
const TEMPLATES = representatives(routeTemplates(routes), html);

/** axe's WCAG 2.1 A/AA violations on the page as it is now, one line per rule with a few targets. */
async function axeViolations(target: Page = page, rules?: string[]): Promise<string[]> {
  // Evaluated through DevTools, not as an inline <script>: the page's CSP blocks inline scripts it has no hash for.
  await target.evaluate(AXE_SOURCE);
  return target.evaluate(async (only) => {
    // @ts-expect-error axe is injected above
    const result = await window.axe.run(document, { runOnly: only ? { type: 'rule', values: only } : { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
    return (result.violations as { id: string; nodes: { target: string[] }[] }[]).map((v) => `${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
  }, rules);
}

async function headingSkips(target: Page = page): Promise<{ first: number | undefined; skips: number[] }> {
  const levels = await target.locator('main h1, main h2, main h3, main h4').evaluateAll((hs) => hs.map((h) => Number(h.tagName[1])));
  return { first: levels[0], skips: levels.filter((level, i) => i > 0 && level > levels[i - 1]! + 1) };
}

describe('templates', () => {
  it('every route file that makes pages has a built page in each of its languages', () => {
    expect(TEMPLATES.length).toBeGreaterThan(40);
    expect(TEMPLATES.filter((t) => !t.path).map((t) => `${t.template.route} (${t.template.lang ?? 'any'})`)).toEqual([]);
  });
});

describe.each(TEMPLATES.filter((t) => t.path).map((t) => [`${t.template.route} ${t.template.lang ?? ''}`.trim(), urlPath(t.path!)]))('%s', (_, path) => {
  it(`${path} has no WCAG 2.1 A/AA violations and no skipped heading levels`, async () => {
    await page.goto(`${baseUrl}${path}`);
    expect(await axeViolations()).toEqual([]);
    const { first, skips } = await headingSkips();
    // An embed is a fragment inside someone else's page, whose outline it joins: no h1 required there.
    if (!/(^|\/)embed\//.test(path)) expect(first).toBe(1);
    expect(skips).toEqual([]);
  });
});

describe('interactive states', () => {
  it('the home page with the search list open', async () => {
    await page.goto(`${baseUrl}/`);
    const box = page.getByRole('combobox', { name: 'Finn biblioteket ditt' });
    await box.focus();
    await box.pressSequentially('tromso');
    await page.getByRole('listbox').waitFor();
    await box.press('ArrowDown');
    expect(await axeViolations()).toEqual([]);
  });

  it.each(['/sok/?q=baerum', '/en/sok/?q=baerum'])('the search page with results for %s', async (path) => {
    await page.goto(`${baseUrl}${path}`);
    await page.getByRole('listbox').waitFor();
    expect(await axeViolations()).toEqual([]);
  });

  it('the map with a municipality chosen in the chooser', async () => {
    await page.goto(`${baseUrl}/`);
    const input = page.getByRole('combobox', { name: 'Finn en kommune' });
    await input.focus();
    await page.keyboard.type('bergen');
    await page.keyboard.press('ArrowDown');
    expect(await axeViolations()).toEqual([]);
    await page.keyboard.press('Enter');
    await page.locator('path.sel').first().waitFor({ state: 'attached' });
    expect(await axeViolations()).toEqual([]);
  });

  it('the map shaded by filters from the URL', async () => {
    await page.goto(`${baseUrl}/?visning=tjeneste&tjeneste=pressreader`);
    await page.waitForLoadState('networkidle');
    expect(await axeViolations()).toEqual([]);
  });

  it('the map with MapLibre started from the keyboard', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const desktop = await context.newPage();
    try {
      await desktop.goto(`${baseUrl}/tjenester/pressreader/`);
      await desktop.locator('[data-map-frame]').focus();
      await desktop.keyboard.press('Enter');
      await desktop.locator('.map-gl-active').waitFor({ timeout: 45_000 });
      expect(await axeViolations(desktop)).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('the comparison drawn in the browser', async () => {
    const chosen = data.dataset.libraries.filter((l) => l.kind === 'public').slice(0, 3);
    await page.goto(`${baseUrl}/en/sammenlign/?${chosen.map((l) => `b=${l.slug}`).join('&')}`);
    await page.locator('#compare-heading').waitFor();
    expect(await axeViolations()).toEqual([]);
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
  it.each(['/', '/fylker/vestland/', '/tjenester/pressreader/', '/sammenlign/'])('%s has enough contrast', async (path) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto(`${baseUrl}${path}`);
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).not.toBe('rgb(255, 255, 255)');
    const violations = await axeViolations(page, ['color-contrast']);
    await page.emulateMedia({ colorScheme: 'light' });
    expect(violations).toEqual([]);
  });
});
