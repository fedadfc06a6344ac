/**
 * Issue 26, "the finish a journalist and a reader notice", as they meet it in a browser: an embed
 * pasted alone into a page on another origin, data files that open right (BOM, XLSX, a typed embed
 * CSV), controls that behave (compare, the map's place field, the one matcher), English where
 * English is asked for, and the owner in the header and footer. Screenshots of the embed, the
 * compare page after a keyboard pick and MapLibre's controls go to /tmp/finish-shots/.
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import type { Browser, Page } from 'playwright-core';
import { readSheet } from 'read-excel-file/node';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { validateDataPackage } from '../../tools/validate-data-package';
import { MATERIAL_LANGUAGE } from '../../src/lib/i18n/other-readers';
import { MAP_STRINGS } from '../../src/lib/geo/map-strings';
import { parseSiteConfig } from '../../src/lib/site/site-config';
import { useBrowser } from './browser';
import { data } from './dataset';

const baseUrl = inject('baseUrl');
const SHOTS = '/tmp/finish-shots';
mkdirSync(SHOTS, { recursive: true });
const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 800 };
const BOM = [0xef, 0xbb, 0xbf];

const { dataset } = data;
const service = dataset.services.find((s) => s.slug === 'pressreader') ?? dataset.services[0]!;
const county = dataset.counties.find((c) => c.number === '55') ?? dataset.counties[0]!;
const bergen = dataset.municipalities.find((m) => m.number === '4601') ?? dataset.municipalities[0]!;
const bergenCounty = dataset.counties.find((c) => c.number === bergen.countyNumber)!;
const contact = parseSiteConfig(readFileSync('data/site.json', 'utf8'), 'data/site.json').contact;

let browser: Browser;
useBrowser((opened) => ({ browser } = opened));

async function open(viewport = PHONE, colorScheme: 'light' | 'dark' = 'light') {
  const context = await browser.newContext({ viewport, colorScheme, reducedMotion: 'reduce', acceptDownloads: true });
  return { context, page: await context.newPage() };
}
/** A snippet the build wrote for its configured site, pointed at the site under test (the builder uses the browser's origin). */
const atThisSite = (snippet: string) => snippet.replaceAll(new URL(/src="([^"]+)"/.exec(snippet)![1]!).origin, new URL(baseUrl).origin);
const bytes = async (path: string) => new Uint8Array(await (await fetch(new URL(path, baseUrl))).arrayBuffer());

describe('1. embed from where you are', () => {
  let host: Server;
  let hostUrl: string;
  let pasted = '';
  beforeAll(async () => {
    host = createServer((_req, res) => {
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
      res.end(
        `<!doctype html><html lang="nb"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>Avisa</title></head><body><h1>Ei avisside</h1><p>Ingress.</p>${pasted}<p>Slutt.</p></body></html>`,
      );
    });
    await new Promise<void>((resolve) => host.listen(0, '127.0.0.1', resolve));
    // "localhost" is another origin than the site's 127.0.0.1.
    hostUrl = `http://localhost:${(host.address() as AddressInfo).port}/`;
  });
  afterAll(() => new Promise((resolve) => host?.close(resolve)));

  it.each([
    ['390', PHONE],
    ['1280', DESKTOP],
  ])(
    "the service page's snippet, pasted alone into a page on another origin at %s px, shows the whole widget: no scrolling inside the frame",
    async (name, viewport) => {
      const { context, page } = await open(viewport);
      await page.goto(`${baseUrl}/tjenester/${service.slug}/`);
      pasted = atThisSite(await page.inputValue('[data-embed-code] textarea'));
      await page.goto(hostUrl);
      const frameElement = await page.waitForSelector('iframe[data-hhh-embed]');
      await frameElement.scrollIntoViewIfNeeded();
      const frame = (await frameElement.contentFrame())!;
      await frame.waitForSelector('[data-embed]');
      const overflow = () => frame.evaluate(() => document.documentElement.scrollHeight - document.documentElement.clientHeight);
      await expect.poll(overflow, { timeout: 10_000 }).toBeLessThanOrEqual(1);
      await frameElement.scrollIntoViewIfNeeded();
      await page.screenshot({ path: join(SHOTS, `embed-pasted-${name}.png`), fullPage: true });
      await context.close();
    },
  );

  it('county and municipality pages have the same box, preset to their place', async () => {
    const countyHtml = await (await fetch(`${baseUrl}/fylker/${county.slug}/`)).text();
    expect(countyHtml).toMatch(new RegExp(`data-embed-code[\\s\\S]*/embed/fylker/${county.slug}/`));
    const municipalityHtml = await (await fetch(`${baseUrl}/kommuner/${bergen.number}/`)).text();
    expect(municipalityHtml).toMatch(new RegExp(`data-embed-code[\\s\\S]*/embed/fylker/${bergenCounty.slug}/`));
  });

  it("the builder gives a service the service page's own snippet, and titles a narrowed view by what it shows", async () => {
    const { context, page } = await open(DESKTOP);
    await page.goto(`${baseUrl}/tjenester/${service.slug}/`);
    const fromPage = atThisSite(await page.inputValue('[data-embed-code] textarea'));
    await page.goto(`${baseUrl}/bygg-inn/`);
    await page.check(`input[name="services"][value="${service.slug}"]`);
    expect(await page.inputValue('#embed-snippet')).toBe(fromPage);
    const years = dataset.periods.map((p) => p.year).sort((a, b) => b - a);
    const older = years[1] ?? years[0]!;
    await page.selectOption('select[name="county"]', county.number);
    await page.selectOption('select[name="year"]', String(older));
    const title = /title="([^"]+)"/.exec(await page.inputValue('#embed-snippet'))![1]!;
    expect(title).toContain(service.name);
    expect(title).toContain(county.name);
    if (years.length > 1) expect(title).toContain(String(older));
    await context.close();
  });
});

