/**
 * A map view taken away: on a service page and the home page, the view the filters describe
 * (library kind, county, year) downloads as CSV and XLSX with the open-data files' columns, the
 * rows the dataset gives for that view, leading zeros kept as text and æøå intact; the code that
 * writes XLSX is loaded only when asked for.
 */
import { readFileSync } from 'node:fs';
import type { Browser, Download, Page } from 'playwright-core';
import { readSheet } from 'read-excel-file/node';
import { describe, expect, inject, it } from 'vitest';
import { useBrowser } from './browser';
import { data } from './dataset';

const baseUrl = inject('baseUrl');
let browser: Browser;
useBrowser((opened) => ({ browser } = opened));

const { dataset } = data;
const pressreader = dataset.services.find((s) => s.id === 'pressreader')!;
const years = dataset.periods.map((p) => p.year).sort();
const otherYear = years.length > 1 ? years.find((y) => y !== data.year)! : data.year;
/** The open data's own columns, from the published files (first line after the byte order mark, without the demo column). */
const openColumns = (file: string) =>
  readFileSync(`dist/data/${file}`, 'utf8')
    .replace(/^\ufeff/, '')
    .split('\n')[0]!
    .split(',')
    .filter((c) => c !== 'eksempeldata');
const expectedHeader = [
  ...openColumns('libraries.csv'),
  ...openColumns('subscriptions.csv').filter((c) => c !== 'libraryId'),
  ...(dataset.source.isDemo ? ['eksempeldata'] : []),
];

/** Rows as [libraryId, serviceId, year, status] the dataset gives for a view. */
function expectedRows(filter: { kind?: 'public' | 'school'; county?: string; year: number; services: Set<string> }): string[] {
  const rows: string[] = [];
  for (const l of dataset.libraries) {
    if (filter.kind && l.kind !== filter.kind) continue;
    if (filter.county && l.countyNumber !== filter.county) continue;
    const records = dataset.subscriptions.filter((s) => s.libraryId === l.id && s.year === filter.year && filter.services.has(s.serviceId));
    if (records.length === 0) rows.push(`${l.id} - ${filter.year} -`);
    for (const s of records) rows.push(`${l.id} ${s.serviceId} ${s.year} ${s.status}`);
  }
  return rows.sort();
}

async function download(page: Page, name: RegExp): Promise<Download> {
  const [file] = await Promise.all([page.waitForEvent('download', { timeout: 30_000 }), page.getByRole('button', { name }).click()]);
  return file;
}

