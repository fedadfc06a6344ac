/**
 * Personal metadata an image file can carry beside its pixels: EXIF (camera owner, GPS position,
 * serial numbers), XMP and IPTC (author, contact details), PNG text chunks, JPEG comments, TIFF
 * author tags, SVG <metadata> and comments. One reading of each format's structure, shared by
 * the campaign build (which strips these before publishing, campaign/strip-metadata.ts) and the
 * privacy scan of dist/ (which fails on any it finds).
 */
import { unzipSync } from 'fflate';
import sharp from 'sharp';

export type ImageKind = 'jpeg' | 'png' | 'webp' | 'tiff' | 'avif' | 'svg' | 'zip';

const startsWith = (bytes: Uint8Array, ...values: number[]) => values.every((v, i) => bytes[i] === v);
const ascii = (bytes: Uint8Array, start: number, length: number) => Buffer.from(bytes.subarray(start, start + length)).toString('latin1');

/** The kind of file by its first bytes, or undefined for anything else. */
export function imageKind(bytes: Uint8Array): ImageKind | undefined {
  if (startsWith(bytes, 0xff, 0xd8, 0xff)) return 'jpeg';
  if (startsWith(bytes, 0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)) return 'png';
  if (ascii(bytes, 0, 4) === 'RIFF' && ascii(bytes, 8, 4) === 'WEBP') return 'webp';
  if (ascii(bytes, 0, 4) === 'II*\0' || ascii(bytes, 0, 4) === 'MM\0*') return 'tiff';
  if (ascii(bytes, 4, 4) === 'ftyp') return 'avif';
  if (startsWith(bytes, 0x50, 0x4b, 0x03, 0x04)) return 'zip';
  if (
    /^\s*(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*<svg\b/i.test(
      Buffer.from(bytes.subarray(0, 4096))
        .toString('utf8')
        .replace(/^\uFEFF/, ''),
    )
  )
    return 'svg';
  return undefined;
}

/** One JPEG marker segment: [start, end) in the file, its marker and where its payload starts. */
export interface JpegSegment {
  marker: number;
  start: number;
  end: number;
}

/**
 * The segments of a JPEG, entropy-coded data included as part of its scan (SOS) segment, up to
 * and including EOI. Bytes after EOI are not a segment (`trailing` says how many there are).
 */
export function jpegSegments(bytes: Uint8Array): { segments: JpegSegment[]; trailing: number } {
  const segments: JpegSegment[] = [{ marker: 0xd8, start: 0, end: 2 }];
  let i = 2;
  while (i < bytes.length) {
    if (bytes[i] !== 0xff) throw new Error(`a JPEG marker was expected at byte ${i}`);
    let m = i;
    while (bytes[m + 1] === 0xff) m++;
    const marker = bytes[m + 1];
    if (marker === undefined) throw new Error('the JPEG ends inside a marker');
    if (marker === 0xd9) {
      segments.push({ marker, start: i, end: m + 2 });
      return { segments, trailing: bytes.length - (m + 2) };
    }
    if ((marker >= 0xd0 && marker <= 0xd7) || marker === 0x01) {
      segments.push({ marker, start: i, end: m + 2 });
      i = m + 2;
      continue;
    }
    if (m + 4 > bytes.length) throw new Error('the JPEG ends inside a segment header');
    let end = m + 2 + ((bytes[m + 2]! << 8) | bytes[m + 3]!);
    if (end > bytes.length) throw new Error('the JPEG ends inside a segment');
    if (marker === 0xda) {
      // Entropy-coded data runs to the next marker that is neither a stuffed 0xFF00 nor a restart.
      while (end < bytes.length && !(bytes[end] === 0xff && bytes[end + 1] !== 0x00 && !(bytes[end + 1]! >= 0xd0 && bytes[end + 1]! <= 0xd7))) end++;
    }
    segments.push({ marker, start: i, end });
    i = end;
  }
  return { segments, trailing: 0 };
}

/** What a JPEG segment holds that is metadata, or undefined for image data and harmless headers (JFIF, ICC profile, Adobe colour). */
export function jpegMetadata(bytes: Uint8Array, segment: JpegSegment): string | undefined {
  const { marker, start } = segment;
  const payload = ascii(bytes, start + 4, 32);
  if (marker === 0xfe) return 'a JPEG comment';
  if (marker < 0xe0 || marker > 0xef) return undefined;
  if (marker === 0xe0 && payload.startsWith('JFIF\0')) return undefined;
  if (marker === 0xe2 && payload.startsWith('ICC_PROFILE\0')) return undefined;
  if (marker === 0xee && payload.startsWith('Adobe')) return undefined;
  if (marker === 0xe1 && payload.startsWith('Exif\0')) return 'EXIF (may hold a GPS position and the owner)';
  if (marker === 0xe1 && payload.includes('ns.adobe.com/xap')) return 'XMP';
  if (marker === 0xed) return 'IPTC (Photoshop APP13)';
  return `an APP${marker - 0xe0} segment (${payload.replace(/[^\x20-\x7e].*$/s, '') || 'unnamed'})`;
}

/** PNG chunks that describe only pixels and colour; every other ancillary chunk (tEXt, iTXt, zTXt, eXIf, tIME…) is metadata. */
export const PNG_IMAGE_CHUNKS = new Set([
  'IHDR',
  'PLTE',
  'IDAT',
  'IEND',
  'tRNS',
  'gAMA',
  'cHRM',
  'sRGB',
  'iCCP',
  'sBIT',
  'bKGD',
  'pHYs',
  'hIST',
  'acTL',
  'fcTL',
  'fdAT',
  'cICP',
  'mDCV',
  'cLLI',
]);

export function pngChunks(bytes: Uint8Array): { type: string; start: number; end: number }[] {
  const chunks: { type: string; start: number; end: number }[] = [];
  let i = 8;
  while (i + 12 <= bytes.length) {
    const length = Buffer.from(bytes.subarray(i, i + 4)).readUInt32BE(0);
    const type = ascii(bytes, i + 4, 4);
    const end = i + 12 + length;
    if (end > bytes.length) throw new Error(`the PNG chunk ${type} runs past the end of the file`);
    chunks.push({ type, start: i, end });
    i = end;
    if (type === 'IEND') break;
  }
  return chunks;
}

/** WebP (RIFF) chunks that describe pixels and colour; EXIF, XMP and anything else are dropped. */
export const WEBP_IMAGE_CHUNKS = new Set(['VP8 ', 'VP8L', 'VP8X', 'ALPH', 'ANIM', 'ANMF', 'ICCP']);

export function webpChunks(bytes: Uint8Array): { type: string; start: number; end: number }[] {
  const chunks: { type: string; start: number; end: number }[] = [];
  let i = 12;
  while (i + 8 <= bytes.length) {
    const size = Buffer.from(bytes.subarray(i + 4, i + 8)).readUInt32LE(0);
    const end = i + 8 + size + (size % 2);
    chunks.push({ type: ascii(bytes, i, 4), start: i, end: Math.min(end, bytes.length) });
    i = end;
  }
  return chunks;
}

/** TIFF tags that name people, places or documents, or hold whole metadata blocks. */
const TIFF_TAGS: Record<number, string> = {
  269: 'TIFF DocumentName',
  270: 'TIFF ImageDescription',
  315: 'TIFF Artist',
  316: 'TIFF HostComputer',
  700: 'XMP',
  33432: 'TIFF Copyright',
  33723: 'IPTC',
  34377: 'Photoshop data (IPTC)',
  34665: 'EXIF',
  34853: 'EXIF GPS position',
  37724: 'Photoshop layer data',
};

function tiffMetadata(bytes: Uint8Array): string[] {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
  const little = ascii(bytes, 0, 2) === 'II';
  const u16 = (at: number) => (little ? buffer.readUInt16LE(at) : buffer.readUInt16BE(at));
  const u32 = (at: number) => (little ? buffer.readUInt32LE(at) : buffer.readUInt32BE(at));
  const found: string[] = [];
  let ifd = u32(4);
  for (let count = 0; ifd > 0 && ifd + 2 <= bytes.length && count < 64; count++) {
    const entries = u16(ifd);
    for (let e = 0; e < entries && ifd + 2 + e * 12 + 12 <= bytes.length; e++) {
      const tag = u16(ifd + 2 + e * 12);
      if (TIFF_TAGS[tag]) found.push(TIFF_TAGS[tag]);
    }
    const next = ifd + 2 + entries * 12;
    ifd = next + 4 <= bytes.length ? u32(next) : 0;
  }
  return found;
}

function svgMetadata(text: string): string[] {
  const found: string[] = [];
  if (/<(?:[\w-]+:)?metadata\b/i.test(text)) found.push('SVG <metadata>');
  if (/<!--/.test(text)) found.push('an SVG comment');
  if (/rdf:RDF|xmlns:(?:sodipodi|inkscape|dc|cc|x|i|xmp)=|\b(?:sodipodi|inkscape):|<i:pgf/i.test(text)) found.push('editor or RDF metadata in the SVG');
  return found;
}

/**
 * The metadata found in a file (named for a message; empty when there is none). A zip is read
 * entry by entry. A file whose structure cannot be read counts as carrying metadata, since
 * nothing proves it does not.
 */
export async function findImageMetadata(bytes: Uint8Array): Promise<string[]> {
  const kind = imageKind(bytes);
  try {
    switch (kind) {
      case 'jpeg': {
        const { segments, trailing } = jpegSegments(bytes);
        const found = segments.map((s) => jpegMetadata(bytes, s)).filter((s): s is string => s !== undefined);
        return trailing > 0 ? [...found, `${trailing} bytes after the end of the image`] : found;
      }
      case 'png': {
        const chunks = pngChunks(bytes);
        const found = chunks.filter((c) => !PNG_IMAGE_CHUNKS.has(c.type)).map((c) => `a PNG ${c.type} chunk`);
        const last = chunks.at(-1);
        return last && last.end < bytes.length ? [...found, `${bytes.length - last.end} bytes after the end of the image`] : found;
      }
      case 'webp':
        return webpChunks(bytes)
          .filter((c) => !WEBP_IMAGE_CHUNKS.has(c.type))
          .map((c) => (c.type === 'EXIF' ? 'EXIF (may hold a GPS position and the owner)' : c.type === 'XMP ' ? 'XMP' : `a WebP ${c.type.trim()} chunk`));
      case 'tiff':
        return tiffMetadata(bytes);
      case 'avif': {
        const metadata = await sharp(bytes).metadata();
        return [metadata.exif && 'EXIF (may hold a GPS position and the owner)', metadata.xmp && 'XMP', metadata.iptc && 'IPTC'].filter(
          (s): s is string => !!s,
        );
      }
      case 'svg':
        return svgMetadata(Buffer.from(bytes).toString('utf8'));
      case 'zip': {
        const entries = unzipSync(bytes);
        const found: string[] = [];
        for (const [name, entry] of Object.entries(entries)) for (const item of await findImageMetadata(entry)) found.push(`${name}: ${item}`);
        return found;
      }
      default:
        return [];
    }
  } catch (error) {
    return [`an unreadable ${kind} structure (${(error as Error).message})`];
  }
}
