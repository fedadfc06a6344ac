/**
 * Fuzz by class (issue 29): generated hostile campaign input, seeded so a failure can be replayed.
 * Every case ends in published material that carries nothing personal and nothing from outside
 * the media folder, or in a documented refusal (exit 2 or 3 with the row, never a crash):
 * metadata-laden originals of every type, symbolic links, colliding and overlong ids, backslash
 * paths, redirects to other hosts, loopback, private addresses and other schemes, and a media
 * bank answering errors.
 */
import { mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import type { ServerResponse } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { crc32 } from 'node:zlib';
import { unzipSync } from 'fflate';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { relativeFilesUnder } from '../files';
import { findImageMetadata } from '../images/image-metadata';
import { pick, seededRandom, type Random } from '../demo/random';
import { downloadSource, SourceUnreachableError } from '../source/fetch';
import { isSpecialAddress, refusalFor } from '../source/host-policy';
import { InvalidInputError } from '../source/problems';
import { quickDownload, startServer, TEST_TOKEN, type TestServer } from '../source/test-servers';
import { PUBLISHED_TYPES, type PublishedType } from './asset-type';
import { buildCampaign, CAMPAIGN_URL } from './build-campaign';
import { campaignFailure } from './failure';
import { carriesPersonal, metadataLadenImage } from './hostile-media';

const HEADER = 'Asset-ID,Tittel,Tjenester,Format,Språk,Fil,Kreditering,Samtykke,Samtykke utløper';
const SERVICES = [{ id: 'pressreader', slug: 'pressreader', name: 'PressReader' }];
const SEED = 2911;
let PNG: Buffer;

beforeAll(async () => {
  PNG = await sharp({ create: { width: 40, height: 30, channels: 3, background: '#0b3d91' } })
    .png()
    .toBuffer();
});

function folder(): string {
  const directory = mkdtempSync(join(tmpdir(), 'campaign-fuzz-'));
  mkdirSync(join(directory, 'media'));
  return directory;
}

function build(directory: string, rows: string[], manifest = join(directory, 'media', 'manifest.csv'), download = quickDownload([])) {
  if (!/^https?:/.test(manifest)) writeFileSync(manifest, [HEADER, ...rows].join('\n'));
  return buildCampaign({
    manifest,
    demoManifestPath: join(directory, 'not-the-demo.csv'),
    outputDirectory: join(directory, 'out'),
    previewCacheDirectory: join(directory, 'cache'),
    services: SERVICES,
    buildDate: '2026-11-25',
    download,
  });
}

/** The build's outcome: published, or a documented refusal; anything else fails the test. */
async function outcome(promise: Promise<unknown>): Promise<{ code: 0 | 2 | 3; message: string }> {
  try {
    await promise;
    return { code: 0, message: '' };
  } catch (error) {
    if (!(error instanceof InvalidInputError) && !(error instanceof SourceUnreachableError)) throw new Error(`crashed: ${(error as Error).stack}`);
    return campaignFailure(error);
  }
}

const row = (id: string, file: string) => `${id},T,PressReader,web-16x9,nb,${file},Foto: NTB,gitt,`;

/** Random personal metadata inserted where editors write it, beyond what hostile-media.ts makes. */
function extraMetadata(bytes: Buffer, type: PublishedType, random: Random, secret: string): Buffer {
  if (type === 'jpeg') {
    const marker = pick(random, [0xe1, 0xe3, 0xe4, 0xe9, 0xec, 0xed, 0xef, 0xfe]);
    const payload = Buffer.from(`${pick(random, ['Exif\0\0', 'http://ns.adobe.com/xap/1.0/\0', 'Ducky', 'Photoshop 3.0\0', ''])}${secret}`, 'latin1');
    const segment = Buffer.concat([Buffer.from([0xff, marker, (payload.length + 2) >> 8, (payload.length + 2) & 0xff]), payload]);
    return Buffer.concat([bytes.subarray(0, 2), segment, bytes.subarray(2)]);
  }
  if (type === 'png') {
    const kind = pick(random, ['tEXt', 'iTXt', 'zTXt', 'eXIf', 'tIME', 'prVt']);
    const body = Buffer.concat([Buffer.from(kind, 'latin1'), Buffer.from(`Author\0${secret}`, 'latin1')]);
    const chunk = Buffer.alloc(body.length + 8);
    chunk.writeUInt32BE(body.length - 4, 0);
    body.copy(chunk, 4);
    chunk.writeUInt32BE(crc32(body), body.length + 4);
    // Before IDAT or just before IEND: both places are read by viewers.
    const at = random() < 0.5 ? 33 : bytes.length - 12;
    return Buffer.concat([bytes.subarray(0, at), chunk, bytes.subarray(at)]);
  }
  if (type === 'svg') return Buffer.from(bytes.toString('utf8').replace('<title>', `<!-- ${secret} --><metadata>${secret}</metadata><title>`));
  return bytes;
}

describe('campaign fuzz: metadata-laden originals of every type', () => {
  it('publishes none of the metadata, in the files or the zips', async () => {
    const random = seededRandom(SEED);
    const directory = folder();
    const types = Object.keys(PUBLISHED_TYPES) as PublishedType[];
    const rows: string[] = [];
    const secrets: string[] = [];
    for (let i = 0; i < 12; i++) {
      const type = types[i % types.length]!;
      const secret = `Fotograf${Math.floor(random() * 1e6)} tlf 9${Math.floor(1e6 + random() * 8e6)}`;
      secrets.push(secret);
      const width = 32 + Math.floor(random() * 200);
      const height = 32 + Math.floor(random() * 200);
      writeFileSync(join(directory, 'media', `f${i}`), extraMetadata(await metadataLadenImage(type, width, height), type, random, secret));
      rows.push(row(`m${i}`, `f${i}`));
    }
    const result = await outcome(build(directory, rows));
    expect(result).toEqual({ code: 0, message: '' });
    const out = join(directory, 'out', 'files');
    const published = relativeFilesUnder(out).map((f) => [f, readFileSync(join(out, f))] as const);
    const zips = published.filter(([f]) => f.endsWith('.zip')).flatMap(([, bytes]) => Object.entries(unzipSync(bytes)));
    for (const [name, bytes] of [...published, ...zips]) {
      const text = Buffer.from(bytes).toString('latin1');
      expect(carriesPersonal(bytes), name).toEqual([]);
      expect(
        secrets.filter((s) => text.includes(s)),
        name,
      ).toEqual([]);
      expect(await findImageMetadata(bytes), name).toEqual([]);
    }
  });
});

describe('campaign fuzz: paths out of the media folder', () => {
  it('never publishes a file outside the folder, whatever the separators, dots or links', async () => {
    const random = seededRandom(SEED + 1);
    const directory = folder();
    const outside = join(directory, 'outside.png');
    const secretPng = await sharp({ create: { width: 41, height: 31, channels: 3, background: '#ff0000' } })
      .png()
      .toBuffer();
    writeFileSync(outside, secretPng);
    mkdirSync(join(directory, 'media', 'sub', 'deeper'), { recursive: true });
    writeFileSync(join(directory, 'media', 'sub', 'deeper', 'ok.png'), PNG);
    symlinkSync(outside, join(directory, 'media', 'sub', 'link.png'));
    symlinkSync(join(directory), join(directory, 'media', 'up'));
    const parts = ['..', '.', '', 'sub', 'deeper', 'ok.png', 'link.png', 'up', 'outside.png', 'C:', '\\\\host', '%2e%2e'];
    const codes = new Set<number>();
    // A few paths that must work, then generated ones.
    const fixed = ['sub/deeper/ok.png', 'sub\\deeper\\ok.png', './sub//deeper/ok.png', 'sub/link.png', 'up/outside.png', 'sub\\..\\..\\outside.png'];
    for (let i = 0; i < 46; i++) {
      const path = fixed[i] ?? Array.from({ length: 1 + Math.floor(random() * 5) }, () => pick(random, parts)).join(pick(random, ['/', '\\', '\\\\', '/./']));
      const result = await outcome(build(directory, [row(`p${i}`, path.includes(',') ? `"${path}"` : path)]));
      codes.add(result.code);
      if (i < 3) expect(result.code, path).toBe(0);
      if (i >= 3 && i < fixed.length) expect(result.code, path).toBe(2);
      if (result.code === 0) {
        // The outside picture is 41 pixels wide, the one inside 40.
        const index = JSON.parse(readFileSync(join(directory, 'out', 'index.json'), 'utf8')) as { assets: { width: number }[] };
        expect(
          index.assets.map((a) => a.width),
          path,
        ).toEqual([40]);
      } else {
        expect(result.code, path).toBe(2);
        expect(result.message, path).toMatch(/manifest\.csv, row 2, column "Fil"/);
      }
    }
    expect([...codes].sort()).toEqual([0, 2]);
  });
});

describe('campaign fuzz: asset ids', () => {
  it('publishes colliding-looking ids under distinct names, and refuses overlong or case-twin ids with the row', async () => {
    const random = seededRandom(SEED + 2);
    const directory = folder();
    writeFileSync(join(directory, 'media', 'a.png'), PNG);
    writeFileSync(join(directory, 'media', 'a.jpg'), await sharp(PNG).jpeg().toBuffer());
    writeFileSync(join(directory, 'media', 'a.webp'), await sharp(PNG).webp().toBuffer());
    for (let run = 0; run < 6; run++) {
      const stem = `x${Math.floor(random() * 100)}`;
      const ids = [stem, `${stem}-320`, `${stem}-640`, `${stem}-320-640`, `${stem}.png`, `${stem}-kampanjemateriell`];
      if (random() < 0.5) ids.push(stem.toUpperCase());
      if (random() < 0.5) ids.push(`${stem}${'y'.repeat(95 + Math.floor(random() * 300))}`);
      // JPEG and WebP originals share their extension with previews: the case that overwrote them.
      const result = await outcome(
        build(
          directory,
          ids.map((id) => row(id, pick(random, ['a.png', 'a.jpg', 'a.webp']))),
        ),
      );
      const expectRefused = ids.some((id) => id.length > 100) || ids.includes(stem.toUpperCase());
      if (!expectRefused) {
        expect(result.code, ids.join(' ')).toBe(0);
        const index = JSON.parse(readFileSync(join(directory, 'out', 'index.json'), 'utf8')) as {
          assets: { original: { href: string }; previews: { src: Record<string, string> }[] }[];
        };
        const hrefs = index.assets.flatMap((a) => [a.original.href, ...a.previews.flatMap((p) => Object.values(p.src))]);
        expect(new Set(hrefs).size, ids.join(' ')).toBe(hrefs.length);
        for (const href of hrefs) expect(readFileSync(join(directory, 'out', 'files', href.slice(CAMPAIGN_URL.length))).length).toBeGreaterThan(0);
      } else {
        expect(result.code, ids.join(' ')).toBe(2);
        expect(result.message).toMatch(/row \d+, column "Asset-ID": (expected an asset id of at most 100 characters|asset id ".*" is already used)/);
      }
    }
  });
});

describe('campaign fuzz: where fetches may go', () => {
  let server: TestServer;
  let target = '';
  beforeAll(async () => {
    server = await startServer({
      '/redirect': (_q, r) => r.writeHead(pick(seededRandom(target.length), [301, 302, 303, 307, 308]), { location: target }).end(),
      '/export.csv': (_q, r) => r.writeHead(200, { 'content-type': 'text/csv' }).end('Medlem,Produkt\nA,B\n'),
    });
  });
  afterAll(() => server.close());

  it('refuses every redirect to another host, another scheme or a private address, sending nothing there', async () => {
    const random = seededRandom(SEED + 3);
    const port = new URL(server.base).port;
    const targets = [
      () => `http://localhost:${port}/export.csv`,
      () => `http://[::1]:${port}/export.csv`,
      () => `https://${pick(random, ['evil.example', 'bank.example.evil', '127.0.0.1.nip.io'])}/export.csv`,
      () => `https://169.254.169.254/latest/meta-data/${Math.floor(random() * 100)}`,
      () => `https://10.${Math.floor(random() * 255)}.0.1/export.csv`,
      () => `https://[fd00::${Math.floor(random() * 999)}]/export.csv`,
      () => pick(random, ['file:///etc/passwd', 'ftp://127.0.0.1/export.csv', 'data:text/csv,a', 'javascript:alert(1)', 'gopher://127.0.0.1/']),
      () => `\\\\localhost:${port}\\export.csv`,
    ];
    for (let i = 0; i < 24; i++) {
      target = pick(random, targets)();
      server.hits.length = 0;
      const error = await downloadSource(`${server.base}/redirect`, { ...quickDownload([]), attempts: 1 }).then(
        () => new Error(`followed ${target}`),
        (e: unknown) => e as Error,
      );
      expect(error, target).toBeInstanceOf(SourceUnreachableError);
      expect(error.message, target).not.toContain(TEST_TOKEN);
      expect(
        server.hits.map((h) => h.path),
        target,
      ).toEqual(['/redirect']);
    }
  });

  it('refuses every special address however it is spelt, and lets public ones through', async () => {
    const random = seededRandom(SEED + 4);
    const byte = () => Math.floor(random() * 256);
    const special = [
      () => `127.${byte()}.${byte()}.${byte()}`,
      () => `10.${byte()}.${byte()}.${byte()}`,
      () => `172.${16 + Math.floor(random() * 16)}.${byte()}.${byte()}`,
      () => `192.168.${byte()}.${byte()}`,
      () => `169.254.${byte()}.${byte()}`,
      () => `::ffff:127.0.0.${byte()}`,
      () => `::ffff:${(10 << 8).toString(16)}:${byte().toString(16)}`,
      () => `FD${byte().toString(16).padStart(2, '0')}::${byte().toString(16)}`,
      () => `fe80::${byte().toString(16)}:1`,
      () => '::1',
    ];
    for (let i = 0; i < 60; i++) {
      const address = pick(random, special)();
      expect(isSpecialAddress(address), address).toBe(true);
      const policy = { allowed: new Set(['bank.example']), allowPrivate: false, resolve: async () => [address] };
      expect(await refusalFor(new URL('https://bank.example./x.png'), policy), address).toMatch(/resolves to/);
    }
    for (let i = 0; i < 30; i++) {
      const address = `${pick(random, [8, 93, 151, 185, 212])}.${byte()}.${byte()}.${1 + Math.floor(random() * 254)}`;
      expect(isSpecialAddress(address), address).toBe(false);
    }
  });
});

describe('campaign fuzz: a media bank answering errors', () => {
  let server: TestServer;
  let answer: (response: ServerResponse) => void = () => {};
  beforeAll(async () => {
    server = await startServer({ '/manifest.csv': (_q, r) => answer(r) });
  });
  afterAll(() => server.close());

  it('ends every failing manifest in exit 2 or 3 with a message, never a crash or a stack trace', async () => {
    const random = seededRandom(SEED + 5);
    const answers: [string, (r: ServerResponse) => void][] = [
      ['status', (r) => r.writeHead(pick(random, [400, 401, 403, 404, 410, 418, 429, 500, 502, 503])).end()],
      [
        'redirect',
        (r) => r.writeHead(302, { location: pick(random, ['file:///etc/passwd', 'https://evil.example/m.csv', 'http://localhost/m.csv', '::::', '']) }).end(),
      ],
      ['html', (r) => r.writeHead(200, { 'content-type': 'text/html' }).end('<html><body>Logg inn</body></html>')],
      ['garbage', (r) => r.writeHead(200).end(Buffer.from(Array.from({ length: 200 }, () => Math.floor(random() * 256))))],
      ['columns', (r) => r.writeHead(200).end('Hei,Hopp\n1,2\n')],
      ['rows', (r) => r.writeHead(200).end(`${HEADER}\n${'a'.repeat(300)},T,Ukjent,stor,xx,../x.png,,kanskje,31.02.2027\n`)],
      ['cut', (r) => r.writeHead(200, { 'content-length': '1000' }).end(`${HEADER}\n`)],
    ];
    for (let i = 0; i < 21; i++) {
      const [kind, respond] = answers[i % answers.length]!;
      answer = respond;
      const directory = folder();
      const result = await outcome(build(directory, [], `${server.base}/manifest.csv`, { ...quickDownload([]), attempts: 2 }));
      expect([2, 3], kind).toContain(result.code);
      expect(result.message, kind).toMatch(/^build: the campaign (material could not be fetched|manifest is invalid)/);
      expect(result.message, kind).not.toMatch(/\n\s+at /);
      expect(result.message, kind).not.toContain(TEST_TOKEN);
    }
  });
});
