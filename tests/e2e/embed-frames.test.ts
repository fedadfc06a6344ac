/**
 * Every embed kind (Norway, a service, a county, a frozen version), light and a dark pair, framed
 * by a page: axe and IBM's engine find nothing inside the frame. In bokmål: what a frame changes
 * (the viewport, the theme from the URL, the host around it) is the same in every language, and
 * every kind's nynorsk and English page is checked by both engines unframed
 * (accessibility-pages-*.test.ts), so framing them too loaded the same pages twice.
 */
import type { Browser, Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PHONE, useBrowser } from './browser';
import { data } from './dataset';
import { axeViolations, ENGINE_TIMEOUT, ibmViolations } from './engines';
import { baseUrl, service, county, frameOf } from './embed-shared';

let browser: Browser;
useBrowser((opened) => ({ browser } = opened));

// One group per embed kind (Norway, a service, a county, a frozen version), light and dark, each
// framed once; one test per engine, so no test does the whole list (it neared its timeout).
const version = data.dataset.source.sha256.slice(0, 12);
const KINDS = ['', `tjenester/${service.slug}/`, `fylker/${county.slug}/`, `v/${version}/tjenester/${service.slug}/`];
const FRAMED = [
  ...KINDS.map((kind) => ({ path: `/embed/${kind}`, theme: 'light' })),
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
