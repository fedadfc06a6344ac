/** Campaign material on the built site: consent honoured in dist/, downloads that work, filters. */
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { buildCampaign } from '../../src/lib/campaign/build-campaign';
import { hostileSvg } from '../../src/lib/campaign/hostile-svg';
import { applyConsent, osloDate, parseManifest } from '../../src/lib/campaign/manifest';
import { loadCampaign } from '../../src/lib/campaign/site';
import { PATHS } from '../../src/lib/paths';
import { readTable } from '../../src/lib/source/read-table';
import { filesUnder } from '../../src/lib/files';
import { PHONE, useBrowser } from './browser';
import { data } from './dataset';

const baseUrl = inject('baseUrl');
let browser: Browser;
let page: Page;
useBrowser((opened) => ({ browser, page } = opened), { page: { ...PHONE, acceptDownloads: true } });

const sha = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

describe('campaign material', () => {
  it('leaves every withdrawn or expired asset out of dist/: no page mentions it and no file carries it', async () => {
    const manifest = PATHS.demoCampaignManifest;
    const { assets } = parseManifest(await readTable(readFileSync(manifest), 'manifest.csv'), 'manifest.csv', data.dataset.services);
    const { excluded } = applyConsent(assets, loadCampaign().builtOn);
    expect(excluded.length).toBeGreaterThan(0);
    const files = filesUnder(PATHS.dist);
    const hashes = new Set(files.map((f) => sha(readFileSync(f))));
    const text = files
      .filter((f) => /\.(html|json|xml|txt|csv)$/.test(f))
      .map((f) => readFileSync(f, 'utf8'))
      .join('\n');
    for (const { asset } of excluded) {
      expect(
        files.filter((f) => f.includes(asset.id)),
        asset.id,
      ).toEqual([]);
      expect(text.includes(asset.id), asset.id).toBe(false);
      expect(hashes.has(sha(readFileSync(join(dirname(manifest), asset.file)))), asset.file).toBe(false);
    }
  });

  it('downloads the original from a service page', async () => {
    const asset = loadCampaign().assets[0]!;
    const service = data.serviceById.get(asset.serviceIds[0]!)!;
    await page.goto(`${baseUrl}/tjenester/${service.slug}/`);
    // The material is collapsed on a service page (issue 16): open it as a reader would.
    await page.locator('[data-campaign-details] > summary').click();
    const link = page.getByRole('link', { name: new RegExp(`Last ned original ${asset.title.replace(/[()]/g, '.')}`) });
    const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
    const saved = await download.path();
    const original = readFileSync(join(PATHS.campaignBuild, 'files', asset.original.href.split('/').pop()!));
    expect(sha(readFileSync(saved))).toBe(sha(original));
    expect(download.suggestedFilename()).toBe(asset.original.href.split('/').pop());
  });

  it('filters the material on a page of /kampanjer/ by format and language', async () => {
    await page.goto(`${baseUrl}/kampanjer/`);
    const onPage = await page
      .locator('.campaign-asset')
      .evaluateAll((cards) => cards.map((c) => ({ format: (c as HTMLElement).dataset.format, language: (c as HTMLElement).dataset.language })));
    expect(onPage.length).toBeGreaterThan(0);
    expect(onPage.length).toBeLessThan(loadCampaign().assets.length);
    const [format, language] = [onPage[0]!.format!, onPage[0]!.language!];
    await page.getByRole('combobox', { name: 'Format' }).selectOption(format);
    await page.getByRole('combobox', { name: 'Språk' }).selectOption(language);
    const expected = onPage.filter((a) => a.format === format && a.language === language).length;
    expect(await page.locator('.campaign-asset:visible').count()).toBe(expected);
    expect(await page.locator('[data-campaign-count]').innerText()).toBe(`viser ${expected} av ${onPage.length}`);
    mkdirSync('test-results', { recursive: true });
    await page.screenshot({ path: 'test-results/campaign-phone.png', fullPage: false });
  });

  it('is paged (issue 16): without JavaScript the pages hold every asset once, a few services each', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const noJs = await context.newPage();
    await noJs.goto(`${baseUrl}/kampanjer/`);
    expect(await noJs.locator('[data-campaign-filter]').isVisible()).toBe(false);
    const seen: string[] = [];
    const pageSizes: number[] = [];
    for (let n = 1; ; n++) {
      const titles = await noJs.locator('.campaign-asset:visible img').evaluateAll((imgs) => imgs.map((img) => img.getAttribute('alt')!));
      seen.push(...titles);
      pageSizes.push(titles.length);
      const current = noJs.locator('[data-testid="campaign-pagination"] a[aria-current="true"]');
      expect(await current.innerText()).toBe(String(n));
      const next = noJs.locator('[data-testid="campaign-pagination"] a[rel="next"]');
      if ((await next.count()) === 0) break;
      await Promise.all([noJs.waitForURL(`${baseUrl}/kampanjer/side/${n + 1}/`), next.click()]);
    }
    expect(pageSizes.length).toBeGreaterThan(1);
    // An asset for two services shows under each of them.
    const expected = loadCampaign().assets.flatMap((a) => a.serviceIds.filter((id) => data.serviceById.has(id)).map(() => a.title));
    expect(seen.sort()).toEqual(expected.sort());
    // Every service in the list at the top leads to the page that shows its material.
    const links = await noJs.locator('nav.campaign-services a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
    for (const href of links.slice(0, 3)) {
      await noJs.goto(href);
      const id = new URL(href).hash.slice(1);
      expect(await noJs.locator(`h2#${id}`).count(), href).toBe(1);
    }
    await context.close();
  });
});

