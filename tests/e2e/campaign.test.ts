/** Campaign material on the built site: consent honoured in dist/, downloads that work, filters. */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { applyConsent, parseManifest } from '../../src/lib/campaign/manifest';
import { loadCampaign } from '../../src/lib/campaign/site';
import { PATHS } from '../../src/lib/paths';
import { readTable } from '../../src/lib/pull/read-table';
import { launchBrowser } from './browser';
import { data } from './dataset';

const baseUrl = inject('baseUrl');
let browser: Browser;
let page: Page;
beforeAll(async () => {
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 375, height: 812 }, acceptDownloads: true });
});
afterAll(async () => browser?.close());

const filesUnder = (directory: string): string[] =>
  readdirSync(directory, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? filesUnder(join(directory, e.name)) : [join(directory, e.name)]));
const sha = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

describe('campaign material', () => {
  it('leaves every withdrawn or expired asset out of dist/: no page mentions it and no file carries it', async () => {
    const manifest = PATHS.demoCampaignManifest;
    const { assets } = parseManifest(await readTable(readFileSync(manifest), 'manifest.csv'), 'manifest.csv', data.dataset.services);
    const { excluded } = applyConsent(assets, loadCampaign().builtOn);
    expect(excluded.length).toBeGreaterThan(0);
    const files = filesUnder(PATHS.dist);
    const hashes = new Set(files.map((f) => sha(readFileSync(f))));
    const text = files.filter((f) => /\.(html|json|xml|txt|csv)$/.test(f)).map((f) => readFileSync(f, 'utf8')).join('\n');
    for (const { asset } of excluded) {
      expect(files.filter((f) => f.includes(asset.id)), asset.id).toEqual([]);
      expect(text.includes(asset.id), asset.id).toBe(false);
      expect(hashes.has(sha(readFileSync(join(dirname(manifest), asset.file)))), asset.file).toBe(false);
    }
  });

  it('downloads the original from a service page', async () => {
    const asset = loadCampaign().assets[0]!;
    const service = data.serviceById.get(asset.serviceIds[0]!)!;
    await page.goto(`${baseUrl}/tjenester/${service.slug}/`);
    const link = page.getByRole('link', { name: new RegExp(`Last ned original ${asset.title.replace(/[()]/g, '.')}`) });
    const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
    const saved = await download.path();
    const original = readFileSync(join(PATHS.campaignBuild, 'files', asset.original.href.split('/').pop()!));
    expect(sha(readFileSync(saved))).toBe(sha(original));
    expect(download.suggestedFilename()).toBe(asset.original.href.split('/').pop());
  });

  it('filters the material by format and language on /kampanjer/', async () => {
    await page.goto(`${baseUrl}/kampanjer/`);
    const all = await page.locator('.campaign-asset').count();
    expect(all).toBe(loadCampaign().assets.length);
    await page.getByRole('combobox', { name: 'Format' }).selectOption('poster-a4');
    await page.getByRole('combobox', { name: 'Språk' }).selectOption('nn');
    const expected = loadCampaign().assets.filter((a) => a.format === 'poster-a4' && a.language === 'nn').length;
    expect(expected).toBeGreaterThan(0);
    expect(await page.locator('.campaign-asset:visible').count()).toBe(expected);
    expect(await page.locator('[data-campaign-count]').innerText()).toBe(`viser ${expected} av ${all}`);
    mkdirSync('test-results', { recursive: true });
    await page.screenshot({ path: 'test-results/campaign-phone.png', fullPage: false });
  });

  it('shows every asset without JavaScript, grouped by service', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const noJs = await context.newPage();
    await noJs.goto(`${baseUrl}/kampanjer/`);
    expect(await noJs.locator('.campaign-asset:visible').count()).toBe(loadCampaign().assets.length);
    expect(await noJs.locator('[data-campaign-filter]').isVisible()).toBe(false);
    await context.close();
  });
});