describe('2. embeds look like the site', () => {
  it.each(['/', '/en/', `/embed/tjenester/${service.slug}/`, `/en/embed/`])("%s at 1280 px: the map's filters show their chosen values whole", async (path) => {
    const { context, page } = await open(DESKTOP);
    await page.goto(`${baseUrl}${path}`);
    await page.locator('.map-filters select').first().waitFor({ state: 'visible', timeout: 15_000 });
    const cut = await page.$$eval('.map-filters select', (selects) =>
      selects
        .filter((s) => (s as HTMLSelectElement).offsetParent !== null)
        .map((s) => {
          const select = s as HTMLSelectElement;
          const style = getComputedStyle(select);
          const probe = Object.assign(document.createElement('span'), { textContent: select.selectedOptions[0]?.textContent ?? '' });
          probe.style.font = style.font;
          probe.style.whiteSpace = 'pre';
          probe.style.position = 'absolute';
          document.body.append(probe);
          const needed = probe.getBoundingClientRect().width;
          probe.remove();
          const room = select.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
          return { name: select.name, text: probe.textContent, needed, room };
        })
        .filter((s) => s.needed > s.room + 0.5),
    );
    expect(cut).toEqual([]);
    await context.close();
  });
});

describe('3. data that opens right', () => {
  it('every CSV the site serves starts with the UTF-8 byte order mark (Excel on Windows keeps æøå)', async () => {
    for (const path of [
      '/data/libraries.csv',
      '/data/services.csv',
      '/data/subscriptions.csv',
      `/embed/tjenester/${service.slug}/data.csv`,
      '/en/embed/data.csv',
    ])
      expect([...(await bytes(path)).subarray(0, 3)], path).toEqual(BOM);
  });

  it("the embed's filtered CSV, made in the browser, has the BOM and the full CSV's columns", async () => {
    const { context, page } = await open(DESKTOP);
    await page.goto(`${baseUrl}/embed/tjenester/${service.slug}/?fylke=${county.number}`);
    await page.waitForSelector('.norway-map[data-map-started]');
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-embed-csv]')]);
    const made = readFileSync((await download.path())!);
    expect([...made.subarray(0, 3)]).toEqual(BOM);
    const full = Buffer.from(await bytes(`/embed/tjenester/${service.slug}/data.csv`));
    const header = (text: Buffer) => (parse(text, { bom: true, to_line: 1 }) as string[][])[0];
    expect(header(made)).toEqual(header(full));
    const rows = parse(made, { bom: true, columns: true }) as Record<string, string>[];
    expect(rows.length).toBe(dataset.municipalities.filter((m) => m.countyNumber === county.number).length);
    expect(rows.every((r) => /^\d+(\.\d+)?$/.test(r.verdi ?? ''))).toBe(true);
    await context.close();
  });

  it('/data/ offers XLSX beside each CSV (0301 stays text) and says when the data was pulled in words', async () => {
    const { context, page } = await open(PHONE);
    await page.goto(`${baseUrl}/data/`);
    for (const name of ['libraries', 'services', 'subscriptions']) expect(await page.locator(`a[href="/data/${name}.xlsx"]`).count()).toBe(1);
    const sheet = await readSheet(Buffer.from(await bytes('/data/libraries.xlsx')));
    const column = sheet[0]!.indexOf('municipalityNumber');
    expect(sheet.slice(1).find((row) => row[column] === '0301')).toBeDefined();
    const source = await page.textContent('[data-testid="data-source"]');
    expect(source).not.toMatch(/\d{4}-\d{2}-\d{2}T/);
    expect(source).toMatch(new RegExp(`\\d{1,2}\\. \\p{L}+ ${dataset.source.pulledAt.slice(0, 4)}`, 'u'));
    await context.close();
  });

  it("an embed's data.csv is typed by the datapackage.json beside it, and passes Frictionless's validator", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'hhh-embed-package-'));
    const base = `/embed/tjenester/${service.slug}/`;
    writeFileSync(join(dir, 'datapackage.json'), await bytes(`${base}datapackage.json`));
    writeFileSync(join(dir, 'data.csv'), await bytes(`${base}data.csv`));
    const report = await validateDataPackage(join(dir, 'datapackage.json'), dir);
    expect(report.errors).toEqual([]);
    const pkg = JSON.parse(readFileSync(join(dir, 'datapackage.json'), 'utf8'));
    const fields = pkg.resources[0].schema.fields as { name: string; type: string }[];
    expect(fields.find((f) => f.name === 'kommunenummer')?.type).toBe('string');
    expect(fields.find((f) => f.name === 'verdi')?.type).toBe('number');
  });
});

