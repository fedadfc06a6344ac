/**
 * Campaign originals laden with personal metadata, one per published type, for the tests: each
 * carries the photographer's name, phone number and a GPS position the way cameras and editors
 * write them (EXIF, XMP, IPTC, JPEG comments, PNG text chunks, TIFF author tags, SVG <metadata>
 * and comments). None of `PERSONAL` may reach a published file.
 */
import { crc32, deflateSync } from 'node:zlib';
import sharp from 'sharp';
import type { PublishedType } from './asset-type';

/** Built from parts so the markers are found only where a test put them. */
export const PERSONAL = { name: 'Ola ' + 'Fotografsen', phone: '+47 912' + ' 34 567', place: 'Storgata' + ' 7, Tromsø' };
const XMP = `<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:creator>${PERSONAL.name}</dc:creator><dc:rights>${PERSONAL.phone}</dc:rights></rdf:Description></rdf:RDF></x:xmpmeta>`;
const EXIF = {
  IFD0: { Artist: PERSONAL.name, Copyright: PERSONAL.phone, ImageDescription: PERSONAL.place },
  IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '69/1 38/1 0/1', GPSLongitudeRef: 'E', GPSLongitude: '18/1 57/1 0/1' },
};

const base = (width: number, height: number) => sharp({ create: { width, height, channels: 3, background: '#0b3d91' } });

/** One PNG chunk: length, type, data and its CRC. */
export function pngChunk(type: string, data: Buffer): Buffer {
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

function jpegSegment(marker: number, payload: Buffer): Buffer {
  const header = Buffer.from([0xff, marker, 0, 0]);
  header.writeUInt16BE(payload.length + 2, 2);
  return Buffer.concat([header, payload]);
}

/** A grey TIFF written by hand (sharp writes no author tags) with Artist and ImageDescription. */
function tiffWithAuthor(width: number, height: number): Buffer {
  const artist = Buffer.from(`${PERSONAL.name}\0`, 'latin1');
  const description = Buffer.from(`${PERSONAL.phone} ${PERSONAL.place}\0`, 'utf8');
  const entries: [number, number, number, number][] = [];
  const count = 11;
  const ifdEnd = 8 + 2 + count * 12 + 4;
  const artistAt = ifdEnd;
  const descriptionAt = artistAt + artist.length;
  const pixelsAt = descriptionAt + description.length;
  // tag, type (3 SHORT, 4 LONG, 2 ASCII), count, value or offset
  entries.push([256, 3, 1, width], [257, 3, 1, height], [258, 3, 1, 8], [259, 3, 1, 1], [262, 3, 1, 1]);
  entries.push([270, 2, description.length, descriptionAt], [273, 4, 1, pixelsAt], [277, 3, 1, 1], [278, 3, 1, height], [279, 4, 1, width * height]);
  entries.push([315, 2, artist.length, artistAt]);
  const ifd = Buffer.alloc(2 + count * 12 + 4);
  ifd.writeUInt16LE(count, 0);
  entries.forEach(([tag, type, n, value], i) => {
    const at = 2 + i * 12;
    ifd.writeUInt16LE(tag, at);
    ifd.writeUInt16LE(type, at + 2);
    ifd.writeUInt32LE(n, at + 4);
    if (type === 3) ifd.writeUInt16LE(value, at + 8);
    else ifd.writeUInt32LE(value, at + 8);
  });
  return Buffer.concat([Buffer.from([0x49, 0x49, 42, 0, 8, 0, 0, 0]), ifd, artist, description, Buffer.alloc(width * height, 0x80)]);
}

/** An original of `type`, `width` × `height`, carrying every kind of metadata its format can hold. */
export async function metadataLadenImage(type: PublishedType, width = 64, height = 40): Promise<Buffer> {
  switch (type) {
    case 'jpeg': {
      const jpeg = await base(width, height).jpeg().withExif(EXIF).withXmp(XMP).toBuffer();
      const comment = jpegSegment(0xfe, Buffer.from(`Shot by ${PERSONAL.name}, ${PERSONAL.phone}`));
      const iptc = jpegSegment(0xed, Buffer.from(`Photoshop 3.0\0 8BIM ${PERSONAL.name}`, 'latin1'));
      return Buffer.concat([jpeg.subarray(0, 2), comment, iptc, jpeg.subarray(2), Buffer.from(` trailer ${PERSONAL.place}`)]);
    }
    case 'png': {
      const png = await base(width, height).png().withExif(EXIF).withXmp(XMP).toBuffer();
      const iend = png.length - 12;
      const text = [
        pngChunk('tEXt', Buffer.from(`Author\0${PERSONAL.name}`, 'latin1')),
        pngChunk('zTXt', Buffer.concat([Buffer.from('Comment\0\0', 'latin1'), deflateSync(Buffer.from(PERSONAL.phone))])),
        pngChunk('iTXt', Buffer.from(`Location\0\0\0\0\0${PERSONAL.place}`, 'utf8')),
        pngChunk('tIME', Buffer.from([7, 234, 11, 25, 12, 0, 0])),
      ];
      return Buffer.concat([png.subarray(0, iend), ...text, png.subarray(iend), Buffer.from(PERSONAL.name)]);
    }
    case 'webp':
      return base(width, height).webp({ lossless: true }).withExif(EXIF).withXmp(XMP).toBuffer();
    case 'avif':
      return base(width, height).avif({ effort: 0 }).withExif(EXIF).withXmp(XMP).toBuffer();
    case 'tiff':
      return tiffWithAuthor(width, height);
    case 'svg':
      return Buffer.from(
        `<?xml version="1.0"?>\n<!-- Made by ${PERSONAL.name}, ${PERSONAL.phone} -->\n<svg xmlns="http://www.w3.org/2000/svg" xmlns:sodipodi="http://sodipodi.sourceforge.net/DTD/sodipodi-0.dtd" xmlns:inkscape="http://www.inkscape.org/namespaces/inkscape" width="${width}" height="${height}" sodipodi:docname="/home/ola/${PERSONAL.name}.svg" inkscape:export-filename="${PERSONAL.place}.png"><metadata>${XMP}</metadata><!-- ${PERSONAL.place} --><title>Plakat</title><rect width="${width}" height="${height}" fill="#0b3d91"/></svg>\n`,
      );
  }
}

/** True when any personal marker occurs in the bytes (as Latin-1 or UTF-8 text). */
export function carriesPersonal(bytes: Uint8Array): string[] {
  const text = [Buffer.from(bytes).toString('latin1'), Buffer.from(bytes).toString('utf8')].join('\n');
  return Object.values(PERSONAL).filter((value) => text.includes(value) || text.includes(value.replace(/\s/g, '')));
}
