import { describe, expect, it } from 'vitest';
import type { MapLibrary } from './map-data';
import { libraryKindText, libraryListText, listedLibraries, listsHoldersOnly, markLegend, markSymbol, placedMarks, spreadMarks, type PointMark } from './marks';
import type { MapView } from './view-state';

const library = (id: string, kind: MapLibrary['kind'], m: string): MapLibrary => ({ id, kind, name: id, slug: id, m, serves: [m], at: null });
const oslo = library('fb-0301', 'public', '0301');
const bergen = library('fb-4601', 'public', '4601');
const school = library('vgs-1', 'school', '4601');
const otherSchool = library('vgs-2', 'school', '0301');
const all = [oslo, bergen, school, otherSchool];
const holders = [bergen, school];
const pools = { all, inCounty: (n: string) => all.filter((l) => l.m.startsWith(n)), holders };
const has = new Set(holders.map((l) => l.id));
const describeIt = (l: MapLibrary) => ({ has: has.has(l.id), text: has.has(l.id) ? 'ja' : 'nei' });
const view = (v: Partial<MapView>): MapView => ({ mode: 'breadth', kind: 'all', year: 2026, ...v });
const ids = (points: PointMark[]) => points.map((p) => p.id);

describe('listedLibraries', () => {
  it('lists only the holders on a national map of one service', () => {
    expect(listsHoldersOnly(view({ mode: 'service' }))).toBe(true);
    expect(ids(listedLibraries(view({ mode: 'service', serviceId: 's' }), pools, describeIt))).toEqual(['fb-4601', 'vgs-1']);
  });
  it('lists every library of a county, with the service or without', () => {
    expect(listsHoldersOnly(view({ mode: 'service', countyNumber: '03' }))).toBe(false);
    const listed = listedLibraries(view({ mode: 'service', serviceId: 's', countyNumber: '03' }), pools, describeIt);
    expect(listed).toEqual([
      { id: 'fb-0301', kind: 'public', has: false, text: 'nei' },
      { id: 'vgs-2', kind: 'school', has: false, text: 'nei' },
    ]);
  });
  it('lists every library on a national map of breadth or reach, keeping only the kind the view counts', () => {
    expect(ids(listedLibraries(view({}), pools, describeIt))).toEqual(all.map((l) => l.id));
    expect(ids(listedLibraries(view({ mode: 'reach', kind: 'school' }), pools, describeIt))).toEqual(['vgs-1', 'vgs-2']);
    expect(ids(listedLibraries(view({ kind: 'public' }), pools, describeIt))).toEqual(['fb-0301', 'fb-4601']);
  });
  it('leaves out a holder the description says lacks it (a service not offered to that kind)', () => {
    expect(listedLibraries(view({ mode: 'service', serviceId: 's' }), pools, () => ({ has: false, text: '' }))).toEqual([]);
  });
});

describe('placedMarks', () => {
  const points: PointMark[] = all.map((l) => ({ id: l.id, kind: l.kind, has: has.has(l.id), text: '' }));
  const at = new Map<string, [number, number]>([
    ['fb-0301', [1, 2]],
    ['fb-4601', [3, 4]],
    ['vgs-1', [5, 6]],
  ]);
  it('marks schools only on the national map, where public libraries are the shading', () => {
    expect(placedMarks(points, false, (id) => at.get(id))).toEqual([{ id: 'vgs-1', kind: 'school', has: true, text: '', x: 5, y: 6 }]);
  });
  it('marks public libraries too on a county map, and only libraries with a position', () => {
    expect(ids(placedMarks(points, true, (id) => at.get(id)))).toEqual(['fb-0301', 'fb-4601', 'vgs-1']);
  });
});

describe('markSymbol', () => {
  it('draws public libraries as circles and schools as triangles', () => {
    expect([markSymbol('public'), markSymbol('school')]).toEqual(['#map-pub', '#map-sch']);
  });
});

