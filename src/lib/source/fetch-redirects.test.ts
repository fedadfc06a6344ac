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
    '/to-file.csv': (_q, r) => r.writeHead(302, { location: 'file:///etc/passwd' }).end(),
    '/to-metadata.csv': (_q, r) => r.writeHead(302, { location: 'https://169.254.169.254/latest/meta-data/' }).end(),
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
    await downloadSource(`${secure.base}/to-localhost.csv`, { ...quick, allowInsecureLoopback: false, allowedHosts: ['127.0.0.1', 'localhost'] });
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

describe('where a download may go (host-policy.ts)', () => {
  const refusal = (address: string, options: Parameters<typeof downloadSource>[1]) =>
    downloadSource(address, { ...quick, attempts: 1, ...options }).then(
      () => new Error('expected a refusal'),
      (e: unknown) => e as Error,
    );

  it('refuses a redirect to a host the configuration does not name, sending nothing there', async (context) => {
    if (!secure) return context.skip('openssl is needed for the https origin');
    const error = await refusal(`${secure.base}/to-localhost.csv`, { allowInsecureLoopback: false });
    expect(error).toBeInstanceOf(SourceUnreachableError);
    expect(error.message).toMatch(
      /refusing to fetch from https:\/\/localhost:\d+ \(a redirect from https:\/\/127\.0\.0\.1:\d+\): the host localhost is not one the configuration names .*HHH_FETCH_HOSTS/,
    );
    expect(secure.hits.map((h) => h.host.split(':')[0])).toEqual(['127.0.0.1']);
  });

  it('follows it once HHH_FETCH_HOSTS names the host', async (context) => {
    if (!secure) return context.skip('openssl is needed for the https origin');
    const download = await downloadSource(`${secure.base}/to-localhost.csv`, { ...quick, env: { HHH_FETCH_HOSTS: 'example.org, LOCALHOST' } });
    expect(Buffer.from(download.bytes).equals(CSV)).toBe(true);
  });

  it('refuses loopback unless allowed, before any request', async () => {
    const error = await refusal(`${plain.base}/export.csv`, { allowPrivateAddresses: false });
    expect(error).toBeInstanceOf(SourceUnreachableError);
    expect(error.message).toMatch(
      /the host 127\.0\.0\.1 resolves to 127\.0\.0\.1, a loopback, private, link-local or other special address \(HHH_FETCH_ALLOW_PRIVATE=1 allows it\)/,
    );
    expect(plain.hits).toEqual([]);
    // The setting that allows it.
    await downloadSource(`${plain.base}/export.csv`, { ...quick, allowPrivateAddresses: undefined, env: { HHH_FETCH_ALLOW_PRIVATE: '1' } });
  });

  it('checks the address a name resolves to, not only the name', async () => {
    for (const address of ['10.1.2.3', '172.20.0.1', '192.168.1.1', '169.254.169.254', '::1', 'fd00::1', 'fe80::1', '::ffff:127.0.0.1']) {
      const error = await refusal('https://bank.example/manifest.csv', {
        allowPrivateAddresses: false,
        resolve: async () => ['93.184.216.34', address],
      });
      expect(error.message, address).toContain(`the host bank.example resolves to ${address}`);
    }
  });

  it('refuses a redirect to file: or to the cloud metadata address', async () => {
    expect((await refusal(`${plain.base}/to-file.csv`, {})).message).toMatch(/redirected to file .*refused/);
    const unnamed = await refusal(`${plain.base}/to-metadata.csv`, {});
    expect(unnamed.message).toMatch(/the host 169\.254\.169\.254 is not one the configuration names/);
  });
});
