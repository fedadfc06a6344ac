/**
 * Removes personal metadata from a campaign original before it is published (issue 29): a
 * photographer's camera writes their name, phone number and the GPS position into EXIF and XMP,
 * and a designer's tools write text chunks and comments. Losslessly where the format allows it:
 * JPEG loses its EXIF, XMP, IPTC, comment and unknown APPn segments without re-encoding (a JPEG
 * whose EXIF turns it is turned first, re-encoded at quality 95, since the turn lives in the EXIF
 * that goes); PNG keeps only its pixel and colour chunks; WebP loses its EXIF and XMP chunks.
 * AVIF and TIFF are re-encoded by sharp without metadata (TIFF losslessly with LZW, AVIF at
 * quality 90). SVG has already lost <metadata>, comments and editor attributes to the sanitiser
 * (asset-type.ts). The result is read again, and any metadata left is a refusal.
 */
import sharp from 'sharp';
import { findImageMetadata, jpegMetadata, jpegSegments, PNG_IMAGE_CHUNKS, pngChunks, WEBP_IMAGE_CHUNKS, webpChunks } from '../images/image-metadata';
import { MAX_INPUT_PIXELS, type PublishedType } from './asset-type';

export type Stripped = { ok: true; bytes: Uint8Array; removed: string[] } | { ok: false; reason: string };

const join = (parts: Uint8Array[]) => new Uint8Array(Buffer.concat(parts));

async function strip(bytes: Uint8Array, type: PublishedType): Promise<{ bytes: Uint8Array; removed: string[] }> {
  switch (type) {
    case 'jpeg': {
      const { segments, trailing } = jpegSegments(bytes);
      const removed = segments.map((s) => jpegMetadata(bytes, s)).filter((s): s is string => s !== undefined);
      if (trailing > 0) removed.push(`${trailing} bytes after the end of the image`);
      const orientation = (await sharp(bytes).metadata()).orientation ?? 1;
      if (orientation > 1) {
        const turned = await sharp(bytes, { limitInputPixels: MAX_INPUT_PIXELS }).rotate().jpeg({ quality: 95, chromaSubsampling: '4:4:4' }).toBuffer();
        return { bytes: turned, removed: [...removed, `(turned as its EXIF orientation ${orientation} said, and re-encoded)`] };
      }
      return { bytes: join(segments.filter((s) => jpegMetadata(bytes, s) === undefined).map((s) => bytes.subarray(s.start, s.end))), removed };
    }
    case 'png': {
      const chunks = pngChunks(bytes);
      const removed = chunks.filter((c) => !PNG_IMAGE_CHUNKS.has(c.type)).map((c) => `a PNG ${c.type} chunk`);
      const last = chunks.at(-1);
      if (last && last.end < bytes.length) removed.push(`${bytes.length - last.end} bytes after the end of the image`);
      return { bytes: join([bytes.subarray(0, 8), ...chunks.filter((c) => PNG_IMAGE_CHUNKS.has(c.type)).map((c) => bytes.subarray(c.start, c.end))]), removed };
    }
    case 'webp': {
      const chunks = webpChunks(bytes);
      const kept = chunks.filter((c) => WEBP_IMAGE_CHUNKS.has(c.type)).map((c) => new Uint8Array(bytes.subarray(c.start, c.end)));
      // VP8X says which optional chunks follow: clear its EXIF (0x08) and XMP (0x04) flags.
      for (const chunk of kept) if (Buffer.from(chunk.subarray(0, 4)).toString('latin1') === 'VP8X') chunk[8] = chunk[8]! & ~0x0c;
      const body = join([Buffer.from('WEBP', 'latin1'), ...kept]);
      const header = Buffer.alloc(8);
      header.write('RIFF', 0, 'latin1');
      header.writeUInt32LE(body.length, 4);
      const removed = chunks.filter((c) => !WEBP_IMAGE_CHUNKS.has(c.type)).map((c) => `a WebP ${c.type.trim()} chunk`);
      return { bytes: join([header, body]), removed };
    }
    case 'tiff':
    case 'avif': {
      const removed = await findImageMetadata(bytes);
      if (removed.length === 0) return { bytes, removed };
      // The pixel limit holds here too: this decodes the image before the build's own size check.
      const image = sharp(bytes, { limitInputPixels: MAX_INPUT_PIXELS }).rotate();
      return { bytes: await (type === 'tiff' ? image.tiff({ compression: 'lzw' }) : image.avif({ quality: 90 })).toBuffer(), removed };
    }
    case 'svg':
      return { bytes, removed: [] };
  }
}

/** The original without its metadata, or why it cannot be published. */
export async function stripMetadata(bytes: Uint8Array, type: PublishedType): Promise<Stripped> {
  let result: { bytes: Uint8Array; removed: string[] };
  try {
    result = await strip(bytes, type);
  } catch (error) {
    return { ok: false, reason: `its metadata could not be removed (${(error as Error).message})` };
  }
  const left = await findImageMetadata(result.bytes);
  if (left.length > 0) return { ok: false, reason: `it carries metadata that could not be removed: ${left.join(', ')}` };
  return { ok: true, ...result };
}
