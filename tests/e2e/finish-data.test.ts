/**
 * Issue 26, data files that open right: a BOM on every CSV, the filtered embed CSV, XLSX beside each
 * CSV and an embed's data.csv typed and validated by its datapackage.json.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { readSheet } from 'read-excel-file/node';
import { describe, expect, it } from 'vitest';
import { validateDataPackage } from '../../tools/validate-data-package';
import { baseUrl, PHONE, DESKTOP, BOM, service, county, bytes, useContexts, dataset } from './finish-shared';

const open = useContexts();

describe('3. data that opens right', () => {
  it('every CSV the site serves starts with the UTF-8 byte order mark (Excel on Windows keeps æøå)', async () => {
    for (const path of [
      '/data/libraries.csv',
      '/data/services.csv',
      '/data/subscriptions.csv',
      `/embed/tjenester/${service.slug}/data.csv`,
      '/en/embed/data.csv',
    ])
      expect([...(await bytes(path)).subarray(0, 3)], path).toEqual(BOM);
  });

  it("the embed's filtered CSV, made in the browser, has the BOM and the full CSV's columns", async () => {
    const { context, page } = await open(DESKTOP);
    await page.goto(`${baseUrl}/embed/tjenester/${service.slug}/?fylke=${county.number}`);
    await page.waitForSelector('.norway-map[data-map-started]');
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-embed-csv]')]);
    const made = readFileSync((await download.path())!);
    expect([...made.subarray(0, 3)]).toEqual(BOM);
    const full = Buffer.from(await bytes(`/embed/tjenester/${service.slug}/data.csv`));
    const header = (text: Buffer) => (parse(text, { bom: true, to_line: 1 }) as string[][])[0];
    expect(header(made)).toEqual(header(full));
    const rows = parse(made, { bom: true, columns: true }) as Record<string, string>[];
    expect(rows.length).toBe(dataset.municipalities.filter((m) => m.countyNumber === county.number).length);
    expect(rows.every((r) => /^\d+(\.\d+)?$/.test(r.verdi ?? ''))).toBe(true);
    await context.close();
  });

  it('/data/ offers XLSX beside each CSV (0301 stays text) and says when the data was pulled in words', async () => {
    const { context, page } = await open(PHONE);
    await page.goto(`${baseUrl}/data/`);
    for (const name of ['libraries', 'services', 'subscriptions']) expect(await page.locator(`a[href="/data/${name}.xlsx"]`).count()).toBe(1);
    const sheet = await readSheet(Buffer.from(await bytes('/data/libraries.xlsx')));
    const column = sheet[0]!.indexOf('municipalityNumber');
    expect(sheet.slice(1).find((row) => row[column] === '0301')).toBeDefined();
    const source = await page.textContent('[data-testid="data-source"]');
    expect(source).not.toMatch(/\d{4}-\d{2}-\d{2}T/);
    expect(source).toMatch(new RegExp(`\\d{1,2}\\. \\p{L}+ ${dataset.source.pulledAt.slice(0, 4)}`, 'u'));
    await context.close();
  });

  it("an embed's data.csv is typed by the datapackage.json beside it, and passes Frictionless's validator", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'hhh-embed-package-'));
    const base = `/embed/tjenester/${service.slug}/`;
    writeFileSync(join(dir, 'datapackage.json'), await bytes(`${base}datapackage.json`));
    writeFileSync(join(dir, 'data.csv'), await bytes(`${base}data.csv`));
    const report = await validateDataPackage(join(dir, 'datapackage.json'), dir);
    expect(report.errors).toEqual([]);
    const pkg = JSON.parse(readFileSync(join(dir, 'datapackage.json'), 'utf8'));
    const fields = pkg.resources[0].schema.fields as { name: string; type: string }[];
    expect(fields.find((f) => f.name === 'kommunenummer')?.type).toBe('string');
    expect(fields.find((f) => f.name === 'verdi')?.type).toBe('number');
  });
});
