// Throwaway screenshot helper (not committed): node .shots.mts <path> [name]
import { chromium } from 'playwright-core';
import { preview } from 'astro';
import { CHROMIUM, CHROMIUM_FLAGS } from './tools/local-chromium';
const paths = process.argv.slice(2);
const server = await preview({ root: process.cwd(), logLevel: 'warn', server: { host: '127.0.0.1', port: 4611 } });
const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_FLAGS });
const modes = (process.env.MODES ?? 'phone-light,desktop-light,phone-dark,desktop-dark').split(',');
for (const p of paths) {
  for (const mode of modes) {
    const [vp, scheme] = mode.split('-');
    const ctx = await browser.newContext({ viewport: vp === 'phone' ? { width: 390, height: 844 } : { width: 1280, height: 800 }, colorScheme: scheme as 'light' | 'dark' });
    const page = await ctx.newPage();
    await page.goto(`http://127.0.0.1:4611${p}`, { waitUntil: 'networkidle' });
    if (process.env.OPEN_MENU) await page.locator('.site-menu > summary').click().catch(() => {});
    if (process.env.OPEN_MORE) await page.locator('[data-site-more] > summary').click().catch(() => {});
    const name = p.replace(/[^a-z0-9]+/gi, '_') + '-' + mode;
    await page.screenshot({ path: `/tmp/shellshots/${name}.png`, fullPage: !!process.env.FULL, clip: process.env.FULL ? undefined : undefined });
    await ctx.close();
  }
}
await browser.close();
await server.stop();
