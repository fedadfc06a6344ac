/**
 * Issue 26, the finish as a journalist meets it: an embed pasted alone into a page on another origin,
 * the service page's snippet and the builder's, and embeds whose filters look like the site's (screenshots to /tmp/finish-shots/).
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  baseUrl,
  SHOTS,
  PHONE,
  DESKTOP,
  service,
  county,
  bergen,
  bergenCounty,
  atThisSite,
  useContexts,
  useHostPage,
  filterWidths,
  dataset,
} from './finish-shared';

const open = useContexts();

describe('1. embed from where you are', () => {
  const hostPage = useHostPage();

  it.each([
    ['390', PHONE],
    ['1280', DESKTOP],
  ])(
    "the service page's snippet, pasted alone into a page on another origin at %s px, shows the whole widget: no scrolling inside the frame",
    async (name, viewport) => {
      const { context, page } = await open(viewport);
      await page.goto(`${baseUrl}/tjenester/${service.slug}/`);
      hostPage.paste(atThisSite(await page.inputValue('[data-embed-code] textarea')));
      await page.goto(hostPage.url());
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
    const cut = (await filterWidths(page, 'chosen')).filter((s) => s.needed > s.room + 0.5);
    expect(cut).toEqual([]);
    await context.close();
  });
});
