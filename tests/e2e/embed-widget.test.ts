/**
 * An embed's own promises: the CSV holds exactly the figures the widget shows, a filtered view
 * downloads its re-shaded table, the picture for readers without frames exists, its URL flags work,
 * and a frozen version keeps the latest's figures and look without /_astro/.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import type { Browser } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { withCsp } from '../../src/lib/html/csp';
import { useBrowser } from './browser';
import { data } from './dataset';
import { baseUrl, service, county } from './embed-shared';

let browser: Browser;
useBrowser((opened) => ({ browser } = opened));

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