describe('libraryListText', () => {
  it('says the table holds only the holders on a national map of one service, every library otherwise', () => {
    const holdersOnly = libraryListText('nb', view({ mode: 'service' }), 3);
    const everyLibrary = libraryListText('nb', view({ mode: 'service', countyNumber: '46' }), 3);
    expect(holdersOnly.summary).toBe('Bibliotekene på kartet som har tjenesten (3)');
    expect(everyLibrary.summary).toBe('Bibliotekene på kartet (3)');
    expect(holdersOnly.valueHeading).toBe(everyLibrary.valueHeading);
    expect(libraryListText('nb', view({ mode: 'reach' }), 3).valueHeading).toBe(libraryListText('nb', view({}), 3).valueHeading);
    expect(libraryListText('nb', view({ mode: 'reach' }), 3).valueHeading).not.toBe(holdersOnly.valueHeading);
  });
  it('names the kind of a library in each language', () => {
    expect([libraryKindText('nb', 'public'), libraryKindText('en', 'school')]).toEqual(['Folkebibliotek', 'Upper-secondary school']);
  });
});

describe('spreadMarks', () => {
  const mark = (id: string, x: number, y: number, has = false, kind: 'public' | 'school' = 'school') => ({ id, kind, has, text: '', x, y });
  const minDistance = (marks: Array<{ x: number; y: number }>) => {
    let min = Infinity;
    for (let i = 0; i < marks.length; i++)
      for (let j = i + 1; j < marks.length; j++) min = Math.min(min, Math.hypot(marks[i]!.x - marks[j]!.x, marks[i]!.y - marks[j]!.y));
    return min;
  };

  it('leaves marks that are apart where they are', () => {
    const marks = [mark('a', 0, 0), mark('b', 100, 0), mark('c', 0, 40, true)];
    expect(spreadMarks(marks, 15).map((m) => [m.id, m.x, m.y])).toEqual([
      ['a', 0, 0],
      ['b', 100, 0],
      ['c', 0, 40],
    ]);
  });

  it('moves marks at the same place apart, around where they were, and draws those that have it last', () => {
    const marks = [mark('has', 50, 50, true), mark('lacks', 50, 50), mark('lacks2', 50, 50)];
    const spread = spreadMarks(marks, 15);
    expect(minDistance(spread)).toBeGreaterThanOrEqual(14.98);
    expect(spread.map((m) => m.id).at(-1)).toBe('has');
    for (const m of spread) expect(Math.hypot(m.x - 50, m.y - 50)).toBeLessThanOrEqual(15.01);
  });

  it('never lets any two marks overlap, however they are crowded (random crowds, chains of groups)', () => {
    let seed = 7;
    const random = () => ((seed = (seed * 16807) % 2147483647) - 1) / 2147483646;
    for (let trial = 0; trial < 30; trial++) {
      const n = 2 + Math.floor(random() * 60);
      const spread = 5 + random() * 120;
      const marks = Array.from({ length: n }, (_, i) =>
        mark(`m${i}`, Math.round(random() * spread), Math.round(random() * spread), random() < 0.5, random() < 0.3 ? 'public' : 'school'),
      );
      const placed = spreadMarks(marks, 15);
      expect(placed).toHaveLength(n);
      expect(new Set(placed.map((m) => m.id)).size).toBe(n);
      expect(minDistance(placed), `trial ${trial}`).toBeGreaterThanOrEqual(14.98);
      // Every mark that lacks comes before every mark that has.
      const firstHas = placed.findIndex((m) => m.has);
      if (firstHas >= 0) expect(placed.slice(firstHas).every((m) => m.has)).toBe(true);
    }
  });
});

describe('markLegend', () => {
  it('asks only for the rows of what is drawn', () => {
    expect(markLegend([])).toEqual({ public: false, school: false, has: false, lacks: false });
    expect(markLegend([{ id: 'a', kind: 'school', has: true, text: '' }])).toEqual({ public: false, school: true, has: true, lacks: false });
  });
});
