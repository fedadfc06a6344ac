import { describe, expect, it } from 'vitest';
import { buildMapData } from '../geo/map-data';
import { pullDemoDataset } from '../pull/demo-dataset';
import { currentYear } from '../figures/stats';
import { placement } from './map-model';

// Pulled in memory: on a fresh clone the unit tests run before any dataset is written.
const dataset = await pullDemoDataset();

describe('site map data', () => {
  const inside = new Map<string, [number, number]>(dataset.municipalities.map((m, i) => [m.number, [10 + i / 1000, 60]]));
  const project = ([lon, lat]: readonly [number, number]): [number, number] => [Math.round(lon * 10), Math.round(lat * 10)];
  const data = buildMapData(dataset, currentYear(dataset), placement(inside, project));

  it('is built whole: every library has a place and a point on the national map, none filled in later', () => {
    for (const l of data.libraries) {
      const source = dataset.libraries.find((d) => d.id === l.id)!;
      const expected = source.position
        ? [Math.round(source.position.lon * 1e4) / 1e4, Math.round(source.position.lat * 1e4) / 1e4]
        : inside.get(source.municipalityNumber);
      expect(l.at).toEqual(expected);
      expect(l.xy).toEqual(project(l.at!));
    }
  });

  it('places a library without a position inside its seat municipality, and none where there is no such point', () => {
    const place = placement(new Map([['0301', [10.75, 59.91]]]), project);
    expect(place(null, '0301')).toEqual({ at: [10.75, 59.91], xy: [108, 599] });
    expect(place([5.3, 60.4], '0301')).toEqual({ at: [5.3, 60.4], xy: [53, 604] });
    expect(place(null, '9999')).toEqual({ at: null, xy: null });
  });
});
