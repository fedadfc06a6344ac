/** Debian's Chromium driven by playwright-core, with the flags that work on these machines. */
import { chromium, type Browser } from 'playwright-core';
import { CHROMIUM, CHROMIUM_FLAGS } from '../../tools/local-chromium';

export { CHROMIUM };

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_FLAGS });
}
