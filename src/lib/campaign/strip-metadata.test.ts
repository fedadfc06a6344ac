import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { findImageMetadata } from '../images/image-metadata';
import { checkAsset, PUBLISHED_TYPES, type PublishedType } from './asset-type';
import { carriesPersonal, metadataLadenImage } from './hostile-media';
import { stripMetadata } from './strip-metadata';

const TYPES = Object.keys(PUBLISHED_TYPES) as PublishedType[];

describe('stripMetadata', () => {
  it.each(TYPES)('leaves no personal metadata in a %s, and keeps its picture', async (type) => {
    const laden = await metadataLadenImage(type);
    // The generated file really carries what the test says it removes.
    expect(carriesPersonal(laden).length).toBeGreaterThan(0);
    expect((await findImageMetadata(laden)).length).toBeGreaterThan(0);
    const check = await checkAsset(laden);
    if (!check.ok) throw new Error(check.reason);
    const stripped = await stripMetadata(check.bytes, check.type);
    if (!stripped.ok) throw new Error(stripped.reason);
    expect(carriesPersonal(stripped.bytes)).toEqual([]);
    expect(await findImageMetadata(stripped.bytes)).toEqual([]);
    const [before, after] = await Promise.all([sharp(laden).metadata(), sharp(stripped.bytes).metadata()]);
    expect([after.width, after.height, after.format]).toEqual([before.width, before.height, before.format]);
  });

  it.each(['jpeg', 'png', 'webp'] as const)('keeps the pixels of a %s exactly (no re-encoding)', async (type) => {
    const laden = await metadataLadenImage(type);
    const stripped = await stripMetadata(laden, type);
    if (!stripped.ok) throw new Error(stripped.reason);
    const raw = (bytes: Uint8Array) => sharp(bytes).raw().toBuffer();
    expect((await raw(stripped.bytes)).equals(await raw(laden))).toBe(true);
    expect(stripped.removed.length).toBeGreaterThan(0);
  });

  it('keeps a progressive JPEG (several scans, tables between them) exactly', async () => {
    const progressive = await sharp(await metadataLadenImage('png', 300, 200))
      .jpeg({ progressive: true })
      .withExif({ IFD0: { Artist: 'Ola' } })
      .toBuffer();
    const stripped = await stripMetadata(progressive, 'jpeg');
    if (!stripped.ok) throw new Error(stripped.reason);
    expect(await findImageMetadata(stripped.bytes)).toEqual([]);
    expect(stripped.bytes.length).toBeLessThan(progressive.length);
    expect((await sharp(stripped.bytes).raw().toBuffer()).equals(await sharp(progressive).raw().toBuffer())).toBe(true);
  });

  it('turns a JPEG its EXIF says is rotated before the EXIF goes', async () => {
    const rotated = await sharp({ create: { width: 60, height: 20, channels: 3, background: '#0b3d91' } })
      .jpeg()
      .withMetadata({ orientation: 6 })
      .toBuffer();
    const stripped = await stripMetadata(rotated, 'jpeg');
    if (!stripped.ok) throw new Error(stripped.reason);
    const meta = await sharp(stripped.bytes).metadata();
    expect([meta.width, meta.height, meta.orientation ?? 1]).toEqual([20, 60, 1]);
    expect(await findImageMetadata(stripped.bytes)).toEqual([]);
  });

  it('keeps the pixel limit while re-encoding: a TIFF claiming 60000 × 60000 pixels is refused at once', async () => {
    const tiff = await metadataLadenImage('tiff');
    // ImageWidth and ImageLength are the IFD's first two entries (SHORT values at bytes 18 and 30).
    tiff.writeUInt16LE(60000, 18);
    tiff.writeUInt16LE(60000, 30);
    const started = performance.now();
    const stripped = await stripMetadata(tiff, 'tiff');
    expect(stripped.ok).toBe(false);
    expect(stripped.ok ? '' : stripped.reason).toMatch(/pixel limit/i);
    expect(performance.now() - started).toBeLessThan(2000);
  });

  it('refuses a file whose structure cannot be read, rather than publishing it unchecked', async () => {
    const laden = await metadataLadenImage('png');
    const broken = Buffer.concat([laden.subarray(0, 40), Buffer.from([0, 0, 0xff, 0xff, 0x74, 0x45, 0x58, 0x74])]);
    const stripped = await stripMetadata(broken, 'png');
    expect(stripped.ok).toBe(false);
  });
});