describe('a hostile SVG in the media bank', () => {
  /** The content type a static host sends for a published file: from its extension. */
  const TYPE_BY_EXTENSION: Record<string, string> = {
    svg: 'image/svg+xml',
    png: 'image/png',
    jpg: 'image/jpeg',
    webp: 'image/webp',
    avif: 'image/avif',
    tif: 'image/tiff',
  };

  /** Opens a file served from the site's origin directly and inside img, object, embed and iframe; returns what ran. */
  async function runsScript(body: Uint8Array, name: string): Promise<string[]> {
    const context = await browser.newContext();
    const hits: string[] = [];
    context.on('request', (request) => {
      if (request.url().includes('__pwned__') || request.url().includes('evil.example')) hits.push(request.url());
    });
    const fileUrl = `${baseUrl}/kampanjer/filer/${name}`;
    await context.route(fileUrl, (route) => route.fulfill({ body: Buffer.from(body), contentType: TYPE_BY_EXTENSION[name.split('.').pop()!] }));
    await context.route(`${baseUrl}/__pwned__/**`, (route) => route.fulfill({ status: 204 }));
    await context.route('https://evil.example/**', (route) => route.fulfill({ status: 204 }));
    await context.route(`${baseUrl}/__host__.html`, (route) =>
      route.fulfill({
        contentType: 'text/html',
        body: `<!doctype html><title>host</title><img src="${fileUrl}" alt=""><object data="${fileUrl}" type="image/svg+xml"></object><embed src="${fileUrl}" type="image/svg+xml"><iframe src="${fileUrl}"></iframe>`,
      }),
    );
    const tab = await context.newPage();
    await tab.goto(fileUrl);
    // Pointer events: handlers on shapes and links.
    for (const [x, y] of [
      [5, 5],
      [200, 150],
      [20, 45],
      [20, 75],
      [20, 105],
    ] as const) {
      await tab.mouse.move(x, y);
      await tab.mouse.click(x, y).catch(() => {});
    }
    await tab.goto(`${baseUrl}/__host__.html`);
    await tab.waitForLoadState('load');
    await tab.waitForTimeout(500);
    await context.close();
    return hits;
  }

  it("runs no script on the site's origin once published, while the unsanitised file would", async () => {
    const directory = mkdtempSync(join(tmpdir(), 'hostile-campaign-'));
    const hostile = hostileSvg((vector) => `fetch('/__pwned__/${vector}')`);
    writeFileSync(join(directory, 'hostile.svg'), hostile);
    const service = data.dataset.services[0]!;
    writeFileSync(
      join(directory, 'manifest.csv'),
      `Asset-ID,Tittel,Tjenester,Format,Språk,Fil,Kreditering,Samtykke,Samtykke utløper\nhostile,Hostile,${service.name},feed-1x1,nb,hostile.svg,Test,gitt,\n`,
    );
    const index = await buildCampaign({
      manifest: join(directory, 'manifest.csv'),
      demoManifestPath: PATHS.demoCampaignManifest,
      outputDirectory: join(directory, 'out'),
      previewCacheDirectory: join(directory, 'cache'),
      services: data.dataset.services,
      buildDate: osloDate(),
    });
    const name = index.assets[0]!.original.href.split('/').pop()!;
    expect(name).toBe('hostile.svg');
    const published = readFileSync(join(directory, 'out', 'files', name));

    // The check can see a script run: the file as the media bank sent it does.
    expect((await runsScript(new TextEncoder().encode(hostile), 'unsanitised-control.svg')).length).toBeGreaterThan(0);
    expect(await runsScript(published, name)).toEqual([]);
  });
});
