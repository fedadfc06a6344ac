/**
 * The browser setup every browser test file shares: Debian's Chromium driven by playwright-core
 * with the flags that work on these machines, launched once per worker and shared by its files, with
 * a phone-sized page per file (or the page options a file gives).
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
 * One Chromium per worker process, shared by the files it runs one after another (the e2e project
 * does not isolate files): launching and closing one took about 0.6 s a file. Launched again if the
 * last one crashed.
 */
let shared: Browser | undefined;
async function sharedBrowser(): Promise<Browser> {
  if (!shared?.isConnected()) shared = await launchBrowser();
  return shared;
}

/**
 * Registers the file's browser: before its tests, opens one page (`page` options, default PHONE) in
 * the worker's Chromium and hands both to `receive`; after them, closes every context the file
 * opened (its pages with them), so the next file starts with none.
 * Usage: `let browser: Browser; let page: Page; useBrowser((b) => ({ browser, page } = b));`
 */
export function useBrowser(receive: (opened: { browser: Browser; page: Page }) => void, options: { page?: BrowserContextOptions } = {}): void {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await sharedBrowser();
    receive({ browser, page: await browser.newPage(options.page ?? PHONE) });
  });
  afterAll(async () => {
    await Promise.all(browser?.contexts().map((context) => context.close()) ?? []);
  });
}
