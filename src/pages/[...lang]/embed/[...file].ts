/** The files beside each embed: data.csv (exactly its view) and the datapackage.json that types it, kart.svg, kart.png (bokmål, and the latest in English) and oembed.json. */
import type { APIRoute } from 'astro';
import { EMBED_WIDTH, embedModel, renderPng, widgetParams } from '../../../lib/site/embed-model';
import { LANGS, type Lang } from '../../../lib/i18n/lang';
import { langParam } from '../../../lib/i18n/routes';
import { IMAGE_HEIGHT, IMAGE_WIDTH } from '../../../lib/embed/map-image';
import { defaultHeight } from '../../../lib/embed/views';
import { hasOwnPicture } from '../../../lib/embed/builder';

const FILES = ['data.csv', 'datapackage.json', 'kart.svg', 'kart.png', 'oembed.json'] as const;

export function getStaticPaths() {
  return LANGS.flatMap((lang) =>
    widgetParams().flatMap(({ param, widget, version }) =>
      FILES.filter((f) => f !== 'kart.png' || hasOwnPicture(lang, version)).map((f) => ({
        params: { lang: langParam(lang), file: `${param ? `${param}/` : ''}${f}` },
        props: { lang, widget, version, name: f },
      })),
    ),
  );
}

export const GET: APIRoute = async ({ props, site }) => {
  const { lang, widget, version, name } = props as { lang: Lang; widget: Parameters<typeof embedModel>[1]; version?: string; name: (typeof FILES)[number] };
  const e = embedModel(lang, widget, version, site);
  if (name === 'data.csv') return new Response(e.csv(), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
  if (name === 'datapackage.json') return new Response(`${JSON.stringify(e.dataPackage(), null, 2)}\n`, { headers: { 'Content-Type': 'application/json' } });
  if (name === 'kart.svg') return new Response(e.image(), { headers: { 'Content-Type': 'image/svg+xml' } });
  if (name === 'kart.png') return new Response(new Uint8Array(await renderPng(e.image())), { headers: { 'Content-Type': 'image/png' } });
  const oembed = {
    version: '1.0',
    type: 'rich',
    title: e.title,
    provider_name: 'Hvem har hva?',
    provider_url: e.abs('/'),
    // The snippet's own iframe sizes, so a consumer reserves what the frame takes.
    html: e.snippet(EMBED_WIDTH),
    width: EMBED_WIDTH,
    height: defaultHeight(EMBED_WIDTH),
    thumbnail_url: e.abs(e.pngPath),
    thumbnail_width: IMAGE_WIDTH,
    thumbnail_height: IMAGE_HEIGHT,
  };
  return new Response(JSON.stringify(oembed), { headers: { 'Content-Type': 'application/json' } });
};
