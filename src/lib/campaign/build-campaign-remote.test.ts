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

function build(extra: { maxOriginalBytes?: number } = {}) {
  const directory = mkdtempSync(join(tmpdir(), 'campaign-remote-'));
  return buildCampaign({
    manifest: `${server!.base}/media/manifest.csv`,
    demoManifestPath: join(directory, 'not-the-demo.csv'),
    outputDirectory: join(directory, 'out'),
    previewCacheDirectory: join(directory, 'cache'),
    services: [{ id: 'pressreader', slug: 'pressreader', name: 'PressReader' }],
    buildDate: '2026-11-25',
    download: { ...quickDownload([]), credential: { token: TEST_TOKEN } },
    ...extra,
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
