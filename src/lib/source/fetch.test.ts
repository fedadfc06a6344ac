/**
 * Contract tests of the download against a real HTTP server on 127.0.0.1 that plays the ordering
 * system: refused credentials, rate limits, server errors, a slow answer, a truncated body, a
 * login page, and bodies larger than the limit. Redirects: fetch-redirects.test.ts.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { downloadSource, makeRedactor, parseRetryAfter, SourceUnreachableError, type DownloadOptions } from './fetch';
import { quickDownload, startServer, TEST_TOKEN, type Handler, type TestServer } from './test-servers';

const CSV = Buffer.from('Medlem,Produkt,Status\nOslo bibliotek,Filmbib,Bekreftet\n');
const routes: Record<string, Handler> = {
  '/export.csv': (_q, r) => r.writeHead(200, { 'content-type': 'text/csv' }).end(CSV),
  '/unauthorised.csv': (_q, r) => r.writeHead(401).end('no'),
  '/rate-limited.csv': (_q, r, hit) => (hit === 1 ? r.writeHead(429, { 'retry-after': '1' }).end() : r.writeHead(200).end(CSV)),
  '/always-rate-limited.csv': (_q, r) => r.writeHead(429, { 'retry-after': '3600' }).end(),
  '/flaky.csv': (_q, r, hit) => (hit === 1 ? r.writeHead(500).end('oops') : r.writeHead(200).end(CSV)),
  '/down.csv': (_q, r) => r.writeHead(503).end(),
  '/slow.csv': (_q, r) => setTimeout(() => r.writeHead(200).end(CSV), 1500),
  '/truncated.csv': (_q, r) => {
    r.writeHead(200, { 'content-length': String(CSV.length + 1000) });
    r.write(CSV);
    setTimeout(() => r.socket?.destroy(), 20);
  },
  '/login.csv': (_q, r) =>
    r.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end('<!DOCTYPE html><html><body><form>Logg inn</form></body></html>'),
  '/login-disguised.csv': (_q, r) => r.writeHead(200, { 'content-type': 'text/csv' }).end('\n  <html><head><title>Sign in</title></head><body></body></html>'),
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
  },
};

let server: TestServer;
beforeAll(async () => {
  server = await startServer(routes);
});
afterAll(() => server?.close());
const logs: string[] = [];
const quick = quickDownload(logs);
beforeEach(() => {
  server.hits.length = 0;
  logs.length = 0;
});

async function failure(path: string, options: DownloadOptions = quick): Promise<string> {
  const error = await downloadSource(`${server.base}${path}?key=${TEST_TOKEN}`, options).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(SourceUnreachableError);
  const message = (error as Error).message;
  expect(message).not.toContain(TEST_TOKEN);
  return message;
}

describe('downloadSource', () => {
  it('fetches a CSV with the token as a Bearer header', async () => {
    const download = await downloadSource(`${server.base}/export.csv`, quick);
    expect(Buffer.from(download.bytes).equals(CSV)).toBe(true);
    expect(download.name).toBe('export.csv');
    expect(server.hits.map((h) => h.authorization)).toEqual([`Bearer ${TEST_TOKEN}`]);
  });

  it('sends a custom header instead when configured', async () => {
    await downloadSource(`${server.base}/export.csv`, { ...quick, credential: { header: `X-Api-Key: ${TEST_TOKEN}` } });
    expect(server.hits.map((h) => [h.apiKey, h.authorization])).toEqual([[TEST_TOKEN, undefined]]);
  });

  it('shows the URL by its origin only, and names the file by its decoded last segment when it looks like a file name', async () => {
    routes['/my%20export.csv'] = routes['/export.csv']!;
    const download = await downloadSource(`${server.base}/my%20export.csv?key=${TEST_TOKEN}`, quick);
    expect(download.origin).toBe(server.base);
    expect(download.name).toBe('my export.csv');
  });

  it('reports refused credentials at once, without retrying, naming the setting to check', async () => {
    expect(await failure('/unauthorised.csv', { ...quick, credentialSetting: 'HHH_SOURCE_TOKEN' })).toMatch(
      /refused the credentials \(HTTP 401\): check HHH_SOURCE_TOKEN/,
    );
    expect(server.count('/unauthorised.csv')).toBe(1);
  });

  it('waits as long as Retry-After says on 429, then succeeds', async () => {
    const waits: number[] = [];
    const download = await downloadSource(`${server.base}/rate-limited.csv`, { ...quick, sleep: async (ms) => void waits.push(ms) });
    expect(download.bytes.length).toBe(CSV.length);
    expect(waits).toEqual([1000]);
  });

  it('gives up when Retry-After asks for longer than it will wait', async () => {
    expect(await failure('/always-rate-limited.csv')).toMatch(/asked to retry after 3600 s/);
  });

  it('retries a 500 with backoff and then succeeds', async () => {
    const waits: number[] = [];
    await downloadSource(`${server.base}/flaky.csv`, { ...quick, sleep: async (ms) => void waits.push(ms) });
    expect(server.count('/flaky.csv')).toBe(2);
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

  it('refuses plain http outside loopback before sending anything, and never prints the token', async () => {
    const message = await failure('/export.csv', { ...quick, allowInsecureLoopback: false });
    expect(message).toMatch(/must use https/);
    expect(server.hits).toEqual([]);
    expect(logs.join('\n')).not.toContain(TEST_TOKEN);
  });

  it('does not leak the token or the query string in retry logs, which name who downloads', async () => {
    await failure('/down.csv', { ...quick, logLabel: 'campaign' });
    expect(logs.length).toBeGreaterThan(0);
    expect(logs.every((line) => line.startsWith('campaign: '))).toBe(true);
    expect(logs.join('\n')).not.toContain(TEST_TOKEN);
  });
});

describe('downloads are bounded', () => {
  it('refuses a body whose Content-Length is over the limit without reading it, naming the setting', async () => {
    const message = await failure('/huge-declared.csv', { ...quick, maxBytes: 1024 * 1024, maxBytesSetting: 'HHH_MAX_SOURCE_MB' });
    expect(message).toMatch(/is 50\.0 MB, more than the limit of 1\.0 MB \(HHH_MAX_SOURCE_MB\)/);
    expect(server.count('/huge-declared.csv')).toBe(1);
  });

  it('stops reading an endless body as soon as it passes the limit', async () => {
    // The timeout is far away: the limit, not the clock, ends it.
    const message = await failure('/endless.csv', { ...quick, maxBytes: 2 * 1024 * 1024, timeoutMs: 60_000 });
    expect(message).toMatch(/over 2\.0 MB, more than the limit of 2\.0 MB; nothing more was read/);
  });
});

describe('makeRedactor', () => {
  it('hides a credential of any length, three characters too, and shortens every address in a message to its origin', () => {
    const redact = makeRedactor({ token: 'k7Q', header: 'X-Api-Key: z9' }, new URL('https://u:pw3@host.example/s/key/export.csv?sig=abc'));
    const said = redact(
      'sent k7Q and z9 to https://u:pw3@host.example/s/key/export.csv?sig=abc; then (https://cdn.example/signed/xyz/file.csv). Also http://other.example:8080/a/b.',
    );
    expect(said).toBe('sent *** and *** to https://host.example; then (https://cdn.example). Also http://other.example:8080.');
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
