/**
 * Contract tests of the download against a real HTTP server on 127.0.0.1, started here, that
 * plays the ordering system: good CSV and XLSX, refused credentials, rate limits, server errors,
 * a slow answer, a truncated body and a login page.
 */
import { spawnSync } from 'node:child_process';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import writeXlsxFile from 'write-excel-file/node';
import { PATHS } from '../paths';
import { downloadSource, parseRetryAfter, SourceUnreachableError, type DownloadOptions } from './fetch-source';
import { pull } from './pull';
import { buildCampaign } from '../campaign/build-campaign';
import sharp from 'sharp';

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
  '/to-same-origin.csv': (_q, r) => r.writeHead(302, { location: '/export.csv' }).end(),
  '/to-other-origin.csv': (_q, r) => r.writeHead(307, { location: `${secureBase}/export.csv` }).end(),
  '/redirect-loop.csv': (_q, r) => r.writeHead(302, { location: '/redirect-loop.csv' }).end(),
  '/huge-declared.csv': (_q, r) => {
    r.writeHead(200, { 'content-type': 'text/csv', 'content-length': String(50 * 1024 * 1024) });
    r.write(CSV);
    setTimeout(() => r.destroy(), 200);
  },
  '/endless.csv': (_q, r) => {
    // No Content-Length: chunks until the client stops reading.
    r.writeHead(200, { 'content-type': 'text/csv' });
    const chunk = Buffer.alloc(64 * 1024, 'a,b\n');
    const pump = () => {
      while (!r.destroyed && r.write(chunk));
      if (!r.destroyed) r.once('drain', pump);
    };
    r.write(CSV);
    pump();
    r.on('close', () => void 0);
  },
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

/**
 * A second origin, on real https with a self-signed certificate for 127.0.0.1 and localhost
 * (made with openssl for the test run), so a redirect from it to plain http is a real downgrade
 * and an asset URL can name another https host (https://localhost:port vs https://127.0.0.1:port).
 */
let secureServer: Server | undefined;
let secureBase = 'https://127.0.0.1:1';
const secureHits: { host: string; path: string; authorization?: string; apiKey?: string }[] = [];
const secureRoutes: Record<string, Handler> = {
  '/export.csv': (_q, r) => r.writeHead(200, { 'content-type': 'text/csv' }).end(CSV),
  '/to-http.csv': (_q, r) => r.writeHead(302, { location: `${base}/export.csv` }).end(),
  '/media/manifest.csv': (_q, r) =>
    r.writeHead(200, { 'content-type': 'text/csv' }).end(
      [
        'Asset-ID,Tittel,Tjenester,Format,Språk,Fil,Kreditering,Samtykke,Samtykke utløper',
        'own,Plakat,PressReader,web-16x9,nb,own.png,Foto: NTB,gitt,',
        `elsewhere,Plakat,PressReader,web-16x9,nb,${secureBase.replace('127.0.0.1', 'localhost')}/cdn/elsewhere.png,Foto: NTB,gitt,`,
      ].join('\n'),
    ),
  '/media/own.png': (_q, r) => r.writeHead(200, { 'content-type': 'image/png' }).end(PNG),
  '/cdn/elsewhere.png': (_q, r) => r.writeHead(200, { 'content-type': 'image/png' }).end(PNG),
};
let PNG: Buffer;
const previousTlsSetting = process.env.NODE_TLS_REJECT_UNAUTHORIZED;

