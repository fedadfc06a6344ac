/**
 * Issue 16, point 11, "pages that answer their own questions": /om/ and /tilgjengelighet/ give the
 * consortium's one configured contact (data/site.json) in every language, the accessibility statement
 * has what Norway's format asks for, and a vendor's page says who the vendor is, links to it and
 * to each product, and explains its figures with a link to where /om/ defines them.
 */
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { formatDate } from '../../src/lib/i18n/format';
import type { Lang } from '../../src/lib/i18n/lang';
import { localePath } from '../../src/lib/i18n/lang';
import { ACCESSIBILITY } from '../../src/lib/i18n/prose';
import { siteConfig } from '../../src/lib/site/site-config';
import { useBrowser } from './browser';
import { data } from './dataset';

const baseUrl = inject('baseUrl');
let page: Page;
useBrowser((opened) => ({ page } = opened));

const LANGS: Lang[] = ['nb', 'nn', 'en'];
const { contact, accessibility } = siteConfig();

describe.each(LANGS)('%s', (lang) => {
  describe.each(['/om/', '/tilgjengelighet/'])('%s', (path) => {
    it('names the configured contact and links to it, and nothing else as a contact', async () => {
      await page.goto(`${baseUrl}${localePath(lang, path)}`);
      const section = page.locator('[data-testid="contact"]');
      expect(await section.innerText()).toContain(contact.name);
      const hrefs = await section.locator('ul.contact a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
      expect(hrefs).toEqual([contact.url, contact.email && `mailto:${contact.email}`].filter(Boolean));
      // No address that was not configured, anywhere on the page.
      const mails = await page.locator('a[href^="mailto:"]').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
      expect(mails.filter((m) => m !== `mailto:${contact.email}`)).toEqual([]);
    });
  });

  it("the accessibility statement has the last test's date, the known failures and how to complain", async () => {
    await page.goto(`${baseUrl}${localePath(lang, '/tilgjengelighet/')}`);
    const tested = page.locator('[data-testid="a11y-last-tested"]');
    expect(await tested.getAttribute('datetime')).toBe(accessibility.lastTested);
    expect(await tested.innerText()).toBe(formatDate(accessibility.lastTested, lang));
    expect(await page.locator('[data-testid="a11y-status"]').innerText()).toContain('WCAG 2.1');
    // Each known failure names the WCAG 2.1 success criterion it fails.
    const failures = await page.locator('[data-testid="kjente-brudd"] li').allInnerTexts();
    expect(failures.length).toBe(ACCESSIBILITY[lang].sections.find((s) => s.id === 'kjente-brudd')!.items!.length);
    expect(failures.length).toBeGreaterThan(0);
    for (const failure of failures) expect(failure).toMatch(/^[1-4]\.\d{1,2}\.\d{1,2} /);
    expect(await page.locator('[data-testid="contact"] a[href^="https://www.uutilsynet.no/"]').count()).toBe(1);
  });
});

describe('vendor pages', () => {
  const vendors = data.dataset.vendors;

  it.each(vendors.map((v) => [v.name, v] as const))('%s: who it is, its website, each product, the figures explained', async (_, vendor) => {
    await page.goto(`${baseUrl}/leverandorer/${vendor.slug}/`);
    expect(await page.locator('h1').innerText()).toBe(vendor.name);
    const about = await page.locator('[data-testid="vendor-about"]').innerText();
    if (vendor.about) expect(about).toContain(vendor.about.nb);
    const services = data.dataset.services.filter((s) => s.vendorId === vendor.id);
    expect(about).toContain(vendor.name);
    if (vendor.url) expect(await page.locator('[data-testid="vendor-website"]').getAttribute('href')).toBe(vendor.url);
    const cards = page.locator('[data-testid="vendor-products"] > li');
    expect(await cards.count()).toBe(services.length);
    for (const service of services) {
      const card = page.locator(`[data-testid="vendor-products"] > li[data-service="${service.slug}"]`);
      expect(await card.locator(`a[href="/tjenester/${service.slug}/"]`).count()).toBe(1);
      const product = card.locator('a[data-product-page]');
      if (service.url) expect(await product.getAttribute('href')).toBe(service.url);
      else expect(await product.count()).toBe(0);
    }
    const explained = page.locator('[data-testid="vendor-figures-explained"] a');
    expect(await explained.getAttribute('href')).toBe('/om/#tallene');
  });

  it("the figures link lands on /om/'s definitions", async () => {
    await page.goto(`${baseUrl}/leverandorer/${vendors[0]!.slug}/`);
    await page.locator('[data-testid="vendor-figures-explained"] a').click();
    await page.waitForURL(/\/om\/#tallene$/);
    expect(await page.locator('#tallene').evaluate((el) => el.tagName)).toBe('SECTION');
    expect(await page.locator('#tallene h2').innerText()).toBe('Slik regnes tallene ut');
  });

  it('speaks the page language: a nynorsk vendor page links nynorsk pages', async () => {
    const vendor = vendors.find((v) => v.about)!;
    await page.goto(`${baseUrl}/nn/leverandorer/${vendor.slug}/`);
    expect(await page.locator('[data-testid="vendor-about"]').innerText()).toContain(vendor.about!.nn);
    expect(await page.locator('[data-testid="vendor-figures-explained"] a').getAttribute('href')).toBe('/nn/om/#tallene');
  });
});
