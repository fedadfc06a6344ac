/** The pull from an authenticated URL, against a local server playing the ordering system. */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import writeXlsxFile from 'write-excel-file/node';
import { quickDownload, startServer, TEST_TOKEN, type TestServer } from '../source/test-servers';
import { pull } from './pull';
import { pullOptions } from './test-fixtures';

const CSV = readFileSync(join(import.meta.dirname, 'fixtures', 'valid.csv'));
let server: TestServer;

beforeAll(async () => {
  // The same rows as valid.csv (up to the status column, before the quoted price) as a workbook.
  const lines = CSV.toString('utf8').trimEnd().split('\n');
  const xlsx = await writeXlsxFile(
    lines.map((line) =>
      line
        .split(',')
        .slice(0, 11)
        .map((value) => ({ value })),
    ),
  ).toBuffer();
  server = await startServer({
    '/export.csv': (_q, r) => r.writeHead(200, { 'content-type': 'text/csv' }).end(CSV),
    '/export.xlsx': (_q, r) => r.writeHead(200, { 'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }).end(xlsx),
    '/unauthorised.csv': (_q, r) => r.writeHead(401).end(),
  });
});
afterAll(() => server?.close());

describe('pull from a URL', () => {
  const logs: string[] = [];
  const options = (source: string) => pullOptions(mkdtempSync(join(tmpdir(), 'pull-url-')), { source, download: quickDownload(logs) });

  it('reads CSV and XLSX served over HTTP into the same dataset, recorded by a label, never the URL', async () => {
    const fromCsv = await pull(options(`${server.base}/export.csv?key=${TEST_TOKEN}`));
    const fromXlsx = await pull(options(`${server.base}/export.xlsx`));
    expect(fromCsv.dataset.subscriptions).toEqual(fromXlsx.dataset.subscriptions);
    expect(fromCsv.dataset.subscriptions).toHaveLength(2);
    expect(fromCsv.dataset.source.name).toBe('Bibliotek24: export.csv');
    expect(fromXlsx.dataset.source.name).toBe('Bibliotek24: export.xlsx');
    expect(JSON.stringify(fromCsv.dataset)).not.toContain(TEST_TOKEN);
    expect(server.hits.every((h) => h.authorization === `Bearer ${TEST_TOKEN}`)).toBe(true);
  });

  it('bounds the download by the pull limit and names its settings when it fails', async () => {
    const tooSmall = pull({ ...options(`${server.base}/export.csv`), limits: { maxBytes: 100, maxXlsxRows: 10 } });
    await expect(tooSmall).rejects.toThrow(/more than the limit of 100 bytes \(HHH_MAX_SOURCE_MB\)/);
    await expect(pull(options(`${server.base}/unauthorised.csv`))).rejects.toThrow(/check HHH_SOURCE_TOKEN or HHH_SOURCE_HEADER/);
  });
});
