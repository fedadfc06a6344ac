/**
 * The campaign from a media bank on https (test-servers.ts): its token goes to the manifest's
 * origin only, whatever host an asset URL names (also for a withdrawn asset, whose file is read
 * only to compare its bytes), and a remote original is bounded like a local one.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { InvalidInputError } from '../source/problems';
import { quickDownload, startTlsServer, TEST_TOKEN, type TestServer } from '../source/test-servers';
import { buildCampaign } from './build-campaign';

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

function build(extra: { maxOriginalBytes?: number; manifest?: string; logs?: string[] } = {}) {
  const directory = mkdtempSync(join(tmpdir(), 'campaign-remote-'));
  const { logs = [], ...rest } = extra;
  return buildCampaign({
    manifest: `${server!.base}/media/manifest.csv`,
    demoManifestPath: join(directory, 'not-the-demo.csv'),
    outputDirectory: join(directory, 'out'),
    previewCacheDirectory: join(directory, 'cache'),
    services: [{ id: 'pressreader', slug: 'pressreader', name: 'PressReader' }],
    buildDate: '2026-11-25',
    download: { ...quickDownload(logs), credential: { token: TEST_TOKEN } },
    log: (line) => logs.push(line),
    ...rest,
  });
}

describe('the media bank over https', () => {
  it("sends the media-bank token to the manifest's origin only, never to a host an asset URL names", async (context) => {
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
