/**
 * Everything one embed needs, computed at build time from the same map model as the pages:
 * the widget, its view, title, summary, table rows, CSV, picture and URLs (latest and frozen).
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import type { Lang } from '../../lib/i18n/lang';
import { localePath } from '../../lib/i18n/lang';
import { MAP_STRINGS, mapLocale } from '../../lib/geo/map-strings';
import type { MapView } from '../../lib/geo/view-state';
import { loadSiteData } from '../../lib/site-data';
import { datasetVersion, embedPath, embedRows, embedSummary, embedWidgets, rowsToCsv, defaultHeight, type EmbedWidget } from '../../lib/embed/views';
import { EMBED_STRINGS } from '../../lib/embed/strings';
import { mapImageSvg, IMAGE_HEIGHT, IMAGE_WIDTH, DEMO_IMAGE_MARK } from '../../lib/embed/map-image';
import { mapModel, siteMapData } from '../map/map-model';

export function widgets(): EmbedWidget[] {
  const { dataset } = loadSiteData();
  return embedWidgets(dataset);
}

export function currentVersion(): string {
  return datasetVersion(loadSiteData().dataset.source.sha256);
}

/** `widget` param values: latest (`tjenester/x`) and frozen (`v/<version>/tjenester/x`); undefined for Norway. */
export function widgetParams(): Array<{ param: string | undefined; widget: EmbedWidget; version?: string }> {
  const version = currentVersion();
  return widgets().flatMap((widget) => {
    const key = widget.key.replace(/\/$/, '');
    return [
      { param: key || undefined, widget },
      { param: `v/${version}${key ? `/${key}` : ''}`, widget, version },
    ];
  });
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
  const dateText = new Date(`${data.pulledAt}T12:00:00Z`).toLocaleDateString(mapLocale(lang), { year: 'numeric', month: 'long', day: 'numeric' });
  const source = `${MAP_STRINGS[lang].source(dateText)} ${t.licence}`;
  // PNGs are rendered for bokmål only (sharp costs time); the other languages share them.
  const pngPath = `${embedPath('nb', widget.key, version)}kart.png`;
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
        // PNGs are shared by all languages, so the mark names both.
        demoMark: loadSiteData().dataset.source.isDemo ? DEMO_IMAGE_MARK : undefined,
      }),
    snippet: (width = 640) => snippet(abs(path), title, defaultHeight(width), abs(pngPath), abs(localePath(lang, widget.fullPath)), t.imageAlt(title)),
  };
}

/** The iframe snippet: a title, lazy loading, a height that suits the width, and an image for readers without frames or scripts. */
export function snippet(src: string, title: string, height: number, png: string, full: string, alt: string): string {
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  return `<iframe src="${esc(src)}" title="${esc(title)}" loading="lazy" width="100%" height="${height}" style="border:0;width:100%;max-width:100%" data-hhh-embed></iframe><noscript><a href="${esc(full)}"><img src="${esc(png)}" alt="${esc(alt)}" width="${IMAGE_WIDTH}" height="${IMAGE_HEIGHT}" style="max-width:100%;height:auto"></a></noscript>`;
}

/** PNG from the picture's SVG, cached by the SVG's hash in .cache/embed/ between builds. */
export async function renderPng(svg: string): Promise<Buffer> {
  const dir = join(process.cwd(), '.cache', 'embed');
  const file = join(dir, `${createHash('sha256').update(svg).digest('hex').slice(0, 24)}.png`);
  if (existsSync(file)) return readFileSync(file);
  const png = await sharp(Buffer.from(svg)).png({ compressionLevel: 9, palette: true }).toBuffer();
  mkdirSync(dir, { recursive: true });
  writeFileSync(file, png);
  return png;
}
