/**
 * The embeds as a journalist's page uses them: a host page served from ANOTHER local origin
 * (its own tiny HTTP server) frames widgets with and without the resize script. The frame's
 * height follows its content only through messages from the site's origin; no cookies and no
 * requests to anyone else. And the builder that makes the snippet.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser, Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PHONE, useBrowser } from './browser';
import { data } from './dataset';
import { baseUrl, service, county, frameOf } from './embed-shared';

let browser: Browser;
let host: Server;
let hostUrl: string;

/** The host pages, keyed by path; each frames the site at baseUrl. */
const HOST_PAGES: Record<string, string> = {
  '/with-script.html': `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host</title></head><body>
    <h1>A newspaper article</h1>
    <iframe id="a" src="${baseUrl}/embed/tjenester/${service.slug}/" title="A" width="100%" height="300" style="border:0;width:100%" data-hhh-embed></iframe>
    <iframe id="b" src="${baseUrl}/embed/fylker/${county.slug}/?static=1" title="B" width="100%" height="300" style="border:0;width:100%" sandbox="allow-scripts allow-same-origin allow-popups" data-hhh-embed></iframe>
    <iframe id="evil" src="/evil.html" title="Other origin" width="100%" height="300" style="border:0" data-hhh-embed></iframe>
    <script src="${baseUrl}/embed/resize.js" async></script>
  </body></html>`,
  '/without-script.html': `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host</title></head><body>
    <iframe id="a" src="${baseUrl}/embed/tjenester/${service.slug}/" title="A" width="100%" height="1000" style="border:0;width:100%" data-hhh-embed></iframe>
  </body></html>`,
  // A frame on the host's own origin pretending to be an embed.
  '/evil.html': `<!doctype html><html><body><script>
    setInterval(function () { parent.postMessage({ type: 'hhh-embed:height', height: 4321 }, '*'); }, 50);
  </script></body></html>`,
};

useBrowser((opened) => ({ browser } = opened));

useBrowser((opened) => ({ browser } = opened));

beforeAll(async () => {
  host = createServer((req, res) => {
    const body = HOST_PAGES[req.url ?? ''];
    res.writeHead(body ? 200 : 404, { 'Content-Type': 'text/html; charset=utf-8' });
    res.end(body ?? 'not found');
  });
  await new Promise<void>((resolve) => host.listen(0, '127.0.0.1', resolve));
  // "localhost" is another origin than the site's 127.0.0.1, even on the same machine.
  hostUrl = `http://localhost:${(host.address() as AddressInfo).port}`;
  expect(new URL(hostUrl).origin).not.toBe(new URL(baseUrl).origin);
});
afterAll(() => new Promise((resolve) => host?.close(resolve)));

const frameHeight = (page: Page, id: string) => page.$eval(`#${id}`, (f) => (f as HTMLIFrameElement).getBoundingClientRect().height);
const contentHeight = (frame: Frame) => frame.$eval('[data-embed]', (m) => Math.ceil(m.getBoundingClientRect().height));

