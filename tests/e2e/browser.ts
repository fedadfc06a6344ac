/**
 * The browser setup every browser test file shares: Debian's Chromium driven by playwright-core
 * with the flags that work on these machines, launched once per file before its tests and closed
 * after them, with a phone-sized page (or the page options a file gives).
 */
import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { CHROMIUM, CHROMIUM_FLAGS } from '../../tools/local-chromium';

export { CHROMIUM };

/** The viewport most tests use: a small phone, where the layout is tightest. */
export const PHONE = { viewport: { width: 375, height: 812 } } as const;

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_FLAGS });
}

/**
 * Registers the file's browser: before its tests, launches Chromium, opens one page (`page`
 * options, default PHONE) and hands both to `receive`; after them, closes the browser.
 * Usage: `let browser: Browser; let page: Page; useBrowser((b) => ({ browser, page } = b));`
 */
export function useBrowser(receive: (opened: { browser: Browser; page: Page }) => void, options: { page?: BrowserContextOptions } = {}): void {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchBrowser();
    receive({ browser, page: await browser.newPage(options.page ?? PHONE) });
  });
  afterAll(async () => browser?.close());
}
