/**
 * The map reads at a glance: its classes drawn in the palette of the page's colour scheme
 * (lib/geo/palette.ts), a legend without empty rows whose swatches and texts line up, marks that
 * never cover one another (a school that has the service never under one that lacks it), and
 * MapLibre in the same colours and hatching with a tooltip for the pointer and the keyboard.
 */
import type { Browser, Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { MAP_PALETTES, type Scheme } from '../../src/lib/geo/palette';
import { useBrowser } from './browser';
import { data } from './dataset';

const baseUrl = inject('baseUrl');
let browser: Browser;
useBrowser((opened) => ({ browser } = opened));

const { dataset } = data;
const pressreader = dataset.services.find((s) => s.id === 'pressreader')!;
const county = (n: string) => dataset.counties.find((c) => c.number === n)!;
const DESKTOP = { width: 1280, height: 800 };
const PHONE = { width: 390, height: 844 };
const MAPLIBRE_TIMEOUT = 150_000;
/** Many pages in one test: generous for a loaded two-core machine (a few seconds each when quiet). */
const MANY_PAGES_TIMEOUT = 400_000;

/** Map views of every kind: national and county, breadth, one service, reach, filtered in the URL. */
const VIEWS = [
  '/',
  `/tjenester/${pressreader.slug}/`,
  `/tjenester/${pressreader.slug}/?type=vgs&fylke=46`,
  `/fylker/${county('46').slug}/`,
  `/fylker/${county('03').slug}/`,
  `/fylker/${county('18').slug}/`,
  '/?visning=rekkevidde&fylke=50',
  '/?type=vgs',
];

async function open(path: string, viewport = DESKTOP, scheme: Scheme = 'light'): Promise<Page> {
  const page = await browser.newPage({ viewport, acceptDownloads: true });
  await page.emulateMedia({ colorScheme: scheme });
  await page.goto(`${baseUrl}${path}`);
  // Filters in the URL re-shade after the map data arrives.
  if (path.includes('?')) await page.waitForFunction(() => document.querySelector('[data-map-status]')?.textContent !== '', null, { timeout: 20_000 });
  return page;
}

const hex = (rgb: string) =>
  `#${(rgb.match(/\d+/g) ?? [])
    .slice(0, 3)
    .map((n) => Number(n).toString(16).padStart(2, '0'))
    .join('')}`;

describe('the SVG map and its legend', () => {
  for (const scheme of ['light', 'dark'] as const) {
    it(`draws every class and mark in the ${scheme} palette`, async () => {
      const page = await open(`/fylker/${county('46').slug}/`, DESKTOP, scheme);
      const palette = MAP_PALETTES[scheme];
      const fills = await page
        .locator('g.m path')
        .evaluateAll((paths) => paths.map((p) => [p.getAttribute('class')!.split(' ')[0]!, getComputedStyle(p).fill] as const));
      expect(fills.length).toBeGreaterThan(10);
      for (const [cls, fill] of fills) {
        if (fill.startsWith('url(')) expect(['b0', 'no', 'r0']).toContain(cls);
        else expect(hex(fill), cls).toBe(palette.fill[cls as keyof typeof palette.fill]);
      }
      // The legend's swatches are the same classes.
      const swatches = await page
        .locator('.map-legend li rect')
        .evaluateAll((rects) => rects.map((r) => [r.getAttribute('class')!, getComputedStyle(r).fill] as const));
      for (const [cls, fill] of swatches) if (!fill.startsWith('url(')) expect(hex(fill), cls).toBe(palette.fill[cls as keyof typeof palette.fill]);
      // Marks: filled with the mark colour when they have it, outlined otherwise.
      const marks = await page
        .locator('.map-svg .pt use')
        .evaluateAll((uses) => uses.map((u) => [u.classList.contains('h'), getComputedStyle(u).fill] as const));
      for (const [has, fill] of marks) expect(hex(fill)).toBe(has ? palette.mark : palette.markLacks);
      expect(hex(await page.locator('.map-frame').evaluate((f) => getComputedStyle(f).backgroundColor))).toBe(palette.background);
      await page.close();
    });
  }

  it('has no empty legend row, and lines the swatches and texts up in columns', { timeout: MANY_PAGES_TIMEOUT }, async () => {
    for (const path of VIEWS) {
      for (const viewport of [DESKTOP, PHONE]) {
        const { rows, drawn, shownRows } = await readMap(path, viewport);
        expect(rows.length, path).toBeGreaterThan(1);
        for (const row of rows) {
          // Never a row without its text, or one that counts nothing.
          expect(row.text.length, `${path}: ${row.text}`).toBeGreaterThan(2);
          if (row.count !== null) expect(row.count, `${path}: ${row.text}`).not.toMatch(/\(0\s/);
          // Aligned: every swatch starts at the same x, every text at the same x, and the swatch sits beside its text's first line.
          expect(Math.abs(row.swatchLeft - rows[0]!.swatchLeft), `${path}: ${row.text}`).toBeLessThan(1);
          expect(Math.abs(row.textLeft - rows[0]!.textLeft), `${path}: ${row.text}`).toBeLessThan(1);
          expect(row.swatchTop, `${path}: ${row.text}`).toBeLessThan(row.textBottom);
          expect(row.swatchWidth).toBeGreaterThan(10);
        }
        // A legend row for a kind of mark only where such marks are drawn.
        expect(shownRows.public, path).toBe(drawn.some((m) => m.href === '#map-pub'));
        expect(shownRows.school, path).toBe(drawn.some((m) => m.href === '#map-sch'));
        expect(shownRows.has, path).toBe(drawn.some((m) => m.has));
        expect(shownRows.lacks, path).toBe(drawn.some((m) => !m.has));
      }
    }
  });

  it('never lets one mark cover another, and draws a mark that has the service above one that lacks it', { timeout: MANY_PAGES_TIMEOUT }, async () => {
    const paths = [...VIEWS, ...dataset.counties.map((c) => `/fylker/${c.slug}/`), `/fylker/${county('03').slug}/?type=vgs`];
    for (const path of paths) {
      const marks = (await readMap(path, DESKTOP)).drawn;
      // Centres at least one mark apart (less half a pixel of rounding): neither covers the other.
      // Collected, then one expect: an expect per pair (tens of thousands a page) took 24 s of the test, this 18 s.
      const covering: string[] = [];
      for (let i = 0; i < marks.length; i++) {
        for (let j = i + 1; j < marks.length; j++) {
          const [a, b] = [marks[i]!, marks[j]!];
          if (Math.hypot(a.x - b.x, a.y - b.y) < Math.min(a.size, b.size) - 0.5) covering.push(`${a.id} / ${b.id}`);
        }
      }
      expect(covering, path).toEqual([]);
      // Drawing order: every mark that lacks comes before every mark that has.
      const firstHas = marks.findIndex((m) => m.has);
      if (firstHas >= 0)
        expect(
          marks.slice(firstHas).every((m) => m.has),
          path,
        ).toBe(true);
    }
  });
});

interface MapReading {
  rows: { text: string; count: string | null; swatchLeft: number; swatchWidth: number; textLeft: number; swatchTop: number; textBottom: number }[];
  /** The marks drawn (not hidden by a filter), in drawing order, with their boxes' centres and sizes. */
  drawn: { id: string; href: string | null; has: boolean; x: number; y: number; size: number }[];
  shownRows: Record<'public' | 'school' | 'has' | 'lacks', boolean>;
}

/**
 * The legend and the marks of a map page as the browser laid them out, read once per page and
 * width: the legend's test and the marks' test read the same national and county views at 1280 px.
 */
const readings = new Map<string, Promise<MapReading>>();
function readMap(path: string, viewport: typeof DESKTOP): Promise<MapReading> {
  const key = `${path} ${viewport.width}`;
  let reading = readings.get(key);
  if (!reading) {
    reading = (async () => {
      const page = await open(path, viewport);
      const read = await page.evaluate((): MapReading => {
        const rows = [...document.querySelectorAll<HTMLElement>('.map-legend li')]
          .filter((li) => li.offsetParent !== null)
          .map((li) => {
            const swatch = li.querySelector('svg')!.getBoundingClientRect();
            const text = li.querySelector('span')!.getBoundingClientRect();
            return {
              text: li.textContent!.trim(),
              count: li.querySelector('.map-count')?.textContent ?? null,
              swatchLeft: swatch.left,
              swatchWidth: swatch.width,
              textLeft: text.left,
              swatchTop: swatch.top,
              textBottom: text.bottom,
            };
          });
        const drawn = [...document.querySelectorAll<SVGElement>('.map-svg .pt use')]
          .filter((u) => u.style.display !== 'none')
          .map((u) => {
            const r = u.getBoundingClientRect();
            return {
              id: u.getAttribute('data-id')!,
              href: u.getAttribute('href'),
              has: u.classList.contains('h'),
              x: r.left + r.width / 2,
              y: r.top + r.height / 2,
              size: Math.min(r.width, r.height),
            };
          });
        // Shown as Playwright's isVisible() has it: laid out with a box, and not visibility: hidden.
        // (Inline, not a named helper: the transform would wrap it in a __name() the page lacks.)
        const shownRows = Object.fromEntries(
          ['public', 'school', 'has', 'lacks'].map((row) => {
            const el = document.querySelector<HTMLElement>(`[data-point-row="${row}"]`);
            const box = el?.getBoundingClientRect();
            return [row, !!el && !!box && box.width > 0 && box.height > 0 && getComputedStyle(el).visibility !== 'hidden'];
          }),
        ) as MapReading['shownRows'];
        return { rows, drawn, shownRows };
      });
      await page.close();
      return read;
    })();
    readings.set(key, reading);
  }
  return reading;
}

/** The colours in a small square of the page, decoded by the browser. */
async function coloursAt(page: Page, x: number, y: number, size = 9): Promise<string[]> {
  const png = await page.screenshot({ clip: { x: x - (size - 1) / 2, y: y - (size - 1) / 2, width: size, height: size } });
  return page.evaluate(async (base64) => {
    const image = new Image();
    image.src = `data:image/png;base64,${base64}`;
    await image.decode();
    const canvas = document.createElement('canvas');
    [canvas.width, canvas.height] = [image.width, image.height];
    const g = canvas.getContext('2d')!;
    g.drawImage(image, 0, 0);
    const pixels = g.getImageData(0, 0, image.width, image.height).data;
    const out = new Set<string>();
    for (let i = 0; i < pixels.length; i += 4) out.add(`#${[pixels[i]!, pixels[i + 1]!, pixels[i + 2]!].map((n) => n.toString(16).padStart(2, '0')).join('')}`);
    return [...out];
  }, png.toString('base64'));
}
const near = (a: string, b: string, tolerance = 10) =>
  [1, 3, 5].every((i) => Math.abs(parseInt(a.slice(i, i + 2), 16) - parseInt(b.slice(i, i + 2), 16)) <= tolerance);

describe('MapLibre reads the same', () => {
  for (const scheme of ['light', 'dark'] as const) {
    it(`uses the SVG's ${scheme} colours and hatch, and names what is under the pointer`, { timeout: MAPLIBRE_TIMEOUT }, async () => {
      const page = await open(`/fylker/${county('46').slug}/`, DESKTOP, scheme);
      const palette = MAP_PALETTES[scheme];
      const classOf = new Map(
        await page.locator('g.m path').evaluateAll((paths) => paths.map((p) => [p.id.slice(1), p.getAttribute('class')!.split(' ')[0]!] as const)),
      );
      const textOf = new Map(
        await page
          .locator('#map-table tr[data-m]')
          .evaluateAll((rows) =>
            rows.map(
              (r) =>
                [r.querySelector('th')!.textContent!.trim(), [r.getAttribute('data-m')!, (r as HTMLTableRowElement).cells[2]!.textContent!.trim()]] as const,
            ),
          ),
      );
      await page.getByRole('button', { name: 'Utforsk kartet' }).click();
      await page.locator('.map-gl-active').waitFor({ timeout: 60_000 });
      const canvas = (await page.locator('canvas.maplibregl-canvas').boundingBox())!;
      const tooltip = page.locator('.map-tooltip');
      let filled = 0;
      let hatched = 0;
      // Walk a grid over the map: wherever the tooltip names a municipality, it says what the table says, and the pixels there are its class's colours.
      for (let gx = 1; gx < 10 && (filled < 3 || hatched < 1); gx++) {
        for (let gy = 1; gy < 10; gy++) {
          const [x, y] = [canvas.x + (canvas.width * gx) / 10, canvas.y + (canvas.height * gy) / 10];
          await page.mouse.move(x, y);
          if (!(await tooltip.isVisible())) continue;
          const name = (await tooltip.locator('strong').innerText()).trim();
          const row = textOf.get(name);
          if (!row) continue; // a library's mark: its own test below
          expect(await tooltip.innerText()).toContain(row[1]);
          const cls = classOf.get(row[0])!;
          const colours = await coloursAt(page, x, y, 13);
          if (['b0', 'no', 'r0'].includes(cls)) {
            // Hatched: the base and the hatch's lines, as in the SVG.
            if (colours.some((c) => near(c, palette.none)) && colours.some((c) => near(c, palette.hatch, 24))) hatched++;
          } else if (colours.some((c) => near(c, palette.fill[cls as keyof typeof palette.fill]))) filled++;
        }
      }
      expect(filled, 'municipalities whose MapLibre colour is their SVG class colour').toBeGreaterThanOrEqual(3);
      expect(hatched, 'hatched municipalities in MapLibre').toBeGreaterThanOrEqual(1);
      await page.mouse.move(canvas.x - 20, canvas.y - 20);
      await page.close();
    });
  }

  it('shows what is in the middle of the map for the keyboard, and says it', { timeout: MAPLIBRE_TIMEOUT }, async () => {
    const page = await open(`/tjenester/${pressreader.slug}/?fylke=03`, PHONE);
    await page.locator('.map-explore').focus();
    await page.keyboard.press('Enter');
    await page.locator('.map-gl-active').waitFor({ timeout: 60_000 });
    await expect.poll(() => page.evaluate(() => document.activeElement?.matches('canvas.maplibregl-canvas') ?? false)).toBe(true);
    const tooltip = page.locator('.map-tooltip');
    const names = new Set([...dataset.municipalities.map((m) => m.name), ...dataset.libraries.map((l) => l.name)]);
    // The map starts at the county the filter chose, so the middle is in Oslo.
    await expect.poll(() => tooltip.isVisible(), { timeout: 10_000 }).toBe(true);
    expect(await page.locator('.map-crosshair').isVisible()).toBe(true);
    const first = (await tooltip.locator('strong').innerText()).trim();
    expect(names.has(first) || /\d+ bibliotek/.test(first), first).toBe(true);
    await expect.poll(() => page.locator('[data-map-status]').innerText()).toContain(first);
    // The canvas is described by the tooltip.
    expect(await page.locator('canvas.maplibregl-canvas').getAttribute('aria-describedby')).toBe('map-tooltip');
    // Moving with the arrow keys updates it once the map stops.
    let moved = first;
    for (let i = 0; i < 16 && moved === first; i++) {
      await page.keyboard.press(i < 8 ? 'ArrowRight' : 'ArrowDown');
      await page.waitForTimeout(400);
      if (await tooltip.isVisible()) moved = (await tooltip.locator('strong').innerText()).trim();
    }
    expect(moved).not.toBe(first);
    // Leaving the map hides it.
    await page.keyboard.press('Tab');
    expect(await tooltip.isVisible()).toBe(false);
    await page.close();
  });
});
