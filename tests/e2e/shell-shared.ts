/**
 * What the page-frame tests (shell-menu, shell-tables) share: the site under test, the viewports,
 * the county and library they visit, and a page per describe block.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';
import { useBrowser } from './browser';
import { data } from './dataset';

export const baseUrl = inject('baseUrl');
export const PHONE = { width: 390, height: 844 };
export const DESKTOP = { width: 1280, height: 800 };
export const vestland = data.dataset.counties.find((c) => c.number === '46') ?? data.dataset.counties[0]!;
export const bergen = data.dataset.libraries.find((l) => l.id === 'fb-4601')!;

/** Registers the file's browser and returns `withPage`: a page in its own context for a describe block's tests. */
export function usePages() {
  let browser: Browser;
  useBrowser((opened) => ({ browser } = opened));
  function withPage(viewport: { width: number; height: number }, colorScheme: 'light' | 'dark' = 'light') {
    const state: { context?: BrowserContext; page?: Page } = {};
    beforeAll(async () => {
      state.context = await browser.newContext({ viewport, colorScheme, reducedMotion: 'reduce' });
      state.page = await state.context.newPage();
    });
    afterAll(async () => state.context?.close());
    return () => state.page!;
  }
  return withPage;
}
