/** The site's picture for shared links on pages without a map picture (src/lib/share-image.ts). */
import type { APIRoute } from 'astro';
import sharp from 'sharp';
import { wrap } from '../lib/embed/map-image';
import { STRINGS } from '../lib/i18n/strings';
import { DEMO_IMAGE_MARK, shareImageSvg } from '../lib/share-image';
import { loadSiteData } from '../lib/site-data';

export const GET: APIRoute = async () => {
  const t = STRINGS.nb;
  const svg = shareImageSvg({
    siteName: t.siteName,
    lines: wrap(t.defaultDescription, 52),
    demoMark: loadSiteData().dataset.source.isDemo ? DEMO_IMAGE_MARK : undefined,
  });
  const png = await sharp(Buffer.from(svg)).png({ compressionLevel: 9, palette: true }).toBuffer();
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