describe('4. controls that behave', () => {
  const library = dataset.libraries.find((l) => l.id === 'fb-4601') ?? dataset.libraries[0]!;

  it.each([
    ['390', PHONE],
    ['1280', DESKTOP],
  ])('compare at %s px: a keyboard pick empties the field', async (name, viewport) => {
    const { context, page } = await open(viewport);
    await page.goto(`${baseUrl}/sammenlign/`);
    const input = page.locator('#compare-pick');
    await expect.poll(() => input.isEnabled(), { timeout: 10_000 }).toBe(true);
    await input.click();
    await input.pressSequentially(library.name.slice(0, 6), { delay: 30 });
    await page.waitForSelector('u-datalist [role="option"], [role="listbox"] [role="option"]');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => new URLSearchParams(location.search).getAll('b').length)).toBe(1);
    await expect.poll(() => input.inputValue()).toBe('');
    await page.screenshot({ path: join(SHOTS, `compare-keyboard-pick-${name}.png`), fullPage: false });
    await context.close();
  });

  it('compare with one library, or the same twice, asks for a second instead of counting differences', async () => {
    const { context, page } = await open(PHONE);
    for (const query of [`?b=${library.slug}`, `?b=${library.slug}&b=${library.slug}`]) {
      await page.goto(`${baseUrl}/sammenlign/${query}`);
      await page.waitForSelector('[data-testid="compare-one"]');
      expect(await page.locator('[data-testid="compare-differs"]').count()).toBe(0);
      expect(await page.textContent('[data-testid="compare-one"]')).toContain(library.name);
    }
    await context.close();
  });

  it('the map legend never uses one symbol for two meanings', async () => {
    const { context, page } = await open(DESKTOP);
    for (const path of [`/tjenester/${service.slug}/`, `/en/tjenester/${service.slug}/`]) {
      await page.goto(`${baseUrl}${path}`);
      const symbols = await page.$$eval('.map-points-legend li:not([hidden])', (rows) =>
        rows.map((li) => {
          const use = li.querySelector('use')!;
          const style = getComputedStyle(use);
          return { meaning: li.textContent!.trim(), symbol: `${use.getAttribute('href')} ${style.fill} ${style.stroke}` };
        }),
      );
      expect(symbols.length, path).toBeGreaterThan(1);
      const bySymbol = new Map<string, string[]>();
      for (const s of symbols) bySymbol.set(s.symbol, [...(bySymbol.get(s.symbol) ?? []), s.meaning]);
      expect(
        [...bySymbol.values()].filter((meanings) => meanings.length > 1),
        path,
      ).toEqual([]);
    }
    await context.close();
  });

  it("Tab from the map's place field goes to the next control; the field finds what the home search finds ('berum': Bærum)", async () => {
    const { context, page } = await open(DESKTOP);
    await page.goto(`${baseUrl}/`);
    const input = page.locator('#map-chooser-input');
    await input.waitFor({ state: 'visible', timeout: 15_000 });
    await input.click();
    await input.pressSequentially('berum', { delay: 20 });
    expect(await page.locator('#map-chooser-list [role="option"]').allTextContents()).toContain('Bærum');
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const active = document.activeElement!;
      const input = document.getElementById('map-chooser-input')!;
      return {
        tag: active.tagName,
        id: active.id,
        after: !!(input.compareDocumentPosition(active) & Node.DOCUMENT_POSITION_FOLLOWING),
        visible: (active as HTMLElement).offsetParent !== null,
      };
    });
    expect(focused.id).not.toBe('map-chooser-list');
    expect(['SELECT', 'INPUT', 'BUTTON', 'A', 'SUMMARY', 'TEXTAREA']).toContain(focused.tag);
    expect(focused.after && focused.visible).toBe(true);
    await context.close();
  });

  it('"<place> vgs" and "<place> videregående" list every school in that place, in the home search', async () => {
    const byCount = new Map<string, number>();
    for (const l of dataset.libraries) if (l.kind === 'school') byCount.set(l.municipalityNumber, (byCount.get(l.municipalityNumber) ?? 0) + 1);
    // A place with schools, some of whose names do not name the place.
    const place = dataset.municipalities.find((m) => {
      const schools = dataset.libraries.filter((l) => l.kind === 'school' && l.municipalityNumber === m.number);
      return schools.length >= 2 && schools.length <= 5 && schools.some((s) => !s.name.toLowerCase().includes(m.name.toLowerCase()));
    })!;
    expect(place).toBeDefined();
    const schools = dataset.libraries.filter((l) => l.kind === 'school' && l.municipalityNumber === place.number).map((l) => l.name);
    const { context, page } = await open(DESKTOP);
    for (const query of [`${place.name} vgs`, `${place.name} videregående`]) {
      await page.goto(`${baseUrl}/sok/?q=${encodeURIComponent(query)}`);
      await page.waitForSelector('#search-page-list [role="option"], [role="listbox"] [role="option"]');
      const shown = await page.locator('[role="option"]').allTextContents();
      for (const school of schools)
        expect(
          shown.some((text) => text.includes(school)),
          `${query}: ${school}`,
        ).toBe(true);
    }
    await context.close();
  });
});

