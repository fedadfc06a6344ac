/**
 * The React islands (issue 16, points 2, 8 and 10): the comparison and the embed builder are
 * server-rendered, hydrate by themselves when the browser is idle (client:idle), work with the keyboard and
 * pointer, say what they need without JavaScript, and React ships to no other page.
 */
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { normalizeText } from '../../src/lib/search/normalize';
import { PATHS } from '../../src/lib/paths';
import { filesUnder } from '../../src/lib/files';
import { islandScripts } from '../../tools/island-budget';
import { useBrowser } from './browser';
import { data } from './dataset';

const baseUrl = inject('baseUrl');
let browser: Browser;
let page: Page;
useBrowser((opened) => ({ browser, page } = opened));

/** A library whose name has æ, ø or å, to be typed without them. */
const norwegian = data.dataset.libraries.find((l) => l.kind === 'public' && /[æøå]/i.test(l.name) && normalizeText(l.name) !== l.name.toLowerCase())!;
/** What a person types for it: the name without Norwegian letters, in lower case, cut short. */
const typed = normalizeText(norwegian.name).slice(0, 8);

async function noScriptPage(path: string): Promise<Page> {
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 390, height: 844 } });
  const p = await context.newPage();
  await p.goto(`${baseUrl}${path}`);
  return p;
}

describe('the comparison island', () => {
  it('hydrates when the browser is idle (no scrolling needed), and shows no library nobody chose', async () => {
    await page.goto(`${baseUrl}/sammenlign/`);
    expect(await page.locator('astro-island').getAttribute('client')).toBe('idle');
    await page.getByTestId('compare-empty').waitFor();
    expect(await page.locator('[data-testid="compare-table"]').count()).toBe(0);
  });

  it('finds a library typed without æ, ø and å (the one matcher) and compares it from the address', async () => {
    const other = data.dataset.libraries.find((l) => l.kind === 'public' && l.id !== norwegian.id)!;
    await page.goto(`${baseUrl}/sammenlign/?b=${other.slug}`);
    const input = page.locator('#compare-form input:not([hidden])').first();
    await expect.poll(() => input.isEnabled(), { timeout: 15_000 }).toBe(true);
    await input.click();
    await page.keyboard.type(typed);
    const option = page.locator('u-option', { hasText: norwegian.name }).first();
    await option.waitFor({ timeout: 10_000 });
    await option.click();
    await page.waitForURL((url) => new URL(url).searchParams.getAll('b').includes(norwegian.slug));
    expect(new URL(page.url()).searchParams.getAll('b')).toEqual([other.slug, norwegian.slug]);
    await page.getByRole('heading', { name: `${other.name} – ${norwegian.name}` }).waitFor();
    expect(await page.locator('[data-testid="compare-table"] thead th').allInnerTexts()).toEqual(expect.arrayContaining([other.name, norwegian.name]));
    // Back goes to the choice before, drawn from the address: one library, which asks for a second.
    await page.goBack();
    await page.locator('[data-testid="compare-one"]').waitFor();
    expect(await page.locator('[data-testid="compare-table"]').count()).toBe(0);
  });

  it('finds the schools of a municipality by its name', async () => {
    const school = data.dataset.libraries.find((l) => l.kind === 'school')!;
    const municipality = data.municipalityByNumber.get(school.municipalityNumber)!;
    await page.goto(`${baseUrl}/sammenlign/`);
    const input = page.locator('#compare-form input:not([hidden])').first();
    await expect.poll(() => input.isEnabled(), { timeout: 15_000 }).toBe(true);
    await input.fill(normalizeText(municipality.name));
    await expect
      .poll(() => page.locator('u-option').allInnerTexts(), { timeout: 10_000 })
      .toEqual(expect.arrayContaining([expect.stringContaining(school.name)]));
  });

  it('without JavaScript says why it is empty and where the same facts are, also for a shared link', async () => {
    const [a, b] = data.dataset.libraries;
    for (const path of ['/sammenlign/', `/en/sammenlign/?b=${a!.slug}&b=${b!.slug}`]) {
      const p = await noScriptPage(path);
      const note = p.getByTestId('compare-noscript');
      expect(await note.isVisible(), path).toBe(true);
      const links = await note.locator('a').evaluateAll((as) => as.map((x) => x.getAttribute('href')));
      expect(links, path).toEqual(path.startsWith('/en/') ? ['/en/bibliotek/', '/en/data/'] : ['/bibliotek/', '/data/']);
      expect(await p.locator('[data-testid="compare-table"]').count(), path).toBe(0);
      expect(await p.locator('#compare-form input:not([hidden])').first().isDisabled(), path).toBe(true);
      await p.context().close();
    }
  });
});

