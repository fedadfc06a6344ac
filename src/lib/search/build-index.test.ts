import { beforeAll, describe, expect, it } from 'vitest';
import type { Dataset } from '../dataset/schema';
import { slugify } from '../slug';
import { buildSearchIndex } from './build-index';
import { decodePositions, decodePostcodes, encodePostcodes, type SearchIndex } from './index-format';
import { demoSearchInputs } from './node-data';
import type { Postcode } from './postcodes';
import { multiplyIndex } from '../../../tools/bench/search-synthetic';

let dataset: Dataset;
let postcodes: Postcode[];
let index: SearchIndex;
beforeAll(async () => ({ dataset, postcodes, index } = await demoSearchInputs()));

describe('buildSearchIndex', () => {
  it('has every municipality, county, library, service and vendor once', () => {
    expect(index.municipalities.map((m) => m[0]).sort()).toEqual(dataset.municipalities.map((m) => m.number).sort());
    expect(index.counties).toHaveLength(dataset.counties.length);
    expect(index.libraries).toHaveLength(dataset.libraries.length);
    expect(index.services.map((s) => s[0]).sort()).toEqual(dataset.services.map((s) => s.slug).sort());
    expect(index.vendors).toHaveLength(dataset.vendors.length);
  });

  it("gives back each library's slug and the municipalities it serves", () => {
    const bySlug = new Map(index.libraries.map((r) => [r[0] === 0 ? slugify(r[1]) : r[0], r]));
    expect(bySlug.size).toBe(dataset.libraries.length);
    for (const library of dataset.libraries) {
      const row = bySlug.get(library.slug)!;
      expect(row[1]).toBe(library.name);
      const served = decodePositions(row[3]).map((i) => index.municipalities[i]![0]);
      expect(served.sort()).toEqual([...library.servesMunicipalities].sort());
      expect(row[2]).toBe(library.kind === 'public' ? 0 : 1);
    }
  });

  it('encodes every postcode exactly once, with its place and municipality', () => {
    const decoded: Postcode[] = index.places.flatMap(([place, m, codes]) =>
      decodePostcodes(codes).map((code) => ({ code, place, municipalityNumber: index.municipalities[m]![0] })),
    );
    const byCode = (a: Postcode, b: Postcode) => a.code.localeCompare(b.code);
    expect(decoded.sort(byCode)).toEqual([...postcodes].sort(byCode));
  });

  it('has no runs of comma-separated digits that the dist leak check would take for prices', () => {
    expect(JSON.stringify(index).match(/\d+,\d{2}/g)).toBeNull();
  });

  it('carries nothing a result does not show: no subscriptions, populations or positions', () => {
    const json = JSON.stringify(index);
    expect(Object.keys(index).sort()).toEqual(['categories', 'counties', 'libraries', 'municipalities', 'places', 'services', 'v', 'vendors']);
    expect(json).not.toContain('"lat"');
    const organisationNumber = dataset.libraries.find((l) => l.organisationNumber)!.organisationNumber!;
    expect(json).not.toContain(organisationNumber);
    expect(json).not.toContain(String(dataset.municipalities[0]!.population));
  });

  it('refuses a postcode in an unknown municipality', () => {
    expect(() => buildSearchIndex(dataset, [{ code: '0001', place: 'X', municipalityNumber: '9999' }])).toThrow(/9999/);
  });
});

describe('encodePostcodes', () => {
  it('round-trips codes with leading zeros, in any order', () => {
    expect(encodePostcodes([150, 1, 10])).toBe('1 9 140');
    expect(decodePostcodes(encodePostcodes([150, 1, 10]))).toEqual(['0001', '0010', '0150']);
  });
});

describe('multiplyIndex', () => {
  it('makes a larger country whose references stay inside each copy', () => {
    const x3 = multiplyIndex(index, 3);
    expect(x3.libraries).toHaveLength(3 * index.libraries.length);
    const copy = index.libraries.length;
    const [, name, , served] = x3.libraries[copy]!;
    expect(name).toBe(`${index.libraries[0]![1]} nord`);
    const seat = (row: string) => decodePositions(row)[0]!;
    expect(x3.municipalities[seat(served)]![1]).toBe(`${index.municipalities[seat(index.libraries[0]![3])]![1]} nord`);
  });
});
