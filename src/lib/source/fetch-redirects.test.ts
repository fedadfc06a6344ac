/**
 * A credential goes only to the origin it was given for: redirects are followed hop by hop, a hop
 * to another origin goes without the credential, a hop from https to plain http is refused.
 * Against a plain-http server on loopback and a real https server (test-servers.ts).
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { downloadSource, SourceUnreachableError } from './fetch';
import { quickDownload, startServer, startTlsServer, TEST_TOKEN, type TestServer } from './test-servers';

const CSV = Buffer.from('Medlem,Produkt,Status\nOslo bibliotek,Filmbib,Bekreftet\n');
let plain: TestServer;
let secure: TestServer | undefined;

beforeAll(async () => {
  plain = await startServer({
    '/export.csv': (_q, r) => r.writeHead(200, { 'content-type': 'text/csv' }).end(CSV),
    '/to-same-origin.csv': (_q, r) => r.writeHead(302, { location: '/export.csv' }).end(),
    '/to-other-origin.csv': (_q, r) => r.writeHead(307, { location: `${secure?.base}/export.csv` }).end(),
    '/to-nowhere.csv': (_q, r) => r.writeHead(302).end(),
    '/redirect-loop.csv': (_q, r) => r.writeHead(302, { location: '/redirect-loop.csv' }).end(),
  });
  secure = await startTlsServer({
    '/export.csv': (_q, r) => r.writeHead(200, { 'content-type': 'text/csv' }).end(CSV),
    '/to-http.csv': (_q, r) => r.writeHead(302, { location: `${plain.base}/export.csv` }).end(),
    '/to-localhost.csv': (_q, r) => r.writeHead(301, { location: `${secure!.base.replace('127.0.0.1', 'localhost')}/export.csv` }).end(),
  });
});
afterAll(async () => {
  await plain?.close();
  await secure?.close();
});
const logs: string[] = [];
const quick = quickDownload(logs);
beforeEach(() => {
  plain.hits.length = 0;
  if (secure) secure.hits.length = 0;
  logs.length = 0;
});
const credentials = [{ token: TEST_TOKEN }, { header: `X-Api-Key: ${TEST_TOKEN}` }];

describe('credentials go only to their origin', () => {
  it('sends the credential again on a redirect within its origin', async () => {
    await downloadSource(`${plain.base}/to-same-origin.csv`, quick);
    expect(plain.hits.map((h) => [h.path, h.authorization])).toEqual([
      ['/to-same-origin.csv', `Bearer ${TEST_TOKEN}`],
      ['/export.csv', `Bearer ${TEST_TOKEN}`],
    ]);
  });

  it('follows a redirect to another origin without the token or the custom header', async (context) => {
    if (!secure) return context.skip('openssl is needed for the https origin');
    for (const credential of credentials) {
      secure.hits.length = 0;
      logs.length = 0;
      const download = await downloadSource(`${plain.base}/to-other-origin.csv`, { ...quick, credential });
      expect(Buffer.from(download.bytes).equals(CSV)).toBe(true);
      expect(secure.hits).toHaveLength(1);
      expect(secure.hits[0]).toMatchObject({ path: '/export.csv', authorization: undefined, apiKey: undefined });
      expect(logs.join('\n')).toMatch(/redirected to another origin .*following without the credential/);
      expect(logs.join('\n')).not.toContain(TEST_TOKEN);
    }
  });

  it('counts another host name for the same address as another origin', async (context) => {
    if (!secure) return context.skip('openssl is needed for the https origin');
    await downloadSource(`${secure.base}/to-localhost.csv`, { ...quick, allowInsecureLoopback: false });
    expect(secure.hits.map((h) => [h.host.split(':')[0], h.authorization])).toEqual([
      ['127.0.0.1', `Bearer ${TEST_TOKEN}`],
      ['localhost', undefined],
    ]);
  });

  it('sends nothing to a redirect target outside the credential origin it was given', async (context) => {
    if (!secure) return context.skip('openssl is needed for the https origin');
    await downloadSource(`${secure.base}/export.csv`, { ...quick, credentialOrigin: 'https://bank.example' });
    expect(secure.hits.map((h) => h.authorization)).toEqual([undefined]);
  });

  it('refuses a redirect from https to plain http, sending nothing there', async (context) => {
    if (!secure) return context.skip('openssl is needed for the https origin');
    for (const credential of credentials) {
      const error = await downloadSource(`${secure.base}/to-http.csv`, { ...quick, credential, allowInsecureLoopback: false }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(SourceUnreachableError);
      expect((error as Error).message).toMatch(/redirected to http .*refused, the download and its credential must stay on https/);
      expect((error as Error).message).not.toContain(TEST_TOKEN);
    }
    expect(plain.hits).toEqual([]);
  });

  it('gives up on a redirect loop, and on a redirect that does not say where to', async () => {
    const fail = (path: string) =>
      downloadSource(`${plain.base}${path}`, { ...quick, attempts: 1 }).then(
        () => new Error('expected a refusal'),
        (e: unknown) => e as Error,
      );
    expect((await fail('/redirect-loop.csv')).message).toMatch(/redirected more than 5 times/);
    expect((await fail('/to-nowhere.csv')).message).toMatch(/answered a redirect \(HTTP 302\) without saying where to/);
  });
});
