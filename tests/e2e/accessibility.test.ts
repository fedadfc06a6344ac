/**
 * axe-core's WCAG 2.1 A/AA rules on one page of each kind (bokmål at phone width, and the other
 * languages on the pages with the most structure), plus a check that headings never skip a level.
 */
import { createRequire } from 'node:module';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser } from './browser';

const require = createRequire(import.meta.url);
const AXE = require.resolve('axe-core/axe.min.js');
const baseUrl = inject('baseUrl');
let browser: Browser;
let page: Page;
beforeAll(async () => {
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 375, height: 812 } });
});
afterAll(async () => browser?.close());

const PAGES = [
  '/', '/tjenester/', '/tjenester/pressreader/', '/leverandorer/', '/bibliotek/', '/bibliotek/bergen-bibliotek/',
  '/kommuner/', '/kommuner/4601/', '/fylker/', '/fylker/vestland/', '/sammenlign/', '/utvikling/', '/endringer/',
  '/data/', '/om/', '/tilgjengelighet/', '/kampanjer/', '/bygg-inn/', '/nn/fylker/vestland/', '/en/tjenester/pressreader/', '/en/sammenlign/', '/en/kampanjer/',
];

describe.each(PAGES)('%s', (path) => {
  it('has no WCAG 2.1 A/AA violations and no skipped heading levels', async () => {
    await page.goto(`${baseUrl}${path}`);
    await page.addScriptTag({ path: AXE });
    const violations = await page.evaluate(async () => {
      // @ts-expect-error axe is injected above
      const result = await window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
      return (result.violations as { id: string; nodes: { target: string[] }[] }[]).map((v) => `${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
    });
    expect(violations).toEqual([]);
    const levels = await page.locator('main h1, main h2, main h3, main h4').evaluateAll((hs) => hs.map((h) => Number(h.tagName[1])));
    expect(levels[0]).toBe(1);
    const skips = levels.filter((level, i) => i > 0 && level > levels[i - 1]! + 1);
    expect(skips).toEqual([]);
  });
});

describe('dark mode', () => {
  it.each(['/', '/fylker/vestland/', '/tjenester/pressreader/', '/sammenlign/'])('%s has enough contrast', async (path) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto(`${baseUrl}${path}`);
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).not.toBe('rgb(255, 255, 255)');
    await page.addScriptTag({ path: AXE });
    const violations = await page.evaluate(async () => {
      // @ts-expect-error axe is injected above
      const result = await window.axe.run(document, { runOnly: { type: 'rule', values: ['color-contrast'] } });
      return (result.violations as { id: string; nodes: { target: string[] }[] }[]).map((v) => `${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
    });
    await page.emulateMedia({ colorScheme: 'light' });
    expect(violations).toEqual([]);
  });
});
