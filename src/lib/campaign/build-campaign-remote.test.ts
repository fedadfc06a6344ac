/**
 * The campaign from a media bank on https (test-servers.ts): its token goes to the manifest's
 * origin only, whatever host an asset URL names (also for a withdrawn asset, whose file is read
 * only to compare its bytes), and a remote original is bounded like a local one.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { SourceUnreachableError } from '../source/fetch';
import { InvalidInputError } from '../source/problems';
import { quickDownload, startTlsServer, TEST_TOKEN, type TestServer } from '../source/test-servers';
import { buildCampaign } from './build-campaign';
import { campaignFailure } from './failure';

// Built from parts so no secret-looking literal sits in the repository.
const MANIFEST_KEY = 'manifest-path-' + 'key-5d1e';
const ROW_KEY = 'row-path-' + 'key-8c2f';
const ROW_QUERY = 'row-query-' + 'sig-3a7b';
const ROW_PASSWORD = 'Q' + 'x7';
const HEADER = 'Asset-ID,Tittel,Tjenester,Format,Språk,Fil,Kreditering,Samtykke,Samtykke utløper';
let PNG: Buffer;
let OTHER_PNG: Buffer;
let server: TestServer | undefined;
let rows: string[] = [];
/** The same server under another host name: another origin. */
const elsewhere = () => server!.base.replace('127.0.0.1', 'localhost');

beforeAll(async () => {
  PNG = await sharp({ create: { width: 64, height: 36, channels: 3, background: '#0b3d91' } })
    .png()
    .toBuffer();
  // Another picture: the same bytes as a withdrawn file would be left out under every row.
  OTHER_PNG = await sharp({ create: { width: 64, height: 36, channels: 3, background: '#ff0000' } })
    .png()
    .toBuffer();
  const png = (_q: unknown, r: import('node:http').ServerResponse) => r.writeHead(200, { 'content-type': 'image/png' }).end(PNG);
  server = await startTlsServer({
    '/media/manifest.csv': (_q, r) => r.writeHead(200, { 'content-type': 'text/csv' }).end([HEADER, ...rows].join('\n')),
    [`/bank/${MANIFEST_KEY}/manifest.csv`]: (_q, r) => r.writeHead(200, { 'content-type': 'text/csv' }).end([HEADER, ...rows].join('\n')),
    [`/bank/${MANIFEST_KEY}/own.png`]: png,
    '/media/own.png': png,
    '/cdn/elsewhere.png': png,
    '/cdn/withdrawn.png': (_q, r) => r.writeHead(200, { 'content-type': 'image/png' }).end(OTHER_PNG),
    '/media/refused.csv': (_q, r) => r.writeHead(401).end(),
    '/media/to-file.csv': (_q, r) => r.writeHead(302, { location: 'file:///etc/passwd' }).end(),
    '/media/garbage.csv': (_q, r) => r.writeHead(200, { 'content-type': 'text/csv' }).end('\u0000\u0001PK\u0003\u0004 not a table'),
    '/media/to-localhost.png': (_q, r) => r.writeHead(302, { location: `${elsewhere()}/cdn/elsewhere.png` }).end(),
    '/media/huge.png': (_q, r) => {
      r.writeHead(200, { 'content-type': 'image/png', 'content-length': String(5 * 1024 * 1024) });
      r.write(PNG);
      setTimeout(() => r.destroy(), 200);
    },
  });
});
afterAll(() => server?.close());
beforeEach(() => {
  if (server) server.hits.length = 0;
});

function build(extra: { maxOriginalBytes?: number; manifest?: string; env?: NodeJS.ProcessEnv; logs?: string[] } = {}) {
  const directory = mkdtempSync(join(tmpdir(), 'campaign-remote-'));
  const { env = { HHH_FETCH_HOSTS: 'localhost' }, logs = [], ...rest } = extra;
  return buildCampaign({
    manifest: `${server!.base}/media/manifest.csv`,
    demoManifestPath: join(directory, 'not-the-demo.csv'),
    outputDirectory: join(directory, 'out'),
    previewCacheDirectory: join(directory, 'cache'),
    services: [{ id: 'pressreader', slug: 'pressreader', name: 'PressReader' }],
    buildDate: '2026-11-25',
    download: { ...quickDownload(logs), credential: { token: TEST_TOKEN }, env },
    log: (line) => logs.push(line),
    ...rest,
  });
}

