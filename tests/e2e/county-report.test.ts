/**
 * The county report on paper: every county's report, printed to PDF by Chromium on A4, has a
 * bounded number of A4 pages, and no table row is cut: each row's cells stand together on one
 * page of the PDF's text (poppler's pdftotext), and in print every row avoids breaks and every
 * table repeats its heading.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { LANGS, localePath } from '../../src/lib/i18n/lang';
import { countyReportPath } from '../../src/lib/report/county-report';
import { REPORT_STRINGS } from '../../src/lib/report/strings';
import { useBrowser } from './browser';
import { data } from './dataset';

const baseUrl = inject('baseUrl');
let browser: Browser;
let page: Page;
useBrowser((opened) => ({ browser, page } = opened), { page: { viewport: { width: 1024, height: 800 } } });

const work = mkdtempSync(join(tmpdir(), 'county-report-'));
/**
 * Each page of a PDF as its letters and digits only. Words are then looked for one by one:
 * pdftotext interleaves the cells of a row where they wrap, and joins a name broken at its hyphen
 * ("Aurskog-" + "Høland" becomes "AurskogHøland").
 */
function pdfPages(pdf: Buffer, name: string): string[] {
  const file = join(work, `${name}.pdf`);
  writeFileSync(file, pdf);
  let text: string;
  try {
    text = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
  } catch (error) {
    throw new Error(`pdftotext (poppler-utils) is needed to read the printed report: ${(error as Error).message}`);
  }
  // pdftotext ends each page with a form feed.
  return text
    .split('\f')
    .slice(0, -1)
    .map((p) => words(p).join(''));
}

/** Words as both sides compare them: NFKC (a ligature such as ﬁ is two letters), split at spaces and hyphens (a name may wrap at one), letters and digits only. */
function words(text: string): string[] {
  return text
    .normalize('NFKC')
    .split(/[\s\-‐‑–]+/)
    .map((w) => w.replace(/[^\p{L}\p{N}]/gu, ''))
    .filter(Boolean);
}

/** Every body row of every table on the page, as the words of its cells. */
const tableRows = (p: Page) =>
  p
    .$$eval('.county-report tbody tr', (rows) => rows.map((r) => [...r.querySelectorAll('th, td')].map((c) => c.textContent ?? '').join(' ')))
    .then((rows) => rows.map(words));

async function printed(lang: (typeof LANGS)[number], slug: string) {
  // Print media, as the browser's own print dialog (a page left on emulated 'screen' would print with screen styles).
  await page.emulateMedia({ media: 'print' });
  await page.goto(`${baseUrl}${localePath(lang, countyReportPath(slug))}`, { waitUntil: 'load' });
  const rows = await tableRows(page);
  const pdf = await page.pdf({ format: 'A4', printBackground: true });
  return { rows, pdf, pages: pdfPages(pdf, `${lang}-${slug}`) };
}

describe('the county report on A4', () => {
  it('is linked from each county page in each language', async () => {
    const county = data.dataset.counties[0]!;
    for (const lang of LANGS) {
      await page.goto(`${baseUrl}${localePath(lang, `/fylker/${county.slug}/`)}`);
      const link = page.getByRole('link', { name: REPORT_STRINGS[lang].link });
      expect(await link.getAttribute('href')).toBe(localePath(lang, countyReportPath(county.slug)));
    }
  });

  it.each(data.dataset.counties.map((c) => [c.name, c.slug]))('prints %s on bounded A4 pages with every table row whole', async (_name, slug) => {
    const { rows, pdf, pages } = await printed('nb', slug);
    // A4 in points (595 × 842; Chromium rounds it to whole device pixels), on every page.
    const boxes = [...pdf.toString('latin1').matchAll(/\/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]/g)].map((m) => [Number(m[1]), Number(m[2])]);
    expect(boxes.length).toBe(pages.length);
    expect(boxes.filter(([w, h]) => Math.abs(w! - 595) > 2 || Math.abs(h! - 842) > 2)).toEqual([]);
    // Bounded: the head, figures and map take at most three pages; then at least 8 rows fit a page (an offer row may take four lines).
    expect(pages.length).toBeGreaterThanOrEqual(2);
    expect(pages.length).toBeLessThanOrEqual(3 + Math.ceil(rows.length / 8));
    // A cut row would leave some of its words on one page and the rest on the next.
    const cut = rows.filter((words) => !pages.some((page) => words.every((word) => page.includes(word))));
    expect(cut.slice(0, 5)).toEqual([]);
    expect(rows.length).toBeGreaterThan(0);
  });

  it('keeps rows whole and repeats table headings in print, in every language', async () => {
    const county = [...data.dataset.counties].sort((a, b) => b.population - a.population)[0]!;
    for (const lang of LANGS) {
      await page.goto(`${baseUrl}${localePath(lang, countyReportPath(county.slug))}`);
      await page.emulateMedia({ media: 'print' });
      const styles = await page.$$eval('.county-report table', (tables) =>
        tables.map((t) => ({
          head: getComputedStyle(t.querySelector('thead')!).display,
          rows: [...t.querySelectorAll('tbody tr')].every((r) => getComputedStyle(r).breakInside === 'avoid'),
        })),
      );
      expect(styles.length).toBeGreaterThanOrEqual(3);
      expect(styles.every((s) => s.head === 'table-header-group' && s.rows)).toBe(true);
      // No menu on paper.
      expect(await page.locator('.site-nav').isVisible()).toBe(false);
      await page.emulateMedia({ media: 'screen' });
    }
  });

  it('says on paper where the data comes from, when, and that it is the demo', async () => {
    const county = data.dataset.counties[0]!;
    const { pages } = await printed('en', county.slug);
    const all = pages.join('');
    expect(words(data.dataset.source.name).every((w) => all.includes(w))).toBe(true);
    if (data.dataset.source.isDemo) expect(all).toContain('Demodata');
  });
});