/** A minimal CSV reader for the file under test (quoted fields, doubled quotes, CRLF). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\n') {
      row.push(cell.replace(/\r$/, ''));
      rows.push(row);
      row = [];
      cell = '';
    } else cell += c;
  }
  return rows;
}

describe('view downloads', () => {
  it('downloads a service page filtered by kind, county and year as CSV with the open-data columns and exactly those rows', async () => {
    const page = await browser.newPage({ acceptDownloads: true });
    await page.goto(`${baseUrl}/tjenester/${pressreader.slug}/?type=vgs&fylke=46&ar=${otherYear}`);
    await expect.poll(() => page.locator('select[name="county"]').inputValue()).toBe('46');
    const file = await download(page, /^CSV$/);
    expect(file.suggestedFilename()).toBe(`hvem-har-hva_${pressreader.id}_vgs_fylke-46_${otherYear}.csv`);
    const text = readFileSync((await file.path())!, 'utf8');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const [header, ...rows] = parseCsv(text.slice(1));
    expect(header).toEqual(expectedHeader);
    const col = (name: string) => header!.indexOf(name);
    const got = rows.map((r) => `${r[col('id')]} ${r[col('serviceId')] || '-'} ${r[col('year')]} ${r[col('status')] || '-'}`).sort();
    expect(got).toEqual(expectedRows({ kind: 'school', county: '46', year: otherYear, services: new Set([pressreader.id]) }));
    expect(got.length).toBeGreaterThan(0);
    // Every library column as the open data has it, e.g. the name with its Norwegian letters.
    for (const r of rows) expect(r[col('name')]).toBe(dataset.libraries.find((l) => l.id === r[col('id')])!.name);
    if (dataset.source.isDemo) expect(rows.every((r) => r[col('eksempeldata')] === 'ja')).toBe(true);
    await page.close();
  });

  it('follows a filter changed on the page (the current view, not the one loaded)', async () => {
    const page = await browser.newPage({ acceptDownloads: true });
    await page.goto(`${baseUrl}/tjenester/${pressreader.slug}/`);
    await page.selectOption('select[name="county"]', '03');
    await page.selectOption('select[name="kind"]', 'public');
    const file = await download(page, /^CSV$/);
    const [header, ...rows] = parseCsv(readFileSync((await file.path())!, 'utf8').slice(1));
    const col = (name: string) => header!.indexOf(name);
    expect(rows.map((r) => `${r[col('id')]} ${r[col('serviceId')] || '-'} ${r[col('year')]} ${r[col('status')] || '-'}`).sort()).toEqual(
      expectedRows({ kind: 'public', county: '03', year: data.year, services: new Set([pressreader.id]) }),
    );
    await page.close();
  });

  it('writes XLSX only when asked: 0301 stays text, æøå intact, numbers numbers; the writer is not loaded before the click', async () => {
    const page = await browser.newPage({ acceptDownloads: true });
    const scripts: string[] = [];
    page.on('response', (r) => {
      if (r.request().resourceType() === 'script' || /\.m?js(\?|$)/.test(r.url())) scripts.push(r.url());
    });
    // The home page's breadth map (public libraries by default) for every library in Oslo county:
    // Oslo's library has municipality number 0301.
    await page.goto(`${baseUrl}/?fylke=03&type=alle`, { waitUntil: 'networkidle' });
    await expect.poll(() => page.locator('select[name="kind"]').inputValue()).toBe('all');
    const bodies = async (urls: string[]) => (await Promise.all(urls.map((u) => page.evaluate(async (url) => (await fetch(url)).text(), u)))).join('\n');
    // The XLSX writer's own marker: the part name every workbook it writes has.
    const writerMarker = 'xl/worksheets/sheet';
    expect(await bodies(scripts)).not.toContain(writerMarker);
    // Not even the CSV button loads it.
    await download(page, /^CSV$/);
    expect(await bodies(scripts)).not.toContain(writerMarker);

    const before = scripts.length;
    const file = await download(page, /Excel \(XLSX\)/);
    expect(file.suggestedFilename()).toBe(`hvem-har-hva_alle-tjenester_fylke-03_${data.year}.xlsx`);
    expect(await bodies(scripts.slice(before))).toContain(writerMarker);

    const sheet = await readSheet(readFileSync((await file.path())!));
    const [header, ...rows] = sheet;
    expect(header).toEqual(expectedHeader);
    const col = (name: string) => header!.indexOf(name);
    const oslo = rows.find((r) => r[col('id')] === 'fb-0301')!;
    expect(oslo[col('municipalityNumber')]).toBe('0301');
    expect(oslo[col('countyNumber')]).toBe('03');
    expect(typeof oslo[col('year')]).toBe('number');
    const withLetters = dataset.libraries.filter((l) => l.countyNumber === '03' && /[æøåÆØÅ]/.test(l.name));
    for (const l of withLetters) expect(rows.find((r) => r[col('id')] === l.id)?.[col('name')]).toBe(l.name);
    // Every library of the county is there.
    expect(new Set(rows.map((r) => r[col('id')]))).toEqual(new Set(dataset.libraries.filter((l) => l.countyNumber === '03').map((l) => l.id)));
    await page.close();
  });

  it('is keyboard operable and says when the file is ready', async () => {
    const page = await browser.newPage({ acceptDownloads: true });
    await page.goto(`${baseUrl}/tjenester/${pressreader.slug}/`);
    const button = page.getByRole('button', { name: /^CSV$/ });
    await button.focus();
    const [file] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
    await expect.poll(() => page.locator('[data-map-status]').innerText()).toBe(`${file.suggestedFilename()} er lastet ned.`);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-download'))).toBe('csv');
    await page.close();
  });
});
