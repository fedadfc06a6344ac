/** The search box as a person uses it: keyboard, screen-reader announcements, and without JavaScript. */
import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { useBrowser } from './browser';
import { data } from './dataset';

const baseUrl = inject('baseUrl');
let browser: Browser;
let page: Page;

useBrowser((opened) => ({ browser, page } = opened));

async function screenshot(name: string, target: Page = page) {
  mkdirSync('test-results', { recursive: true });
  await target.screenshot({ path: `test-results/${name}.png` });
}

const box = () => page.getByRole('combobox', { name: 'Finn biblioteket ditt' });
const drammen = data.dataset.municipalities.find((m) => m.shortName === 'Drammen')!;
const tromsoLibrary = data.dataset.libraries.find((l) => l.kind === 'public' && l.name.startsWith('Tromsø'))!;

describe('search box on the home page', () => {
  it('loads the index only when the box gets focus', async () => {
    const requested: string[] = [];
    page.on('request', (request) => requested.push(new URL(request.url()).pathname));
    await page.goto(`${baseUrl}/`);
    await page.waitForLoadState('networkidle');
    expect(requested.filter((p) => p.includes('indeks.json'))).toEqual([]);
    expect(await page.getByText('Bruk pil opp og ned').isVisible()).toBe(true);
    await box().focus();
    await page.waitForResponse((response) => response.url().endsWith('/sok/indeks.json'));
    page.removeAllListeners('request');
  });

  it('finds a postcode, announces the count, and opens the chosen result with the keyboard', async () => {
    await page.goto(`${baseUrl}/`);
    await box().focus();
    await box().pressSequentially('3050');
    const listbox = page.getByRole('listbox');
    await listbox.waitFor();
    expect(await box().getAttribute('aria-expanded')).toBe('true');
    // Grouped by kind, the municipality first.
    const groups = listbox.getByRole('group');
    expect(await groups.count()).toBe(2);
    expect(await listbox.getByRole('group', { name: 'Kommuner' }).getByRole('option').first().innerText()).toContain('Drammen');
    expect(await listbox.getByRole('group', { name: 'Folkebibliotek' }).getByRole('option').count()).toBeGreaterThan(0);
    const options = listbox.getByRole('option');
    expect(await options.first().innerText()).toContain('Drammen');
    // The count is announced in a live region.
    const status = page.getByRole('status');
    await expect.poll(() => status.innerText()).toMatch(/^\d+ treff$/);
    expect(await status.innerText()).toBe(`${await options.count()} treff`);
    await box().press('ArrowDown');
    const active = await box().getAttribute('aria-activedescendant');
    expect(active).toBe(await options.first().getAttribute('id'));
    expect(await options.first().getAttribute('aria-selected')).toBe('true');
    await screenshot('search-phone');
    await Promise.all([page.waitForURL(`**/kommuner/${drammen.number}/`), box().press('Enter')]);
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe(drammen.name);
  });

  it('moves through the groups with the arrows and picks a library', async () => {
    await page.goto(`${baseUrl}/`);
    await box().focus();
    await box().pressSequentially('tromso');
    await page.getByRole('listbox').waitFor();
    // Scoped to the search's list: the page's map filters are selects with options of their own.
    const options = page.getByRole('listbox').getByRole('option');
    const texts = await options.allInnerTexts();
    const target = texts.findIndex((t) => t.startsWith(tromsoLibrary.name));
    expect(target).toBeGreaterThan(0);
    // Up from the top wraps to the end; down from there wraps to the start.
    await box().press('ArrowUp');
    expect(await box().getAttribute('aria-activedescendant')).toBe(await options.last().getAttribute('id'));
    await box().press('ArrowDown');
    for (let i = 0; i < target; i++) await box().press('ArrowDown');
    expect(await page.locator(`#${await box().getAttribute('aria-activedescendant')}`).innerText()).toContain(tromsoLibrary.name);
    await Promise.all([page.waitForURL(`**/bibliotek/${tromsoLibrary.slug}/`), box().press('Enter')]);
  });

  it('closes the list with Escape and clears the box with a second Escape', async () => {
    await page.goto(`${baseUrl}/`);
    await box().focus();
    await box().pressSequentially('bærum');
    await page.getByRole('listbox').waitFor();
    await box().press('Escape');
    expect(await box().getAttribute('aria-expanded')).toBe('false');
    expect(await page.getByRole('listbox').isHidden()).toBe(true);
    expect(await box().inputValue()).toBe('bærum');
    await box().press('Escape');
    expect(await box().inputValue()).toBe('');
  });

  it('shows the results for ?q= on the search page', async () => {
    await page.goto(`${baseUrl}/sok/?q=baerum`);
    await page.getByRole('listbox').waitFor();
    expect(await page.getByRole('listbox').getByRole('option').first().innerText()).toContain('Bærum');
    await page.setViewportSize({ width: 1280, height: 800 });
    await screenshot('search-desktop');
    await page.setViewportSize({ width: 375, height: 812 });
  });
});

describe('search in English', () => {
  it('speaks English and keeps its links in English', async () => {
    await page.goto(`${baseUrl}/en/sok/`);
    const english = page.getByRole('combobox', { name: 'Find your library' });
    expect(await page.locator('form[role="search"]').getAttribute('action')).toBe('/en/sok/');
    await english.focus();
    await english.pressSequentially('aviser');
    await page.getByRole('listbox').waitFor();
    expect(await page.getByRole('group', { name: 'Categories' }).getByRole('option').first().innerText()).toContain('News and magazines');
    await expect.poll(() => page.getByRole('status').innerText()).toMatch(/^\d+ results?$/);
  });
});

describe('search without JavaScript', () => {
  it('is a plain form that leads to a page listing every municipality and its library', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 375, height: 812 } });
    const plain = await context.newPage();
    await plain.goto(`${baseUrl}/`);
    const input = plain.getByRole('textbox', { name: 'Finn biblioteket ditt' });
    // No keyboard instructions for a list that can't appear.
    expect(await plain.getByText('Bruk pil opp og ned').isVisible()).toBe(false);
    await input.fill('Drammen');
    await Promise.all([plain.waitForURL('**/sok/?q=Drammen'), input.press('Enter')]);
    const link = plain.getByRole('link', { name: drammen.name, exact: true });
    expect(await link.getAttribute('href')).toBe(`/kommuner/${drammen.number}/`);
    const municipalities = plain.locator('.search-page__municipalities > li');
    expect(await municipalities.count()).toBe(data.dataset.municipalities.length);
    await screenshot('search-nojs-phone', plain);
    await context.close();
  });
});
