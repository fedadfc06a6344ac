import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { PATHS } from '../paths';
import { loadPostcodes, padPostcode, parsePostcodes } from './postcodes';

describe('the postcode register (data/registry/postnummer-2024.csv)', () => {
  const postcodes = loadPostcodes();
  const municipalities = parse(readFileSync(join(PATHS.registry, 'kommuner-2024.csv')), { columns: true, bom: true }) as { kommunenummer: string }[];

  it('puts every postcode in a municipality of the 2024 register', () => {
    const known = new Set(municipalities.map((m) => m.kommunenummer));
    expect(postcodes.filter((p) => !known.has(p.municipalityNumber))).toEqual([]);
  });

  it('has every code once, as four digits, and postcodes for every municipality', () => {
    expect(postcodes.length).toBeGreaterThan(5000);
    expect(new Set(postcodes.map((p) => p.code)).size).toBe(postcodes.length);
    expect(postcodes.every((p) => /^\d{4}$/.test(p.code))).toBe(true);
    expect(new Set(postcodes.map((p) => p.municipalityNumber)).size).toBe(municipalities.length);
  });

  it("keeps the leading zero of Oslo's codes", () => {
    expect(postcodes.find((p) => p.code === '0150')).toEqual({ code: '0150', place: 'Oslo', municipalityNumber: '0301' });
  });
});

describe('padPostcode', () => {
  it('restores the zeros the upstream file drops', () => {
    expect(padPostcode('150')).toBe('0150');
    expect(padPostcode(1)).toBe('0001');
    expect(padPostcode('3050')).toBe('3050');
  });

  it('rejects what is not a postcode', () => {
    expect(() => padPostcode('12345')).toThrow();
    expect(() => padPostcode('0l50')).toThrow();
  });
});

describe('parsePostcodes', () => {
  it('names the row of a malformed line', () => {
    expect(() => parsePostcodes('postnummer,poststed,kommunenummer\n0150,Oslo,0301\n150,Oslo,0301\n')).toThrow(/row 3/);
  });
});