describe("4. MapLibre's controls", () => {
  /** The share of a button's pixels that stand out from its ground (its most common colour) by a luminance of 0.3: 0 is a flat block, no icon to see. */
  const iconSpread = async (page: Page, selector: string) => {
    const shot = (await page.locator(selector).screenshot()).toString('base64');
    return page.evaluate(async (base64) => {
      const image = new Image();
      image.src = `data:image/png;base64,${base64}`;
      await image.decode();
      const canvas = Object.assign(document.createElement('canvas'), { width: image.width, height: image.height });
      const g = canvas.getContext('2d')!;
      g.drawImage(image, 0, 0);
      const p = g.getImageData(0, 0, image.width, image.height).data;
      const lum: number[] = [];
      for (let i = 0; i < p.length; i += 4) lum.push(Math.round((0.2126 * p[i]! + 0.7152 * p[i + 1]! + 0.0722 * p[i + 2]!) / 2.55));
      const counts = new Map<number, number>();
      for (const l of lum) counts.set(l, (counts.get(l) ?? 0) + 1);
      const ground = [...counts].sort((a, b) => b[1] - a[1])[0]![0];
      return lum.filter((l) => Math.abs(l - ground) >= 30).length / lum.length;
    }, shot);
  };

  it.each([
    ['light', '390', PHONE],
    ['dark', '390', PHONE],
    ['light', '1280', DESKTOP],
    ['dark', '1280', DESKTOP],
  ] as const)(
    '%s, %s px: the zoom buttons show their icons, the popup has the site text size and its close button leaves the name free',
    { timeout: 90_000 },
    async (scheme, name, viewport) => {
      const { context, page } = await open(viewport, scheme);
      await page.goto(`${baseUrl}/`);
      await page.locator('.map-explore').first().click();
      await page.locator('.map-gl-active').waitFor({ timeout: 45_000 });
      await page.getByRole('combobox', { name: MAP_STRINGS.nb.chooserLabel }).fill('Bergen');
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('Enter');
      const popup = page.locator('.maplibregl-popup');
      await popup.waitFor({ timeout: 10_000 });
      await page.locator('.map-gl-active').scrollIntoViewIfNeeded();
      await page.waitForTimeout(500);
      await page.screenshot({ path: join(SHOTS, `maplibre-controls-${scheme}-${name}.png`) });
      for (const button of ['.maplibregl-ctrl-zoom-in', '.maplibregl-ctrl-zoom-out']) expect(await iconSpread(page, button), button).toBeGreaterThan(0.008);
      const sizes = await page.evaluate(() => {
        const body = parseFloat(getComputedStyle(document.body).fontSize);
        const content = document.querySelector<HTMLElement>('.maplibregl-popup-content')!;
        const close = document.querySelector<HTMLElement>('.maplibregl-popup-close-button')!.getBoundingClientRect();
        const first = content.querySelector<HTMLElement>('strong, h2, h3, a, p')!;
        const range = document.createRange();
        range.selectNodeContents(first);
        const text = range.getBoundingClientRect();
        const overlaps = !(close.right <= text.left || close.left >= text.right || close.bottom <= text.top || close.top >= text.bottom);
        return { body, popup: parseFloat(getComputedStyle(first).fontSize), overlaps, closeSize: Math.min(close.width, close.height) };
      });
      expect(sizes.popup).toBeGreaterThanOrEqual(sizes.body - 0.5);
      expect(sizes.overlaps).toBe(false);
      expect(sizes.closeSize).toBeGreaterThanOrEqual(24);
      await context.close();
    },
  );
});