describe('the media bank over https', () => {
  it("sends the media-bank token to the manifest's origin only, never to a host an asset URL names (one HHH_FETCH_HOSTS allows)", async (context) => {
    if (!server) return context.skip('openssl is needed for the https origin');
    rows = [
      'own,Plakat,PressReader,web-16x9,nb,own.png,Foto: NTB,gitt,',
      `elsewhere,Plakat,PressReader,web-16x9,nb,${elsewhere()}/cdn/elsewhere.png,Foto: NTB,gitt,`,
      `gone,Plakat,PressReader,web-16x9,nb,${elsewhere()}/cdn/withdrawn.png,Foto: NTB,trukket,`,
    ];
    const index = await build();
    expect(index.assets.map((a) => a.id).sort()).toEqual(['elsewhere', 'own']);
    const byPath = new Map(server.hits.map((h) => [h.path, h]));
    expect(byPath.get('/media/manifest.csv')).toMatchObject({ host: server.base.replace('https://', ''), authorization: `Bearer ${TEST_TOKEN}` });
    expect(byPath.get('/media/own.png')).toMatchObject({ authorization: `Bearer ${TEST_TOKEN}` });
    for (const path of ['/cdn/elsewhere.png', '/cdn/withdrawn.png']) {
      expect(byPath.get(path)?.host, path).toMatch(/^localhost:/);
      expect(byPath.get(path)?.authorization, path).toBeUndefined();
    }
  });

  it('refuses a remote original over the size limit without reading it, naming the row', async (context) => {
    if (!server) return context.skip('openssl is needed for the https origin');
    rows = ['huge,Plakat,PressReader,web-16x9,nb,huge.png,Foto: NTB,gitt,'];
    const error = await build({ maxOriginalBytes: 1024 * 1024 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidInputError);
    expect((error as Error).message).toMatch(
      /manifest\.csv, row 2, column "Fil": the file "huge\.png" could not be read as an image: .*is 5\.0 MB, more than the limit of 1\.0 MB/,
    );
    expect((error as Error).message).not.toContain(TEST_TOKEN);
  });
});

describe('where the media bank may send the build (host-policy.ts)', () => {
  it('refuses an asset URL, or a redirect, to a host the configuration does not name, naming the row and fetching nothing there', async (context) => {
    if (!server) return context.skip('openssl is needed for the https origin');
    rows = [
      'own,Plakat,PressReader,web-16x9,nb,own.png,Foto: NTB,gitt,',
      `elsewhere,Plakat,PressReader,web-16x9,nb,${elsewhere()}/cdn/elsewhere.png,Foto: NTB,gitt,`,
      'hop,Plakat,PressReader,web-16x9,nb,to-localhost.png,Foto: NTB,gitt,',
    ];
    const error = await build({ env: {} }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidInputError);
    expect((error as Error).message).toMatch(
      /row 3, column "Fil": the file "https:\/\/localhost:\d+\/…" could not be read as an image: .*the host localhost is not one the configuration names/,
    );
    expect((error as Error).message).toMatch(
      /row 4, column "Fil": the file "to-localhost\.png" could not be read as an image: .*a redirect from .*the host localhost is not one/,
    );
    expect(server.hits.filter((h) => h.host.startsWith('localhost'))).toEqual([]);
  });

  it('refuses the loopback media bank itself unless private addresses are allowed', async (context) => {
    if (!server) return context.skip('openssl is needed for the https origin');
    rows = ['own,Plakat,PressReader,web-16x9,nb,own.png,Foto: NTB,gitt,'];
    const directory = mkdtempSync(join(tmpdir(), 'campaign-remote-'));
    const error = await buildCampaign({
      manifest: `${server.base}/media/manifest.csv`,
      demoManifestPath: join(directory, 'x.csv'),
      outputDirectory: join(directory, 'out'),
      previewCacheDirectory: join(directory, 'cache'),
      services: [{ id: 'pressreader', slug: 'pressreader', name: 'PressReader' }],
      buildDate: '2026-11-25',
      download: { ...quickDownload([]), allowPrivateAddresses: false },
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SourceUnreachableError);
    expect(campaignFailure(error)).toMatchObject({ code: 3, message: expect.stringMatching(/resolves to 127\.0\.0\.1, a loopback/) });
    expect(server.hits).toEqual([]);
  });
});

describe('a manifest that fails is an exit 2 or 3 with a message, never a stack trace', () => {
  const failureOf = async (path: string) =>
    campaignFailure(
      await build({ manifest: `${server!.base}/media/${path}` }).then(
        () => new Error('expected a failure'),
        (e: unknown) => e,
      ),
    );

  it('exits 3 when the media bank refuses the token (HTTP 401), naming the setting', async (context) => {
    if (!server) return context.skip('openssl is needed for the https origin');
    const failure = await failureOf('refused.csv');
    expect(failure.code).toBe(3);
    expect(failure.message).toMatch(/^build: the campaign material could not be fetched: .*refused the credentials \(HTTP 401\)/);
    expect(failure.message).not.toMatch(/\n\s+at /);
    expect(failure.message).not.toContain(TEST_TOKEN);
  });

  it('exits 3 when the manifest redirects to file:', async (context) => {
    if (!server) return context.skip('openssl is needed for the https origin');
    const failure = await failureOf('to-file.csv');
    expect(failure).toMatchObject({ code: 3, message: expect.stringMatching(/redirected to file .*refused/) });
  });

  it('exits 2 for a manifest that is not a table, naming it', async (context) => {
    if (!server) return context.skip('openssl is needed for the https origin');
    const failure = await failureOf('garbage.csv');
    expect(failure.code).toBe(2);
    expect(failure.message).toMatch(/^build: the campaign manifest is invalid:\ngarbage\.csv/);
  });
});

describe('an https file in a local manifest (a documented option)', () => {
  it("is fetched from a host the configuration names, without the media bank's token, and published", async (context) => {
    if (!server) return context.skip('openssl is needed for the https origin');
    const directory = mkdtempSync(join(tmpdir(), 'campaign-local-https-'));
    const manifest = join(directory, 'manifest.csv');
    writeFileSync(manifest, [HEADER, `remote,Plakat,PressReader,web-16x9,nb,${server.base}/media/own.png,Foto: NTB,gitt,`].join('\n'));
    const options = {
      manifest,
      demoManifestPath: join(directory, 'not-the-demo.csv'),
      outputDirectory: join(directory, 'out'),
      previewCacheDirectory: join(directory, 'cache'),
      services: [{ id: 'pressreader', slug: 'pressreader', name: 'PressReader' }],
      buildDate: '2026-11-25',
    };
    const index = await buildCampaign({ ...options, download: { ...quickDownload([]), env: { HHH_FETCH_HOSTS: '127.0.0.1' } } });
    expect(index.assets.map((a) => a.id)).toEqual(['remote']);
    expect(server.hits.map((h) => [h.path, h.authorization])).toEqual([['/media/own.png', undefined]]);
    // Without the host in the configuration: the row, not a crash.
    const error = await buildCampaign({ ...options, download: { ...quickDownload([]), env: {} } }).catch((e: unknown) => e);
    expect(campaignFailure(error)).toMatchObject({
      code: 2,
      message: expect.stringMatching(/manifest\.csv, row 2, column "Fil": .*the host 127\.0\.0\.1 is not one the configuration names/),
    });
  });
});

describe("the media bank's addresses", () => {
  it("never reach the log or the campaign index: a manifest URL path, a row's path, query and password (three characters)", async (context) => {
    if (!server) return context.skip('openssl is needed for the https origin');
    rows = [
      'own,Plakat,PressReader,web-16x9,nb,own.png,Foto: NTB,gitt,',
      `password,Plakat,PressReader,web-16x9,nb,${server.base.replace('https://', `https://u:${ROW_PASSWORD}@`)}/media/own.png,Foto: NTB,gitt,`,
      `missing,Plakat,PressReader,web-16x9,nb,${server.base}/bank/${ROW_KEY}/missing.png?sig=${ROW_QUERY},Foto: NTB,gitt,`,
      `withdrawn,Plakat,PressReader,web-16x9,nb,${elsewhere()}/bank/${ROW_KEY}/gone.png?sig=${ROW_QUERY},Foto: NTB,trukket,`,
    ];
    const logs: string[] = [];
    const error = await build({ manifest: `${server.base}/bank/${MANIFEST_KEY}/manifest.csv`, logs }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidInputError);
    const message = (error as InvalidInputError).problems.map((p) => `${p.file} ${p.row} ${p.message}`).join('\n');
    expect(message).toMatch(/^manifest\.csv 3 the file "https:\/\/127\.0\.0\.1:\d+\/…" could not be read/m);
    expect(message).toContain(server.base);
    const everything = [message, ...logs].join('\n');
    for (const secret of [MANIFEST_KEY, ROW_KEY, ROW_QUERY, ROW_PASSWORD]) expect(everything, secret).not.toContain(secret);
    // A build that succeeds publishes nothing of them either.
    rows = [rows[0]!, rows[3]!];
    const index = await build({ manifest: `${server.base}/bank/${MANIFEST_KEY}/manifest.csv`, logs });
    expect(index.assets.map((a) => a.id)).toEqual(['own']);
    const published = [JSON.stringify(index), ...logs].join('\n');
    for (const secret of [MANIFEST_KEY, ROW_KEY, ROW_QUERY, ROW_PASSWORD]) expect(published, secret).not.toContain(secret);
  });
});
