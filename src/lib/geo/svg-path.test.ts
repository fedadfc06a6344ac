import { geoIdentity, geoPath } from 'd3-geo';
import { describe, expect, it } from 'vitest';
import { compactPath } from './svg-path';

/** Absolute points of compact relative path data, ring by ring. */
function rings(d: string): Array<Array<[number, number]>> {
  const result: Array<Array<[number, number]>> = [];
  let x = 0;
  let y = 0;
  for (const ring of d.split('z').filter(Boolean)) {
    const numbers = ring.slice(1).match(/-?\d+/g)!.map(Number);
    const points: Array<[number, number]> = [];
    for (let i = 0; i < numbers.length; i += 2) {
      x += numbers[i]!;
      y += numbers[i + 1]!;
      points.push([x, y]);
    }
    // After z the pen is back at the ring's start.
    [x, y] = points[0]!;
    result.push(points);
  }
  return result;
}

/** Points written as "x,y x,y ...", to keep the cases readable. */
const points = (text: string): Array<[number, number]> => text.split(' ').map((p) => p.split(',').map(Number) as [number, number]);
/** A closed polygon through the points. */
const polygon = (text: string) => ({ type: 'Polygon' as const, coordinates: [points(text)] });

describe('compactPath', () => {
  const path = geoPath(geoIdentity());
  it('writes relative, rounded points that add up to the original positions', () => {
    const square = polygon('10.2,10 20,10.4 20,20 10,20 10.2,10');
    const triangle = polygon('30,30 40,30 35,38 30,30');
    const d = compactPath(path, { type: 'GeometryCollection', geometries: [square, triangle] });
    expect(rings(d)).toEqual([points('10,10 20,10 20,20 10,20'), points('30,30 40,30 35,38')]);
  });
  it('drops rings that round to fewer than three points and keeps later rings in place', () => {
    const speck = polygon('5,5 5.2,5 5.2,5.2 5,5');
    const square = polygon('10,10 20,10 20,20 10,10');
    const d = compactPath(path, { type: 'GeometryCollection', geometries: [speck, square] });
    expect(rings(d)).toEqual([points('10,10 20,10 20,20')]);
  });
});
