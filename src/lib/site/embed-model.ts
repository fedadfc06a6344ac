/**
 * Everything one embed needs, computed at build time from the same map model as the pages:
 * the widget, its view, title, summary, table rows, CSV, picture and URLs (latest and frozen).
 */
import { createHash } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import type { Lang } from '../i18n/lang';
import { MAP_STRINGS, mapLocale } from '../geo/map-strings';
import type { MapView } from '../geo/view-state';
import { loadSiteData } from '../dataset/site-data';
import { datasetVersion, embedRows, embedSummary, embedWidgets, rowsToCsv, type EmbedWidget } from '../embed/views';
import { EMBED_STRINGS } from '../embed/strings';
import { embedDataPackage } from '../embed/embed-data-package';
import { mapImageSvg } from '../embed/map-image';
import { embedSnippet, widgetPicturePath } from '../embed/builder';
import { DEMO_IMAGE_MARK } from '../images/share-image';
import { cachedPicture } from '../images/picture-cache';
import { writeFileAtomic } from '../source/write-atomic';
import { PATHS } from '../paths';
import { once } from './cache';
import { embedPath, localePath } from './urls';
import { mapModel, siteMapData } from './map-model';
import { formatDate } from '../i18n/format';

export const widgets = once((): EmbedWidget[] => embedWidgets(loadSiteData().dataset));

export const currentVersion = once((): string => datasetVersion(loadSiteData().dataset.source.sha256));

/** `widget` param values: latest (`tjenester/x`) and frozen (`v/<version>/tjenester/x`); undefined for Norway. */
export function widgetParams(): Array<{ param: string | undefined; widget: EmbedWidget; version?: string }> {
  const version = currentVersion();
  const param = (key: string, v?: string) => embedPath('nb', key, v).slice('/embed/'.length).replace(/\/$/, '') || undefined;
  return widgets().flatMap((widget) => [
    { param: param(widget.key), widget },
    { param: param(widget.key, version), widget, version },
  ]);
}

export function embedModel(lang: Lang, widget: EmbedWidget, version: string | undefined, site: URL | undefined) {
  const data = siteMapData();
  const t = EMBED_STRINGS[lang];
  const view: MapView = { kind: 'all', year: data.year, ...widget.view };
  const model = mapModel(view, lang);
  const county = view.countyNumber ? data.counties.find((c) => c.n === view.countyNumber)?.name : undefined;
  const service = view.serviceId ? data.services.find((s) => s.id === view.serviceId) : undefined;
  const title = service ? service.name : t.breadthTitle(county);
  const summary = embedSummary(data, view, model.shaded, lang);
  const path = embedPath(lang, widget.key, version);
  const latestPath = embedPath(lang, widget.key);
  const frozenPath = embedPath(lang, widget.key, version ?? currentVersion());
  const abs = (p: string) => (site ? new URL(p, site).href : p);
  const dateText = formatDate(`${data.pulledAt}T12:00:00Z`, lang);
  // A frozen version's picture leaves out the date, so it is shared with the previous version when its figures did not change (see frozen-shared.ts).
  const source = `${version ? t.undatedSource : MAP_STRINGS[lang].source(dateText)} ${t.licence}`;
  // PNGs are rendered for bokmål and the latest English (sharp costs time); the others share bokmål's.
  const pngPath = widgetPicturePath(widget.key, version, lang);
  return {
    view,
    model,
    version: version ?? currentVersion(),
    title,
    summary,
    source,
    path,
    latestPath,
    frozenPath,
    fullPath: localePath(lang, widget.fullPath),
    csvPath: `${path}data.csv`,
    svgPath: `${path}kart.svg`,
    pngPath,
    oembedPath: `${path}oembed.json`,
    abs,
    dataPackage: () =>
      embedDataPackage({
        title,
        header: t.csvHeader,
        demoColumn: loadSiteData().dataset.source.isDemo ? t.csvDemoColumn : undefined,
        version: version ?? currentVersion(),
        created: loadSiteData().dataset.source.pulledAt,
      }),
    csv: () => rowsToCsv(embedRows(data, view, model.shaded, mapLocale(lang)), t.csvHeader, loadSiteData().dataset.source.isDemo ? t.csvDemoColumn : undefined),
    image: () =>
      mapImageSvg({
        width: model.geometry.width,
        height: model.geometry.height,
        municipalities: model.geometry.municipalities.map((m) => ({ ...m, cls: model.shaded.shades.get(m.n)?.cls })),
        countyBorders: model.geometry.countyBorders,
        box: view.countyNumber ? model.geometry.countyBoxes[view.countyNumber] : undefined,
        title,
        summary,
        legend: model.shaded.legend,
        source,
        demoMark: loadSiteData().dataset.source.isDemo ? DEMO_IMAGE_MARK : undefined,
      }),
    snippet: (width = EMBED_WIDTH) =>
      embedSnippet({ src: abs(path), title, width, full: abs(localePath(lang, widget.fullPath)), picture: { src: abs(pngPath), alt: t.imageAlt(title) } }),
  };
}

/** The width of ready-made snippets and of oEmbed's answer (an article column); the builder lets a journalist choose. */
export const EMBED_WIDTH = 640;

/** PNG from the picture's SVG, cached by the SVG's hash in .cache/embed/ between builds. */
export async function renderPng(svg: string): Promise<Buffer> {
  const dir = PATHS.embedPictureCache;
  const file = join(dir, `${createHash('sha256').update(svg).digest('hex').slice(0, 24)}.png`);
  const cached = cachedPicture(file);
  if (cached) return cached;
  const png = await sharp(Buffer.from(svg)).png({ compressionLevel: 9, palette: true }).toBuffer();
  mkdirSync(dir, { recursive: true });
  // Atomic: a build stopped half-way must not leave a broken picture that later builds (and CI's cache) reuse.
  writeFileAtomic(file, png);
  return png;
}
