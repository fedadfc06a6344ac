/**
 * A campaign asset's previews (AVIF, WebP and a JPEG fallback at each width) rendered with sharp,
 * cached by the original's hash in the preview cache between builds.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { sha256 } from '../source/read-source';
import { writeFileAtomic } from '../source/write-atomic';
import { MAX_INPUT_PIXELS } from './asset-type';
import { cachedPicture } from '../images/picture-cache';

export const PREVIEW_FORMATS = ['avif', 'webp', 'jpeg'] as const;
export type PreviewFormat = (typeof PREVIEW_FORMATS)[number];

const previewCachePath = (original: Uint8Array, width: number, format: PreviewFormat, cacheDirectory: string) =>
  join(cacheDirectory, `${sha256(original).slice(0, 24)}-${width}.${format}`);

/** The resized picture every preview format encodes. */
function previewPipeline(original: Uint8Array, width: number) {
  // density: render vector originals sharply enough before scaling down.
  return sharp(original, { density: 150, limitInputPixels: MAX_INPUT_PIXELS }).resize({ width, withoutEnlargement: true }).flatten({ background: '#ffffff' });
}

/**
 * A preview's height without encoding it (the encoders are most of the campaign's time): from the
 * cached JPEG when there is one, else the same resize to raw pixels. The index needs only the size,
 * so it can be written before the previews are (see prepareCampaign).
 */
export async function previewHeight(original: Uint8Array, width: number, cacheDirectory: string): Promise<number> {
  const cached = previewCachePath(original, width, 'jpeg', cacheDirectory);
  if (existsSync(cached)) return (await sharp(cached).metadata()).height ?? 0;
  return (await previewPipeline(original, width).raw().toBuffer({ resolveWithObject: true })).info.height;
}

export async function renderPreview(original: Uint8Array, width: number, format: PreviewFormat, cacheDirectory: string): Promise<Buffer> {
  const cached = previewCachePath(original, width, format, cacheDirectory);
  const hit = cachedPicture(cached);
  if (hit) return hit;
  const image = previewPipeline(original, width);
  const output = await (format === 'avif'
    ? image.avif({ quality: 55, effort: 2 })
    : format === 'webp'
      ? image.webp({ quality: 75 })
      : image.jpeg({ quality: 80, mozjpeg: true })
  ).toBuffer();
  mkdirSync(cacheDirectory, { recursive: true });
  // Atomic: a build stopped half-way must not leave a broken preview that later builds reuse.
  writeFileAtomic(cached, output);
  return output;
}
