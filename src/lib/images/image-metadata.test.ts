import { zipSync } from 'fflate';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { PUBLISHED_TYPES, type PublishedType } from '../campaign/asset-type';
import { metadataLadenImage } from '../campaign/hostile-media';
import { findImageMetadata, imageKind } from './image-metadata';

const TYPES = Object.keys(PUBLISHED_TYPES) as PublishedType[];
const plain = sharp({ create: { width: 16, height: 16, channels: 3, background: '#0b3d91' } });

describe('findImageMetadata (the privacy scan of dist/)', () => {
  it.each(TYPES)('finds the personal metadata a %s carries', async (type) => {
    const found = await findImageMetadata(await metadataLadenImage(type));
    expect(found.length, found.join(', ')).toBeGreaterThan(0);
  });

  it('names what it finds: EXIF, XMP, IPTC, comments, PNG text chunks, TIFF author tags, SVG metadata', async () => {
    expect(await findImageMetadata(await metadataLadenImage('jpeg'))).toEqual(
      expect.arrayContaining([expect.stringMatching(/^EXIF/), 'XMP', 'IPTC (Photoshop APP13)', 'a JPEG comment', expect.stringMatching(/bytes after the end/)]),
    );
    expect(await findImageMetadata(await metadataLadenImage('png'))).toEqual(
      expect.arrayContaining(['a PNG tEXt chunk', 'a PNG zTXt chunk', 'a PNG iTXt chunk', 'a PNG eXIf chunk']),
    );
    expect(await findImageMetadata(await metadataLadenImage('tiff'))).toEqual(expect.arrayContaining(['TIFF Artist', 'TIFF ImageDescription']));
    expect(await findImageMetadata(await metadataLadenImage('svg'))).toEqual(expect.arrayContaining(['SVG <metadata>', 'an SVG comment']));
  });

  it('looks inside zips', async () => {
    const zip = zipSync({ 'poster.png': await metadataLadenImage('png'), 'clean.png': await plain.clone().png().toBuffer() });
    const found = await findImageMetadata(zip);
    expect(found).toContain('poster.png: a PNG tEXt chunk');
    expect(found.some((f) => f.startsWith('clean.png'))).toBe(false);
  });

  it('finds nothing in images sharp writes without metadata', async () => {
    for (const format of ['jpeg', 'png', 'webp', 'avif', 'tiff'] as const) {
      const bytes = await plain.clone()[format]().toBuffer();
      expect(imageKind(bytes), format).toBe(format === 'jpeg' ? 'jpeg' : format);
      expect(await findImageMetadata(bytes), format).toEqual([]);
    }
  });
});
