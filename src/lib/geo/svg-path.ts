/**
 * Compact SVG path data for build-time maps. d3's own serializer writes absolute coordinates
 * and keeps points that round onto each other; at the map's pixel size most of a
 * municipality's points do, so this context rounds to a grid, drops repeats and degenerate
 * rings, and writes relative moves (short numbers that gzip well).
 */
import type { GeoPath, GeoPermissibleObjects } from 'd3-geo';

/** A d3 path context (moveTo/lineTo/closePath) that writes compact relative path data. */
export class CompactPathContext {
  private parts: string[] = [];
  private x = 0;
  private y = 0;
  private beforeRingX = 0;
  private beforeRingY = 0;
  private ringX = 0;
  private ringY = 0;
  private ringPoints = 0;
  private ringStart = 0;

  /** `scale` grid points per unit: 1 rounds to whole units, 2 to halves (in a viewBox scaled by 2). */
  constructor(private readonly scale = 1) {}

  moveTo(x: number, y: number): void {
    this.endRing();
    const rx = Math.round(x * this.scale);
    const ry = Math.round(y * this.scale);
    this.ringStart = this.parts.length;
    this.beforeRingX = this.x;
    this.beforeRingY = this.y;
    this.parts.push(`m${rx - this.x} ${ry - this.y}`);
    this.x = this.ringX = rx;
    this.y = this.ringY = ry;
    this.ringPoints = 1;
  }

  lineTo(x: number, y: number): void {
    const rx = Math.round(x * this.scale);
    const ry = Math.round(y * this.scale);
    if (rx === this.x && ry === this.y) return;
    this.parts.push(` ${rx - this.x} ${ry - this.y}`);
    this.x = rx;
    this.y = ry;
    this.ringPoints++;
  }

  closePath(): void {
    // A closing point equal to the start adds nothing: z draws that segment.
    if (this.ringPoints > 1 && this.x === this.ringX && this.y === this.ringY) this.ringPoints--;
    this.parts.push('z');
    this.x = this.ringX;
    this.y = this.ringY;
    this.endRing();
  }

  arc(): void {
    throw new Error('CompactPathContext draws polygons and lines; draw points as symbols instead.');
  }

  /** A ring that rounded to fewer than three points has no area at this scale: drop it. */
  private endRing(): void {
    if (this.ringPoints > 0 && this.ringPoints < 3) {
      this.parts.length = this.ringStart;
      this.x = this.beforeRingX;
      this.y = this.beforeRingY;
    }
    this.ringPoints = 0;
  }

  result(): string {
    this.endRing();
    return this.parts.join('').replace(/ -/g, '-');
  }
}

/** Compact path data for one object, drawn with a projection-bound geoPath. */
export function compactPath(path: GeoPath, object: GeoPermissibleObjects, scale = 1): string {
  const context = new CompactPathContext(scale);
  path.context(context as unknown as CanvasRenderingContext2D)(object);
  path.context(null);
  return context.result();
}
