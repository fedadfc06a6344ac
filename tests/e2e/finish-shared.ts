/**
 * What the finish tests (issue 26: finish-embedding, finish-data, finish-controls, finish-reading)
 * share: the site under test, the screenshot folder, the viewports, the places they visit and a
 * browser context opener.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';
import { parseSiteConfig } from '../../src/lib/site/site-config';
import { useBrowser } from './browser';
import { data } from './dataset';

export const baseUrl = inject('baseUrl');
export const SHOTS = '/tmp/finish-shots';
mkdirSync(SHOTS, { recursive: true });
export const PHONE = { width: 390, height: 844 };
export const DESKTOP = { width: 1280, height: 800 };
export const BOM = [0xef, 0xbb, 0xbf];

export const { dataset } = data;
export const service = dataset.services.find((s) => s.slug === 'pressreader') ?? dataset.services[0]!;
export const county = dataset.counties.find((c) => c.number === '55') ?? dataset.counties[0]!;
export const bergen = dataset.municipalities.find((m) => m.number === '4601') ?? dataset.municipalities[0]!;
export const bergenCounty = dataset.counties.find((c) => c.number === bergen.countyNumber)!;
export const contact = parseSiteConfig(readFileSync('data/site.json', 'utf8'), 'data/site.json').contact;

/** Registers the file's browser (launched before its tests) and returns how to open a fresh context in it. */
export function useContexts() {
  let browser: Browser;
  useBrowser((opened) => ({ browser } = opened));
  return async function open(viewport = PHONE, colorScheme: 'light' | 'dark' = 'light') {
    const context = await browser.newContext({ viewport, colorScheme, reducedMotion: 'reduce', acceptDownloads: true });
    return { context, page: await context.newPage() };
  };
}
/** A snippet the build wrote for its configured site, pointed at the site under test (the builder uses the browser's origin). */
export const atThisSite = (snippet: string) => snippet.replaceAll(new URL(/src="([^"]+)"/.exec(snippet)![1]!).origin, new URL(baseUrl).origin);
export const bytes = async (path: string) => new Uint8Array(await (await fetch(new URL(path, baseUrl))).arrayBuffer());

/**
 * A newspaper's page on another origin ("localhost", not the site's 127.0.0.1) that shows whatever
 * snippet the test pastes: `paste(snippet)` sets it, `url()` is the page's address.
 */
export function useHostPage() {
  let host: Server | undefined;
  let url = '';
  let pasted = '';
  beforeAll(async () => {
    const server = createServer((_req, res) => {
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
      res.end(
        `<!doctype html><html lang="nb"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>Avisa</title></head><body><h1>Ei avisside</h1><p>Ingress.</p>${pasted}<p>Slutt.</p></body></html>`,
      );
    });
    host = server;
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://localhost:${(server.address() as AddressInfo).port}/`;
  });
  afterAll(() => new Promise<void>((resolve) => (host ? host.close(() => resolve()) : resolve())));
  return {
    paste: (snippet: string) => {
      pasted = snippet;
    },
    url: () => url,
  };
}

/**
 * Each visible map filter's text against its room (the select's width inside its padding), in CSS
 * pixels: the value chosen now, or its longest option (chosen here without telling the map).
 */
export function filterWidths(page: Page, text: 'chosen' | 'longest') {
  return page.$$eval(
    '.map-filters select',
    (selects, longestOption) =>
      selects
        .filter((s) => (s as HTMLSelectElement).offsetParent !== null)
        .map((s) => {
          const select = s as HTMLSelectElement;
          if (longestOption) {
            select.value = [...select.options].reduce((a, b) => ((b.textContent ?? '').length > (a.textContent ?? '').length ? b : a)).value;
          }
          const style = getComputedStyle(select);
          const probe = Object.assign(document.createElement('span'), { textContent: select.selectedOptions[0]?.textContent ?? '' });
          Object.assign(probe.style, { font: style.font, whiteSpace: 'pre', position: 'absolute' });
          document.body.append(probe);
          const needed = probe.getBoundingClientRect().width;
          probe.remove();
          const room = select.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
          return { name: select.name, text: probe.textContent, needed, room };
        }),
    text === 'longest',
  );
}
