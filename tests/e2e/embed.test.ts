/**
 * The embeds as a journalist's page uses them: a host page served from ANOTHER local origin
 * (its own tiny HTTP server) frames widgets with and without the resize script. The frame's
 * height follows its content only through messages from the site's origin; the picture for
 * readers without frames exists; the CSV holds exactly the figures the widget shows; axe and IBM's
 * engine find nothing inside the frame; no cookies and no requests to anyone else.
 */
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { parse } from 'csv-parse/sync';
import type { Browser, Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { withCsp } from '../../src/lib/html/csp';
import { PHONE, useBrowser } from './browser';
import { data } from './dataset';
import { axeViolations, ENGINE_TIMEOUT, ibmViolations } from './engines';

const baseUrl = inject('baseUrl');
const service = data.dataset.services[0]!;
const county = data.dataset.counties.find((c) => c.slug === 'vestland') ?? data.dataset.counties[0]!;

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

async function frameOf(page: Page, id: string): Promise<Frame> {
  const handle = await page.waitForSelector(`#${id}`);
  const frame = await handle.contentFrame();
  await frame!.waitForSelector('[data-embed]');
  return frame!;
}

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

// One group per embed kind (Norway, a service, a county, a frozen version) and language, light and
// dark, each framed once; one test per engine, so no test does the whole list (it neared its timeout).
const version = data.dataset.source.sha256.slice(0, 12);
const KINDS = ['', `tjenester/${service.slug}/`, `fylker/${county.slug}/`, `v/${version}/tjenester/${service.slug}/`];
const FRAMED = [
  ...['', '/nn', '/en'].flatMap((lang) => KINDS.map((kind) => ({ path: `${lang}/embed/${kind}`, theme: 'light' }))),
  { path: `/embed/tjenester/${service.slug}/`, theme: 'dark' },
  { path: `/embed/fylker/${county.slug}/`, theme: 'dark' },
];

describe.each(FRAMED)('inside a frame: $path ($theme)', ({ path, theme }) => {
  let page: Page;
  let frame: Frame;
  beforeAll(async () => {
    page = await browser.newPage(PHONE);
    await page.setContent(`<iframe id="a" title="A" src="${baseUrl}${path}?theme=${theme}" width="375" height="800"></iframe>`);
    frame = await frameOf(page, 'a');
  });
  afterAll(async () => page?.close());

  it('takes the theme from the URL', async () => expect(await frame.evaluate(() => document.documentElement.dataset.theme)).toBe(theme));
  it('axe: no WCAG 2.1 A/AA violations', { timeout: ENGINE_TIMEOUT }, async () => expect(await axeViolations(frame)).toEqual([]));
  it('IBM Equal Access: no definite violations', { timeout: ENGINE_TIMEOUT }, async () => expect(await ibmViolations(frame)).toEqual([]));
});

describe('an embed', () => {
  it('offers a CSV with exactly the figures its table, legend and summary show', async () => {
    const page = await browser.newPage();
    await page.goto(`${baseUrl}/embed/tjenester/${service.slug}/?static=1`);
    const shown = await page.$$eval('#map-table > table tbody tr[data-m]', (rows) =>
      rows.map((r) => [(r as HTMLElement).dataset.m!, r.children[2]!.textContent!.trim()]),
    );
    const csvHref = await page.getAttribute('[data-embed-csv]', 'href');
    const csv = parse(await (await fetch(new URL(csvHref!, page.url()))).text(), { columns: true, bom: true }) as Array<Record<string, string>>;
    expect(csv.map((r) => [r.kommunenummer, r.tekst])).toEqual(shown);
    // Built from demo data, every row says so (the file travels without its page).
    expect(csv.every((r) => r.eksempeldata === 'ja')).toBe(data.dataset.source.isDemo);
    const offered = csv.filter((r) => Number(r.verdi) > 0).length;
    expect(await page.textContent('[data-embed-summary]')).toContain(`${offered} av ${csv.length}`);
    const legendCounts = await page.$$eval('.map-legend > ul:first-of-type > li', (items) =>
      items.map((li) => Number(/\((\d+)/.exec(li.querySelector('.map-count')!.textContent!)![1])),
    );
    expect(legendCounts.reduce((a, b) => a + b, 0)).toBe(csv.length);
    await page.close();
  });

  it("for a filtered view (the builder's county and kind), hides the default summary and downloads the re-shaded table", async () => {
    const context = await browser.newContext({ acceptDownloads: true });
    const page = await context.newPage();
    await page.goto(`${baseUrl}/embed/tjenester/${service.slug}/?type=vgs&fylke=${county.number}`);
    await expect
      .poll(() => page.$$eval('#map-table > table tbody tr[data-m]:not([hidden])', (rows) => rows.length), { timeout: 10_000 })
      .toBe(data.dataset.municipalities.filter((m) => m.countyNumber === county.number).length);
    expect(await page.isHidden('[data-embed-summary]')).toBe(true);
    const shown = await page.$$eval('#map-table > table tbody tr[data-m]:not([hidden])', (rows) =>
      rows.map((r) => [(r as HTMLElement).dataset.m!, r.children[2]!.textContent!.trim()]),
    );
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-embed-csv]')]);
    const csv = parse(readFileSync((await download.path())!, 'utf8'), { columns: true, bom: true }) as Array<Record<string, string>>;
    expect(csv.map((r) => [r.kommunenummer, r.tekst])).toEqual(shown);
    expect(csv.every((r) => r.eksempeldata === 'ja')).toBe(data.dataset.source.isDemo);
    await context.close();
  });

  it("has a picture for readers without frames: the snippet's noscript image, the Open Graph image and the oEmbed thumbnail exist", async () => {
    const path = `/embed/fylker/${county.slug}/`;
    const oembed = (await (await fetch(`${baseUrl}${path}oembed.json`)).json()) as { type: string; html: string; thumbnail_url: string; title: string };
    expect(oembed.type).toBe('rich');
    expect(oembed.html).toMatch(/<iframe [^>]*title="[^"]+"[^>]*loading="lazy"/);
    const noscript = /<noscript>.*<img src="([^"]+)"/.exec(oembed.html)![1]!;
    const page = await browser.newPage();
    await page.goto(`${baseUrl}${path}`);
    const og = await page.getAttribute('meta[property="og:image"]', 'content');
    const discovery = await page.getAttribute('link[type="application/json+oembed"]', 'href');
    expect(new URL(discovery!).pathname).toBe(`${path}oembed.json`);
    for (const url of new Set([noscript, og!, oembed.thumbnail_url])) {
      const response = await fetch(`${baseUrl}${new URL(url).pathname}`);
      expect(response.status).toBe(200);
      const bytes = new Uint8Array(await response.arrayBuffer());
      expect([...bytes.slice(1, 4)].map((b) => String.fromCharCode(b)).join('')).toBe('PNG');
    }
    const svg = await (await fetch(`${baseUrl}${path}kart.svg`)).text();
    expect(svg).toContain(county.name);
    await page.close();
  });

  it('reads its URL flags: lang, theme, plain, static and controls=0', async () => {
    const page = await browser.newPage();
    await page.goto(`${baseUrl}/embed/?lang=en&plain=1&controls=0`);
    expect(new URL(page.url()).pathname).toBe('/en/embed/');
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect(await page.$eval('.embed-title', (h) => h.getBoundingClientRect().width)).toBeLessThanOrEqual(1);
    expect(await page.isVisible('.map-filters')).toBe(false);
    await page.goto(`${baseUrl}/embed/?static=1`);
    await page.waitForTimeout(300);
    expect(await page.isVisible('.map-explore')).toBe(false);
    expect(await page.isVisible('.map-chooser')).toBe(false);
    await page.goto(`${baseUrl}/embed/`);
    await page.waitForSelector('.map-explore:not([hidden])');
    await page.close();
  });

  it('keeps a frozen URL per dataset version with the same figures as the latest', async () => {
    const page = await browser.newPage();
    await page.goto(`${baseUrl}/embed/tjenester/${service.slug}/`);
    const frozen = await page.getAttribute('.embed-meta a[href*="/embed/v/"]', 'href');
    expect(frozen).toMatch(new RegExp(`^/embed/v/${data.dataset.source.sha256.slice(0, 12)}/tjenester/${service.slug}/$`));
    const latestCsv = await (await fetch(`${baseUrl}/embed/tjenester/${service.slug}/data.csv`)).text();
    // The frozen page's CSV is a shared, content-addressed file that downloads as data.csv.
    await page.goto(`${baseUrl}${frozen}`);
    await page.waitForSelector('[data-embed-csv]');
    const csv = page.locator('[data-embed-csv]');
    expect(await csv.getAttribute('href')).toMatch(/^\/embed\/v\/_shared\/[0-9a-f]{64}\.csv$/);
    expect(await csv.getAttribute('download')).toBe('data.csv');
    expect(await (await fetch(`${baseUrl}${await csv.getAttribute('href')}`)).text()).toBe(latestCsv);
    await page.close();
  });

  it('serves its frozen page without /_astro/: styled by the shared stylesheet like the latest, same summary', async () => {
    const version = data.dataset.source.sha256.slice(0, 12);
    const looks = async (path: string) => {
      const page = await browser.newPage();
      const requested: string[] = [];
      page.on('request', (request) => requested.push(new URL(request.url()).pathname));
      await page.goto(`${baseUrl}${path}`, { waitUntil: 'load' });
      // A frozen page's body arrives from its shared file after the shell.
      await page.waitForSelector('[data-embed]');
      const style = await page.evaluate(() => {
        const css = (selector: string, property: string) => getComputedStyle(document.querySelector(selector)!).getPropertyValue(property);
        // global.css is the linked stylesheet the freeze copies to /embed/v/_shared/ (the hidden heading,
        // the font, the text colour); the embed's and the map's own rules are small enough for Astro to inline anyway.
        return {
          font: css('body', 'font-family'),
          color: css('body', 'color'),
          padding: css('.embed', 'padding-top'),
          titleSize: css('.embed-title', 'font-size'),
          hiddenWidth: css('h2.visually-hidden', 'width'),
          mapFrameBorder: css('.norway-map .map-frame', 'border-top-style'),
        };
      });
      const summary = await page.textContent('[data-embed-summary]');
      const started = await page.getAttribute('.norway-map', 'data-map-started');
      await page.close();
      return { style, summary, requested, started };
    };
    const latest = await looks(`/embed/tjenester/${service.slug}/`);
    const frozen = await looks(`/embed/v/${version}/tjenester/${service.slug}/`);
    expect(latest.requested.some((p) => p.startsWith('/_astro/'))).toBe(true);
    expect(frozen.requested.filter((p) => p.startsWith('/_astro/'))).toEqual([]);
    expect(frozen.style).toMatchObject({
      // The theme's font name first (no web font in widgets), then the system font the reader sees.
      font: expect.stringMatching(/system-ui/),
      padding: '12px',
      titleSize: '20px',
      hiddenWidth: '1px',
      mapFrameBorder: 'solid',
    });
    expect(frozen.style.color).not.toBe('rgb(0, 0, 0)');
    expect(frozen.style).toEqual(latest.style);
    expect(frozen.summary).toBe(latest.summary);
    // Never the island, which would fetch the latest figures.
    expect(frozen.started).toBe('1');
    expect(frozen.requested.filter((p) => p.startsWith('/kart/'))).toEqual([]);
    // Everything else it loads is immutable: the shell, then shared files (and the site's icon, which
    // is the tab's, not the widget's content).
    expect(
      frozen.requested.filter((p) => !p.startsWith('/embed/v/_shared/') && p !== `/embed/v/${version}/tjenester/${service.slug}/` && p !== '/favicon.svg'),
    ).toEqual([]);
  });

  it('renders a frozen page in the shared format exactly as the self-contained format did, pixel for pixel, light and dark', async () => {
    const version = data.dataset.source.sha256.slice(0, 12);
    const path = `/embed/v/${version}/fylker/${county.slug}/`;
    const shared = async (url: string) => (await fetch(`${baseUrl}${url}`)).text();
    // The self-contained format, rebuilt from the shared one: the body in place of the loader, the stylesheet inlined (freeze.ts before the shared format).
    const shell = await shared(path);
    const loader = /<script src="[^"]*" data-frozen-body="([^"]*)" data-values="([^"]*)"[^>]*><\/script><noscript>.*?<\/noscript>/s.exec(shell)!;
    const values = JSON.parse(loader[2]!.replace(/&quot;/g, '"')) as string[];
    const body = (await shared(loader[1]!)).replace(/%%hhh-frozen-(\d+)%%/g, (_, i) => values[Number(i)]!);
    let selfContained = shell.replace(loader[0], body);
    for (const link of selfContained.match(/<link rel="stylesheet" href="\/embed\/v\/_shared\/[0-9a-f]{64}\.css">/g) ?? []) {
      selfContained = selfContained.replace(link, `<style>${await shared(/href="([^"]*)"/.exec(link)![1]!)}</style>`);
    }
    // Its own policy, as the build gives every page (the shell's would block the inlined stylesheet).
    selfContained = withCsp(selfContained);
    expect(selfContained).not.toContain('_shared/' + loader[1]);
    expect(selfContained).toContain(`Datasettversjon ${version}`);
    const page = await browser.newPage({ viewport: { width: 640, height: 900 } });
    await page.route(`${baseUrl}/self-contained/**`, (route) => route.fulfill({ contentType: 'text/html', body: selfContained }));
    for (const theme of ['light', 'dark']) {
      const shot = async (url: string) => {
        await page.goto(`${url}?theme=${theme}`);
        await page.waitForSelector('[data-embed]');
        await page.evaluate(() => document.fonts.ready);
        return page.screenshot({ fullPage: true });
      };
      const sharedShot = await shot(`${baseUrl}${path}`);
      const oldShot = await shot(`${baseUrl}/self-contained${path}`);
      expect(sharedShot.length).toBeGreaterThan(10_000);
      expect(Buffer.compare(sharedShot, oldShot), theme).toBe(0);
    }
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
