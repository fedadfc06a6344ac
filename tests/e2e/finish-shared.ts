/**
 * What the finish tests (issue 26: finish-embedding, finish-data, finish-controls, finish-reading)
 * share: the site under test, the screenshot folder, the viewports, the places they visit and a
 * browser context opener.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { inject } from 'vitest';
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
