/**
 * Fuzz by class (issue 29): generated hostile campaign input, seeded so a failure can be replayed.
 * Every case ends in published material that carries nothing personal and nothing from outside
 * the media folder, or in a documented refusal (exit 2 or 3 with the row, never a crash):
 * metadata-laden originals of every type, symbolic links, colliding and overlong ids, backslash
 * paths. Fetches (other hosts, loopback, private addresses, a media bank answering errors) are in
 * campaign-network.fuzz.test.ts.
 */
import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { crc32 } from 'node:zlib';
import { unzipSync } from 'fflate';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { relativeFilesUnder } from '../files';
import { findImageMetadata } from '../images/image-metadata';
import { pick, seededRandom, type Random } from '../demo/random';
import { PUBLISHED_TYPES, type PublishedType } from './asset-type';
import { CAMPAIGN_URL } from './build-campaign';
import { carriesPersonal, metadataLadenImage } from './hostile-media';

import { build, folder, outcome, row, SEED, smallPng } from './fuzz-fixtures';

let PNG: Buffer;

beforeAll(async () => {
  PNG = await smallPng();
});

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
