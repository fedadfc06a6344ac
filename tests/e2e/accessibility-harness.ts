/**
 * What the accessibility test files share: both engines on a page brought to a state once, the
 * heading outline, and the checked pages (`tools/checked-site.ts`: one built page of every template
 * in every language and every embed shape, latest and frozen; the same pages `npm run check:html`
 * validates). The pages are spread over one file per language (accessibility-pages-*.test.ts) so
 * the browser test files, which run side by side, share them out; where the engines disagree,
 * tests/e2e/engines.ts says why.
 */
import { readFileSync } from 'node:fs';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { checkedSite } from '../../tools/checked-site';
import { urlPath } from '../../tools/templates';
import { datasetVersion } from '../../src/lib/embed/views';
import type { Lang } from '../../src/lib/i18n/lang';
import { PATHS } from '../../src/lib/paths';
import { axeViolations, ENGINE_TIMEOUT, ibmViolations } from './engines';

const version = datasetVersion((JSON.parse(readFileSync(PATHS.dataset, 'utf8')) as { source: { sha256: string } }).source.sha256);
export const CHECKED_PAGES = checkedSite({ dist: 'dist', pages: 'src/pages', version });

export async function headingSkips(target: Page): Promise<{ first: number | undefined; skips: number[] }> {
  const levels = await target.locator('main h1, main h2, main h3, main h4').evaluateAll((hs) => hs.map((h) => Number(h.tagName[1])));
  return { first: levels[0], skips: levels.filter((level, i) => i > 0 && level > levels[i - 1]! + 1) };
}

/** Both engines on a page brought to a state once by `setUp` (which may open its own context, closed after). */
export function bothEngines(setUp: () => Promise<{ target: Page; context?: BrowserContext }>): void {
  let state: { target: Page; context?: BrowserContext };
  // Setting up may start MapLibre (up to 45 s of its own waiting): the engines' hang guard, not the 60 s default.
  beforeAll(async () => {
    state = await setUp();
  }, ENGINE_TIMEOUT);
  afterAll(async () => state?.context?.close());
  it('axe: no WCAG 2.1 A/AA violations', { timeout: ENGINE_TIMEOUT }, async () => expect(await axeViolations(state.target)).toEqual([]));
  it('IBM Equal Access: no definite violations', { timeout: ENGINE_TIMEOUT }, async () => expect(await ibmViolations(state.target)).toEqual([]));
}

/** Loads a page and waits until it is what a reader sees, for the engines to check. */
export async function openAsReaderSees(page: Page, url: string): Promise<void> {
  await page.goto(url);
  // A frozen embed's body arrives after the load event (its loader fetches the shared body and
  // replaces itself): check the page a reader sees, not the shell before it.
  await page.waitForFunction(() => !document.querySelector('script[data-frozen-body]'));
  // Likewise an island (client:idle) hydrates after it: check the page it makes (Astro drops `ssr`
  // once the island is hydrated).
  await page.waitForFunction(() => !document.querySelector('astro-island[ssr]'));
}

/**
 * Both engines and the heading outline on each checked page of these languages (null: the routes
 * outside `[...lang]`, such as the 404 page), each page loaded once for its three tests.
 */
export function checkPagesIn(langs: readonly (Lang | null)[], page: () => Page): void {
  const baseUrl = inject('baseUrl');
  const pages = CHECKED_PAGES.filter((p) => p.file && langs.includes(p.template.lang));
  it('has pages to check', () => expect(pages.length).toBeGreaterThan(10));
  describe.each(pages.map((p) => [p.label, urlPath(p.file!)]))('%s: %s', (_, path) => {
    bothEngines(async () => {
      await openAsReaderSees(page(), `${baseUrl}${path}`);
      return { target: page() };
    });
    it('headings start at h1 and never skip a level', async () => {
      const { first, skips } = await headingSkips(page());
      // An embed is a fragment inside someone else's page, whose outline it joins: no h1 required there.
      if (!/(^|\/)embed\//.test(path)) expect(first).toBe(1);
      expect(skips).toEqual([]);
    });
  });
}