describe('5. English where English is asked for', () => {
  it('the /en/ home heading says what the Norwegian name means', async () => {
    const html = await (await fetch(`${baseUrl}/en/`)).text();
    const heading = /<h1[^>]*>([\s\S]*?)<\/h1>/.exec(html)![1]!.replace(/<[^>]+>/g, ' ');
    expect(heading).toContain('Hvem har hva?');
    expect(heading).toMatch(/Who has what/);
  });

  it('campaign material on /en/ says it is Norwegian, its titles marked as Norwegian', async () => {
    const html = await (await fetch(`${baseUrl}/en/kampanjer/`)).text();
    expect(html).toContain(MATERIAL_LANGUAGE.en!);
    expect(html).toMatch(/<strong lang="(nb|nn)"/);
  });

  it('the share image and the oEmbed thumbnail on /en/ are the English ones, and exist', async () => {
    for (const path of ['/en/', `/en/tjenester/${service.slug}/`, '/en/om/']) {
      const html = await (await fetch(`${baseUrl}${path}`)).text();
      const image = /<meta property="og:image" content="([^"]+)"/.exec(html)![1]!;
      expect(new URL(image).pathname, path).toMatch(/^\/en\//);
      expect((await fetch(new URL(new URL(image).pathname, baseUrl))).status, image).toBe(200);
    }
    const oembed = (await (await fetch(`${baseUrl}/en/embed/tjenester/${service.slug}/oembed.json`)).json()) as { thumbnail_url: string };
    expect(new URL(oembed.thumbnail_url).pathname).toBe(`/en/embed/tjenester/${service.slug}/kart.png`);
    expect((await fetch(new URL(new URL(oembed.thumbnail_url).pathname, baseUrl))).status).toBe(200);
  });
});

describe('7. the owner is visible', () => {
  it.each(['/', '/nn/', '/en/'])('%s: the header names the consortium, the footer gives its contact', async (path) => {
    const { context, page } = await open(PHONE);
    await page.goto(`${baseUrl}${path}`);
    const owner = page.locator('header [data-site-owner]');
    expect(await owner.isVisible()).toBe(true);
    expect(await owner.textContent()).toContain(contact.name);
    const footer = page.locator('footer [data-site-contact]');
    expect(await footer.isVisible()).toBe(true);
    if (contact.url) expect(await footer.locator(`a[href="${contact.url}"]`).count()).toBe(1);
    await context.close();
  });
});
