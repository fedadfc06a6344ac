/**
 * State survives the language switch (issue 16 point 8): the page's address state (map filters,
 * compare selection, search and list queries, the hash) goes with the language links, however
 * the page changed it (a filter, typing, a link to a fragment) and however the link is used.
 */
import type { Browser, Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { useBrowser } from './browser';
import { data } from './dataset';

const baseUrl = inject('baseUrl');
let browser: Browser;
let page: Page;

useBrowser((opened) => ({ browser, page } = opened));

const languageLink = (name: 'Bokmål' | 'Nynorsk' | 'English') => page.getByRole('navigation', { name: /språk|language|mål/i }).getByRole('link', { name });
const pathAndState = () => {
  const url = new URL(page.url());
  return `${url.pathname}${url.search}${url.hash}`;
};

describe('the language switch keeps the address state', () => {
  it("keeps the map's filters set on the page", async () => {
    await page.goto(`${baseUrl}/`);
    const county = data.dataset.counties.find((c) => c.name === 'Vestland')!;
    await page.locator('.norway-map select[name="county"]').selectOption(county.number);
    await expect.poll(() => new URL(page.url()).search).not.toBe('');
    const search = new URL(page.url()).search;
    await Promise.all([page.waitForURL(`**/en/${search}`), languageLink('English').click()]);
    expect(pathAndState()).toBe(`/en/${search}`);
    // The English page shows the same view: the filter reads the address.
    await expect.poll(() => page.locator('.norway-map select[name="county"]').inputValue()).toBe(county.number);
  });

  it('keeps the compare selection', async () => {
    const [a, b] = data.dataset.libraries.filter((l) => l.kind === 'public').slice(0, 2);
    const search = `?b=${a!.slug}&b=${b!.slug}`;
    await page.goto(`${baseUrl}/sammenlign/${search}`);
    await Promise.all([page.waitForURL('**/nn/sammenlign/**'), languageLink('Nynorsk').click()]);
    expect(pathAndState()).toBe(`/nn/sammenlign/${search}`);
    // The compare island draws the selection once hydrated.
    await expect.poll(() => page.locator('main').innerText()).toContain(a!.name);
  });

  it("keeps the municipality list's query, typed and not submitted, and filters the list the same", async () => {
    await page.goto(`${baseUrl}/kommuner/`);
    await page.getByRole('searchbox', { name: 'Kommune eller bibliotek' }).fill('tromso');
    await expect.poll(() => new URL(page.url()).searchParams.get('q')).toBe('tromso');
    const shown = await page.locator('#municipality-list li:not([hidden])').count();
    await Promise.all([page.waitForURL('**/en/kommuner/?q=tromso'), languageLink('English').click()]);
    expect(await page.getByRole('searchbox').inputValue()).toBe('tromso');
    expect(await page.locator('#municipality-list li:not([hidden])').count()).toBe(shown);
  });

  it("keeps the search page's query, typed in the box", async () => {
    await page.goto(`${baseUrl}/sok/`);
    const box = page.getByRole('combobox', { name: 'Finn biblioteket ditt' });
    await box.focus();
    await box.pressSequentially('Tromsø');
    await expect.poll(() => new URL(page.url()).searchParams.get('q')).toBe('Tromsø');
    await Promise.all([page.waitForURL('**/en/sok/?q=*'), languageLink('English').click()]);
    expect(await page.getByRole('combobox', { name: 'Find your library' }).inputValue()).toBe('Tromsø');
  });

  it('keeps the hash, and works from the keyboard', async () => {
    await page.goto(`${baseUrl}/tjenester/`);
    await page.evaluate(() => {
      location.hash = '#news-magazines';
    });
    await languageLink('English').focus();
    expect(await languageLink('English').getAttribute('href')).toBe('/en/tjenester/#news-magazines');
    await Promise.all([page.waitForURL('**/en/tjenester/#news-magazines'), page.keyboard.press('Enter')]);
  });

  it('keeps state set by a script without an event (replaceState), read when the link is used', async () => {
    await page.goto(`${baseUrl}/tjenester/`);
    await page.evaluate(() => history.replaceState(null, '', '?x=1#y'));
    await Promise.all([page.waitForURL('**/nn/tjenester/?x=1#y'), languageLink('Nynorsk').click()]);
    expect(pathAndState()).toBe('/nn/tjenester/?x=1#y');
    // And back to bokmål with the same state.
    await Promise.all([page.waitForURL(`${baseUrl}/tjenester/?x=1#y`), languageLink('Bokmål').click()]);
    expect(pathAndState()).toBe('/tjenester/?x=1#y');
  });

  it('never points a language link off the site, whatever the address holds', async () => {
    await page.goto(`${baseUrl}/tjenester/?next=//evil.example/&q=%3Cscript%3E#//evil.example`);
    for (const link of await page.locator('.language-switch a[hreflang]').all()) {
      const href = (await link.getAttribute('href'))!;
      expect(href.startsWith('/')).toBe(true);
      expect(new URL(href, baseUrl).origin).toBe(new URL(baseUrl).origin);
    }
  });
});

describe('the search keeps the typed query', () => {
  it('without JavaScript: back from the search page, the box still holds it', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 390, height: 844 } });
    const plain = await context.newPage();
    await plain.goto(`${baseUrl}/`);
    const input = plain.getByRole('textbox', { name: 'Finn biblioteket ditt' });
    await input.fill('Tromsø bibliotek');
    await Promise.all([plain.waitForURL('**/sok/?q=*'), input.press('Enter')]);
    expect(new URL(plain.url()).searchParams.get('q')).toBe('Tromsø bibliotek');
    await plain.goBack();
    expect(await plain.getByRole('textbox', { name: 'Finn biblioteket ditt' }).inputValue()).toBe('Tromsø bibliotek');
    await context.close();
  });

  it('with JavaScript: Enter without choosing leads to the search page with the query in the box and its results', async () => {
    await page.goto(`${baseUrl}/`);
    const box = page.getByRole('combobox', { name: 'Finn biblioteket ditt' });
    await box.focus();
    await box.pressSequentially('barum');
    await Promise.all([page.waitForURL('**/sok/?q=barum'), box.press('Enter')]);
    const onSearchPage = page.getByRole('combobox', { name: 'Finn biblioteket ditt' });
    expect(await onSearchPage.inputValue()).toBe('barum');
    await expect.poll(() => page.locator('.library-search__option').first().innerText()).toContain('Bærum');
    await page.goBack();
    expect(await page.getByRole('combobox', { name: 'Finn biblioteket ditt' }).inputValue()).toBe('barum');
  });
});
