/**
 * The site's picture for shared links (share-image.ts draws it) as PNG, in a language: /deling.png
 * in bokmål (also nynorsk's), /en/deling.png in English, so a link shared from /en/ previews in English.
 */
import sharp from 'sharp';
import { wrap } from './text-wrap';
import type { Lang } from '../i18n/lang';
import { NAME_MEANING } from '../i18n/other-readers';
import { STRINGS } from '../i18n/strings';
import { DEMO_IMAGE_MARK, shareImageSvg } from './share-image';
import { loadSiteData } from '../dataset/site-data';

/** The share picture's path for a page's language. */
export function sharePicturePath(lang: Lang): string {
  return lang === 'en' ? '/en/deling.png' : '/deling.png';
}

export async function sharePictureResponse(lang: 'nb' | 'en'): Promise<Response> {
  const t = STRINGS[lang];
  const svg = shareImageSvg({
    siteName: t.siteName,
    lines: wrap(NAME_MEANING[lang] ? `${NAME_MEANING[lang]}. ${t.defaultDescription}` : t.defaultDescription, 52),
    demoMark: loadSiteData().dataset.source.isDemo ? DEMO_IMAGE_MARK : undefined,
  });
  const png = await sharp(Buffer.from(svg)).png({ compressionLevel: 9, palette: true }).toBuffer();
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
}
