/**
 * Issue 26, controls that behave: compare, the map legend, the map's place field, the one matcher
 * and MapLibre's controls (screenshots to /tmp/finish-shots/).
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { MAP_STRINGS } from '../../src/lib/geo/map-strings';
import { baseUrl, SHOTS, PHONE, DESKTOP, service, useContexts, dataset } from './finish-shared';

const open = useContexts();

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

  it("compare's field never carries aria-description (an ARIA 1.3 draft IBM rejects), not even before the island hydrates", async () => {
    const { context, page } = await open(DESKTOP);
    // Looked for at every task from the first byte on: a checker, like a reader, may come at any moment.
    await context.addInitScript(() => {
      const seen: string[] = [];
      Object.assign(window, { descriptionSeen: seen });
      const look = () => {
        const said = document.getElementById('compare-pick')?.getAttribute('aria-description');
        if (said != null) seen.push(said);
        setTimeout(look, 0);
      };
      look();
    });
    await page.goto(`${baseUrl}/sammenlign/?b=${library.slug}`);
    await page.waitForSelector('[data-testid="compare-one"]');
    await expect.poll(() => page.locator('#compare-pick-count').textContent()).not.toBe('');
    expect(await page.evaluate(() => (window as unknown as { descriptionSeen: string[] }).descriptionSeen)).toEqual([]);
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
