/**
 * Contract tests of the download against a real HTTP server on 127.0.0.1, started here, that
 * plays the ordering system: good CSV and XLSX, refused credentials, rate limits, server errors,
 * a slow answer, a truncated body and a login page.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import writeXlsxFile from 'write-excel-file/node';
import { PATHS } from '../paths';
import { downloadSource, parseRetryAfter, SourceUnreachableError, type DownloadOptions } from './fetch-source';
import { pull } from './pull';

// Built from parts so no secret-looking literal sits in the repository.
const TOKEN = 'test-fake-' + 'credential-7f3a9c';
const CSV = readFileSync(join(import.meta.dirname, 'fixtures', 'valid.csv'));
let XLSX: Buffer;
let server: Server;
let base: string;
const hits = new Map<string, number>();
const authorizations: (string | undefined)[] = [];

type Handler = (request: IncomingMessage, response: ServerResponse, hit: number) => void;
const routes: Record<string, Handler> = {
  '/export.csv': (_q, r) => r.writeHead(200, { 'content-type': 'text/csv' }).end(CSV),
  '/export.xlsx': (_q, r) => r.writeHead(200, { 'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }).end(XLSX),
  '/unauthorised.csv': (_q, r) => r.writeHead(401).end('no'),
  '/rate-limited.csv': (_q, r, hit) => (hit === 1 ? r.writeHead(429, { 'retry-after': '1' }).end() : r.writeHead(200).end(CSV)),
  '/always-rate-limited.csv': (_q, r) => r.writeHead(429, { 'retry-after': '3600' }).end(),
  '/flaky.csv': (_q, r, hit) => (hit === 1 ? r.writeHead(500).end('oops') : r.writeHead(200).end(CSV)),
  '/down.csv': (_q, r) => r.writeHead(503).end(),
  '/slow.csv': (_q, r) => setTimeout(() => r.writeHead(200).end(CSV), 1500),
  '/truncated.csv': (_q, r) => {
    r.writeHead(200, { 'content-length': String(CSV.length) });
    r.write(CSV.subarray(0, 100));
    setTimeout(() => r.socket?.destroy(), 20);
  },
  '/login.csv': (_q, r) => r.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end('<!DOCTYPE html><html><body><form>Logg inn</form></body></html>'),
  '/login-disguised.csv': (_q, r) => r.writeHead(200, { 'content-type': 'text/csv' }).end('\n  <html><head><title>Sign in</title></head><body></body></html>'),
};

beforeAll(async () => {
  // The same rows as valid.csv (up to the status column, before the quoted price) as a workbook.
  const lines = readFileSync(join(import.meta.dirname, 'fixtures', 'valid.csv'), 'utf8').trimEnd().split('\n');
  XLSX = await writeXlsxFile(lines.map((line) => line.split(',').slice(0, 11).map((value) => ({ value })))).toBuffer();
  server = createServer((request, response) => {
    const path = new URL(request.url!, 'http://x').pathname;
    const hit = (hits.get(path) ?? 0) + 1;
    hits.set(path, hit);
    authorizations.push(request.headers.authorization);
    const route = routes[path];
    if (route) route(request, response, hit);
    else response.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));
beforeEach(() => {
  hits.clear();
  authorizations.length = 0;
});

const logs: string[] = [];
const quick: DownloadOptions = {
  credential: { token: TOKEN },
  allowInsecureLoopback: true,
  timeoutMs: 500,
  attempts: 3,
  backoffMs: 10,
  log: (line) => logs.push(line),
};

async function failure(path: string, options: DownloadOptions = quick): Promise<string> {
  const error = await downloadSource(`${base}${path}?key=${TOKEN}`, options).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(SourceUnreachableError);
  const message = (error as Error).message;
  expect(message).not.toContain(TOKEN);
  return message;
}

describe('downloadSource', () => {
  it('fetches a CSV with the token as a Bearer header', async () => {
    const download = await downloadSource(`${base}/export.csv`, quick);
    expect(Buffer.from(download.bytes).equals(CSV)).toBe(true);
    expect(download.name).toBe('export.csv');
    expect(authorizations).toEqual([`Bearer ${TOKEN}`]);
  });

  it('sends a custom header instead when configured', async () => {
    const seen: (string | undefined)[] = [];
    const original = routes['/export.csv']!;
    routes['/export.csv'] = (q, r, h) => {
      seen.push(q.headers['x-api-key'] as string | undefined);
      original(q, r, h);
    };
    await downloadSource(`${base}/export.csv`, { ...quick, credential: { header: `X-Api-Key: ${TOKEN}` } });
    routes['/export.csv'] = original;
    expect(seen).toEqual([TOKEN]);
  });

  it('reports refused credentials at once, without retrying', async () => {
    expect(await failure('/unauthorised.csv')).toMatch(/refused the credentials \(HTTP 401\)/);
    expect(hits.get('/unauthorised.csv')).toBe(1);
  });

  it('waits as long as Retry-After says on 429, then succeeds', async () => {
    const waits: number[] = [];
    const download = await downloadSource(`${base}/rate-limited.csv`, { ...quick, sleep: async (ms) => void waits.push(ms) });
    expect(download.bytes.length).toBe(CSV.length);
    expect(waits).toEqual([1000]);
  });

  it('gives up when Retry-After asks for longer than it will wait', async () => {
    expect(await failure('/always-rate-limited.csv')).toMatch(/asked to retry after 3600 s/);
  });

  it('retries a 500 with backoff and then succeeds', async () => {
    const waits: number[] = [];
    await downloadSource(`${base}/flaky.csv`, { ...quick, sleep: async (ms) => void waits.push(ms) });
    expect(hits.get('/flaky.csv')).toBe(2);
    expect(waits).toEqual([10]);
  });

  it('stops after the last attempt when the server stays down, with backoff between attempts', async () => {
    const waits: number[] = [];
    expect(await failure('/down.csv', { ...quick, sleep: async (ms) => void waits.push(ms) })).toMatch(/could not be fetched after 3 attempts: HTTP 503/);
    expect(waits).toEqual([10, 20]);
  });

  it('times out a response slower than the timeout', async () => {
    expect(await failure('/slow.csv', { ...quick, attempts: 1 })).toMatch(/no answer within 0.5 s/);
  });

  it('recognises a truncated body', async () => {
    expect(await failure('/truncated.csv', { ...quick, attempts: 1 })).toMatch(/truncated/);
  });

  it('recognises an HTML login page, by content type or by content', async () => {
    expect(await failure('/login.csv')).toMatch(/sent an HTML page \(a login page\?\)/);
    expect(await failure('/login-disguised.csv')).toMatch(/sent an HTML page \(a login page\?\)/);
  });

  it('refuses plain http outside loopback, and never prints the token', async () => {
    const message = await failure('/export.csv', { ...quick, allowInsecureLoopback: false });
    expect(message).toMatch(/must use https/);
    expect(logs.join('\n')).not.toContain(TOKEN);
  });

  it('does not leak the token or the query string in retry logs', async () => {
    logs.length = 0;
    await failure('/down.csv');
    expect(logs.length).toBeGreaterThan(0);
    expect(logs.join('\n')).not.toContain(TOKEN);
  });
});

describe('pull from a URL', () => {
  const options = () => ({
    columnsPath: PATHS.demoColumns,
    registryDirectory: PATHS.registry,
    cataloguePath: PATHS.catalogue,
    demoSourcePath: PATHS.demoExport,
    outputPath: join(mkdtempSync(join(tmpdir(), 'pull-url-')), 'dataset.json'),
    download: quick,
  });

  it('reads CSV and XLSX served over HTTP into the same dataset, recording the URL without credentials', async () => {
    const fromCsv = await pull({ ...options(), source: `${base}/export.csv?key=${TOKEN}` });
    const fromXlsx = await pull({ ...options(), source: `${base}/export.xlsx` });
    expect(fromCsv.dataset.subscriptions).toEqual(fromXlsx.dataset.subscriptions);
    expect(fromCsv.dataset.subscriptions).toHaveLength(2);
    expect(fromCsv.dataset.source.name).toBe(`${base}/export.csv`);
    expect(JSON.stringify(fromCsv.dataset)).not.toContain(TOKEN);
  });
});

describe('parseRetryAfter', () => {
  it('reads seconds and HTTP dates', () => {
    expect(parseRetryAfter('5')).toBe(5000);
    expect(parseRetryAfter('Wed, 25 Nov 2026 12:00:10 GMT', Date.parse('Wed, 25 Nov 2026 12:00:00 GMT'))).toBe(10_000);
    expect(parseRetryAfter(null)).toBeUndefined();
    expect(parseRetryAfter('soon')).toBeUndefined();
  });
});
