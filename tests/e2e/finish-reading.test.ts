/**
 * Issue 26, English where English is asked for, and the owner in the header and footer.
 */
import { describe, expect, it } from 'vitest';
import { MATERIAL_LANGUAGE } from '../../src/lib/i18n/other-readers';
import { baseUrl, PHONE, service, contact, useContexts } from './finish-shared';

const open = useContexts();

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