beforeAll(async () => {
  PNG = await sharp({ create: { width: 64, height: 36, channels: 3, background: '#0b3d91' } }).png().toBuffer();
  const directory = mkdtempSync(join(tmpdir(), 'tls-'));
  const made = spawnSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', join(directory, 'key.pem'), '-out', join(directory, 'cert.pem'), '-days', '1', '-subj', '/CN=127.0.0.1', '-addext', 'subjectAltName=IP:127.0.0.1,DNS:localhost'], { encoding: 'utf8' });
  if (made.status !== 0 || !existsSync(join(directory, 'cert.pem'))) return;
  secureServer = createHttpsServer({ key: readFileSync(join(directory, 'key.pem')), cert: readFileSync(join(directory, 'cert.pem')) }, (request, response) => {
    const path = new URL(request.url!, 'https://x').pathname;
    secureHits.push({ host: request.headers.host ?? '', path, authorization: request.headers.authorization, apiKey: request.headers['x-api-key'] as string | undefined });
    const route = secureRoutes[path];
    if (route) route(request, response, 1);
    else response.writeHead(404).end();
  }) as unknown as Server;
  await new Promise<void>((resolve) => secureServer!.listen(0, '127.0.0.1', resolve));
  secureBase = `https://127.0.0.1:${(secureServer.address() as AddressInfo).port}`;
  // The certificate is self-signed: trusted for this test file's process only, restored after.
  process.env.NODE_TLS_REJECT_UNAUTHORIZED = '0';
});
afterAll(async () => {
  if (previousTlsSetting === undefined) delete process.env.NODE_TLS_REJECT_UNAUTHORIZED;
  else process.env.NODE_TLS_REJECT_UNAUTHORIZED = previousTlsSetting;
  await new Promise<void>((resolve) => (secureServer ? secureServer.close(() => resolve()) : resolve()));
});
beforeEach(() => {
  hits.clear();
  authorizations.length = 0;
  secureHits.length = 0;
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

describe('credentials go only to their origin', () => {
  const withTls = () => secureServer !== undefined;

  it('sends the credential again on a redirect within its origin', async () => {
    await downloadSource(`${base}/to-same-origin.csv`, quick);
    expect(authorizations).toEqual([`Bearer ${TOKEN}`, `Bearer ${TOKEN}`]);
  });

  it('follows a redirect to another origin without the token or the custom header', async (context) => {
    if (!withTls()) context.skip('openssl is needed for the https origin');
    for (const credential of [{ token: TOKEN }, { header: `X-Api-Key: ${TOKEN}` }]) {
      secureHits.length = 0;
      logs.length = 0;
      const download = await downloadSource(`${base}/to-other-origin.csv`, { ...quick, credential });
      expect(Buffer.from(download.bytes).equals(CSV)).toBe(true);
      expect(secureHits).toHaveLength(1);
      expect(secureHits[0]).toMatchObject({ path: '/export.csv', authorization: undefined, apiKey: undefined });
      expect(logs.join('\n')).toMatch(/redirected to another origin .*following without the credential/);
      expect(logs.join('\n')).not.toContain(TOKEN);
    }
  });

  it('refuses a redirect from https to plain http, sending nothing there', async (context) => {
    if (!withTls()) context.skip('openssl is needed for the https origin');
    for (const credential of [{ token: TOKEN }, { header: `X-Api-Key: ${TOKEN}` }]) {
      const error = await downloadSource(`${secureBase}/to-http.csv`, { ...quick, credential, allowInsecureLoopback: false }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(SourceUnreachableError);
      expect((error as Error).message).toMatch(/redirected to http .*refused, the download and its credential must stay on https/);
      expect((error as Error).message).not.toContain(TOKEN);
    }
    expect(hits.get('/export.csv')).toBeUndefined();
    expect(authorizations).toEqual([]);
  });

  it('gives up on a redirect loop', async () => {
    expect(await failure('/redirect-loop.csv', { ...quick, attempts: 1 })).toMatch(/redirected more than 5 times/);
  });

  it('sends the media-bank token to the manifest\'s origin only, never to a host an asset URL names', async (context) => {
    if (!withTls()) context.skip('openssl is needed for the https origin');
    const directory = mkdtempSync(join(tmpdir(), 'campaign-credentials-'));
    const index = await buildCampaign({
      manifest: `${secureBase}/media/manifest.csv`,
      demoManifestPath: join(directory, 'not-the-demo.csv'),
      outputDirectory: join(directory, 'out'),
      previewCacheDirectory: join(directory, 'cache'),
      services: [{ id: 'pressreader', slug: 'pressreader', name: 'PressReader' }],
      buildDate: '2026-11-25',
      download: { ...quick, credential: { token: TOKEN } },
    });
    expect(index.assets.map((a) => a.id).sort()).toEqual(['elsewhere', 'own']);
    const byPath = new Map(secureHits.map((h) => [h.path, h]));
    expect(byPath.get('/media/manifest.csv')).toMatchObject({ host: secureBase.replace('https://', ''), authorization: `Bearer ${TOKEN}` });
    expect(byPath.get('/media/own.png')).toMatchObject({ authorization: `Bearer ${TOKEN}` });
    expect(byPath.get('/cdn/elsewhere.png')?.host).toMatch(/^localhost:/);
    expect(byPath.get('/cdn/elsewhere.png')?.authorization).toBeUndefined();
  });
});

describe('downloads are bounded', () => {
  it('refuses a body whose Content-Length is over the limit without reading it', async () => {
    const message = await failure('/huge-declared.csv', { ...quick, maxBytes: 1024 * 1024 });
    expect(message).toMatch(/is 50\.0 MB, more than the limit of 1\.0 MB \(HHH_MAX_SOURCE_MB\)/);
    expect(hits.get('/huge-declared.csv')).toBe(1);
  });

  it('stops reading an endless body as soon as it passes the limit', async () => {
    // The timeout is far away: the limit, not the clock, ends it.
    const message = await failure('/endless.csv', { ...quick, maxBytes: 2 * 1024 * 1024, timeoutMs: 60_000 });
    expect(message).toMatch(/over 2\.0 MB, more than the limit of 2\.0 MB/);
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
