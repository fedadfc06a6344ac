/**
 * The picture of a map view as one SVG document: title, the map as shown, its legend, the source
 * line, the date and the demo mark, laid out for a PNG (view-picture.ts draws it to a canvas).
 * Pure and browser-safe, so it is tested without a browser.
 */
import { escapeMarkup } from '../../lib/html/escape';
import { wrap } from '../../lib/images/text-wrap';

export interface PictureParts {
  /** The view's title ("Antall tjenester per kommune, 2026"). */
  title: string;
  /** The map's own <svg> serialized (its <defs> carry the palette the legend's classes use). */
  map: string;
  /** The map's viewBox width / height, so it keeps its shape. */
  mapAspect: number;
  /** Legend rows: the shading class of the swatch and its text. */
  legend: readonly { cls: string; label: string }[];
  /** The source line with the data's date, and the demo mark when the data is the demo. */
  source: string;
  demo: string | null;
}

export const PICTURE_WIDTH = 1200;
const PAD = 32;
const TITLE_SIZE = 30;
const TEXT_SIZE = 18;
const LEGEND_WIDTH = 360;
const MAP_WIDTH = PICTURE_WIDTH - LEGEND_WIDTH - PAD * 3;

const text = (x: number, y: number, size: number, content: string, weight = 400) =>
  `<text x="${x}" y="${y}" font-size="${size}" font-weight="${weight}" fill="#1a1a1a">${escapeMarkup(content)}</text>`;

export function pictureSvg(parts: PictureParts): { svg: string; width: number; height: number } {
  const titleLines = wrap(parts.title, 64);
  let y = PAD + TITLE_SIZE;
  const out: string[] = [];
  for (const line of titleLines) {
    out.push(text(PAD, y, TITLE_SIZE, line, 700));
    y += TITLE_SIZE * 1.25;
  }
  const top = Math.round(y);
  const mapHeight = Math.round(MAP_WIDTH / (parts.mapAspect > 0 ? parts.mapAspect : 1));
  // The map's own svg, placed and scaled by its outer width and height.
  const map = parts.map.replace(/^<svg\b/, `<svg x="${PAD}" y="${top}" width="${MAP_WIDTH}" height="${mapHeight}"`);
  out.push(map);
  let ly = top + TEXT_SIZE;
  const lx = PAD * 2 + MAP_WIDTH;
  for (const item of parts.legend) {
    out.push(`<rect x="${lx}" y="${ly - 14}" width="28" height="18" class="${escapeMarkup(item.cls)}" stroke="#767676" stroke-width="1"/>`);
    for (const line of wrap(item.label, 30)) {
      out.push(text(lx + 38, ly, TEXT_SIZE, line));
      ly += TEXT_SIZE * 1.3;
    }
    ly += 8;
  }
  let by = Math.max(top + mapHeight, ly) + PAD;
  for (const line of wrap(parts.source, 110)) {
    out.push(text(PAD, by, 16, line));
    by += 22;
  }
  if (parts.demo) {
    out.push(text(PAD, by, 18, parts.demo, 700));
    by += 24;
  }
  const height = Math.ceil(by + PAD / 2);
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="${PICTURE_WIDTH}" height="${height}" viewBox="0 0 ${PICTURE_WIDTH} ${height}" font-family="Inter, Arial, Helvetica, sans-serif">` +
    // The map's style sheet scopes its palette and shading classes under .norway-map.
    `<rect width="100%" height="100%" fill="#ffffff"/><g class="norway-map">${out.join('')}</g></svg>`;
  return { svg, width: PICTURE_WIDTH, height };
}