describe('the builder island', () => {
  it('without JavaScript has a working default snippet, disabled choices and says they need JavaScript', async () => {
    const p = await noScriptPage('/nn/bygg-inn/');
    const snippet = await p.inputValue('#embed-snippet');
    expect(snippet).toMatch(/^<iframe src="http:\/\/[^"]+\/nn\/embed\/" title="[^"]+" loading="lazy"/);
    expect(snippet).toContain('<noscript><a href=');
    expect(await p.isDisabled(`input[name="services"][value="${data.dataset.services[0]!.slug}"]`)).toBe(true);
    expect(await p.getByTestId('builder-needs-script').isVisible()).toBe(true);
    // No preview frame is loaded before anyone asks for it.
    expect(await p.locator('[data-preview] iframe').count()).toBe(0);
    await p.context().close();
  });

  it("hydrates when idle, and its preview frame has exactly the snippet's attributes", async () => {
    const p = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await p.goto(`${baseUrl}/bygg-inn/`);
    expect(await p.locator('astro-island').getAttribute('client')).toBe('idle');
    const [s1, s2] = data.dataset.services;
    await p.check(`input[name="services"][value="${s1!.slug}"]`);
    await p.check(`input[name="services"][value="${s2!.slug}"]`);
    await p.fill('input[name="width"]', '500');
    // No frame until the preview is in view; then one per chosen service.
    expect(await p.locator('[data-preview] iframe').count()).toBe(0);
    await p.locator('[data-preview]').scrollIntoViewIfNeeded();
    await expect.poll(() => p.locator('[data-preview] iframe').count()).toBe(2);
    const snippet = await p.inputValue('#embed-snippet');
    const fromSnippet = await p.evaluate((html) => {
      const doc = new DOMParser().parseFromString(html, 'text/html');
      return [...doc.querySelectorAll('iframe')].map((f) =>
        Object.fromEntries([...f.attributes].filter((a) => a.name !== 'style').map((a) => [a.name, a.value])),
      );
    }, snippet);
    const fromPreview = await p.$$eval('[data-preview] iframe', (frames) =>
      frames.map((f) => Object.fromEntries([...f.attributes].filter((a) => a.name !== 'style').map((a) => [a.name, a.value]))),
    );
    expect(fromSnippet).toHaveLength(2);
    expect(fromPreview).toEqual(fromSnippet);
    expect(fromPreview[0]).toMatchObject({ width: '500', loading: 'lazy', referrerpolicy: 'strict-origin-when-cross-origin' });
    await p.getByRole('button', { name: /Kopier/ }).click();
    await expect.poll(() => p.locator('.embed-builder-copy [role="status"]').innerText()).not.toBe('');
    await p.close();
  });
});

describe('React ships only where an island is', () => {
  it('no page but the comparison and the builder has an island, and only theirs load its renderer', () => {
    const files = filesUnder(PATHS.dist).filter((f) => /\.(html|m?js)$/.test(f));
    const texts = new Map(files.map((f) => [`/${relative(PATHS.dist, f)}`, readFileSync(f, 'utf8')]));
    const withIsland: string[] = [];
    const renderers = new Set<string>();
    for (const [url, text] of texts) {
      if (!url.endsWith('.html')) continue;
      const scripts = islandScripts(text);
      if (scripts.length === 0) continue;
      withIsland.push(url.replace(/index\.html$/, ''));
      for (const s of scripts) if (/\/client\.[\w-]+\.js$/.test(s)) renderers.add(s);
    }
    expect(withIsland.sort()).toEqual(['/bygg-inn/', '/en/bygg-inn/', '/en/sammenlign/', '/nn/bygg-inn/', '/nn/sammenlign/', '/sammenlign/']);
    expect(renderers.size).toBe(1);
    // The renderer is named by no other page or script: no page loads React without an island.
    const renderer = [...renderers][0]!.split('/').pop()!;
    const naming = [...texts]
      .filter(([url, text]) => text.includes(renderer) && !/^\/(?:(?:nn|en)\/)?(?:bygg-inn|sammenlign)\/index\.html$/.test(url))
      .map(([url]) => url);
    expect(naming).toEqual([]);
  });
});