describe('a host page on another origin', () => {
  it('with the resize script: frames follow their content, other origins are ignored, no cookies or third parties', async () => {
    const context = await browser.newContext({ viewport: { width: 800, height: 900 } });
    const page = await context.newPage();
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    await page.goto(`${hostUrl}/with-script.html`);
    for (const id of ['a', 'b']) {
      const frame = await frameOf(page, id);
      // Chromium pauses rendering of cross-origin frames out of view, as a reader's browser would.
      await page.$eval(`#${id}`, (f) => f.scrollIntoView());
      await expect.poll(async () => Math.abs((await frameHeight(page, id)) - (await contentHeight(frame))), { timeout: 10_000 }).toBeLessThanOrEqual(2);
      expect(await frameHeight(page, id)).toBeGreaterThan(300);
    }
    // The reader's window narrows, map and legend stack, the content grows: the frame follows.
    const a = await frameOf(page, 'a');
    const before = await frameHeight(page, 'a');
    await page.$eval('#a', (f) => f.scrollIntoView());
    await page.setViewportSize({ width: 375, height: 800 });
    await expect.poll(() => frameHeight(page, 'a'), { timeout: 10_000 }).toBeGreaterThan(before + 50);
    expect(Math.abs((await frameHeight(page, 'a')) - (await contentHeight(a)))).toBeLessThanOrEqual(2);
    // A frame from the host's origin posting the same message type, and the host posting to itself.
    await page.evaluate(() => window.postMessage({ type: 'hhh-embed:height', height: 4321 }, '*'));
    await page.waitForTimeout(300);
    expect(await frameHeight(page, 'evil')).toBe(300);
    expect(await frameHeight(page, 'a')).toBeLessThan(4321);

    const allowed = [new URL(baseUrl).origin, new URL(hostUrl).origin];
    expect(requests.filter((u) => !u.startsWith('data:') && !u.startsWith('blob:') && !allowed.includes(new URL(u).origin))).toEqual([]);
    expect(await context.cookies()).toEqual([]);
    await context.close();
  });

  it('without the script: the frame keeps its given height and shows the widget', async () => {
    const page = await browser.newPage(PHONE);
    await page.goto(`${hostUrl}/without-script.html`);
    const frame = await frameOf(page, 'a');
    await page.waitForTimeout(300);
    expect(await frameHeight(page, 'a')).toBe(1000);
    expect(await frame.isVisible('.embed-title')).toBe(true);
    expect(await frame.isVisible('.map-svg')).toBe(true);
    // Nothing overflows sideways at phone width.
    expect(await frame.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    await page.close();
  });
});

describe('the embed builder', () => {
  it('builds a snippet and a live preview from the choices', async () => {
    const page = await browser.newPage({ viewport: { width: 1000, height: 900 } });
    await page.goto(`${baseUrl}/bygg-inn/`);
    // The island's controls are enabled once it has hydrated; check() waits for that.
    await page.check(`input[name="services"][value="${service.slug}"]`);
    await page.selectOption('select[name="county"]', county.number);
    await page.selectOption('select[name="kind"]', 'school');
    await page.selectOption('select[name="lang"]', 'nn');
    const snippet = await page.inputValue('#embed-snippet');
    expect(snippet).toMatch(/^<iframe [^>]*title="[^"]+"[^>]*loading="lazy"[^>]*height="\d+"/);
    const src = /src="([^"]+)"/.exec(snippet)![1]!.replace(/&amp;/g, '&');
    expect(new URL(src).pathname).toBe(`/nn/embed/tjenester/${service.slug}/`);
    expect(new URL(src).searchParams.get('fylke')).toBe(county.number);
    // The preview loads its frame once scrolled into view.
    await page.locator('[data-preview]').scrollIntoViewIfNeeded();
    const frame = await (await page.waitForSelector('[data-preview] iframe')).contentFrame();
    await frame!.waitForSelector('[data-embed]');
    // The preview shows the chosen county, re-shaded by the map itself.
    await expect
      .poll(() => frame!.$$eval('#map-table > table tbody tr[data-m]:not([hidden])', (rows) => rows.length), { timeout: 10_000 })
      .toBe(data.dataset.municipalities.filter((m) => m.countyNumber === county.number).length);
    await page.close();
  });

  it('lists ready-made snippets without JavaScript', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${baseUrl}/bygg-inn/`);
    // The server-rendered builder: its controls disabled (they need the island), said so in words.
    expect(await page.isDisabled('select[name="county"]')).toBe(true);
    expect(await page.isVisible('[data-testid="builder-needs-script"]')).toBe(true);
    const codes = await page.$$eval('.embed-ready pre code', (c) => c.map((e) => e.textContent!));
    // A service the ordering system does not record has no map to embed (figures/counts.ts).
    expect(codes.length).toBe(1 + data.dataset.services.filter((s) => s.recorded !== false).length + data.dataset.counties.length);
    expect(codes.every((c) => c.includes('loading="lazy"') && c.includes('<noscript>'))).toBe(true);
    await context.close();
  });
});
