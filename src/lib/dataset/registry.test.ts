import { describe, expect, it } from 'vitest';
import { PATHS } from '../paths';
import { indexRegistry, parseRegistry, readRegistry } from './registry';

const registry = readRegistry(PATHS.registry);

describe('the committed registries', () => {
  it('have the 2024 division: 357 municipalities in 15 counties', () => {
    expect(registry.municipalities).toHaveLength(357);
    expect(new Set(registry.municipalities.map((m) => m.number)).size).toBe(357);
    expect(registry.counties.map((c) => c.number)).toEqual(['03', '11', '15', '18', '31', '32', '33', '34', '39', '40', '42', '46', '50', '55', '56']);
  });

  it('put every municipality in an existing county matching its number', () => {
    const { countyByNumber } = indexRegistry(registry);
    for (const m of registry.municipalities) {
      expect(countyByNumber.has(m.countyNumber), m.number).toBe(true);
      expect(m.number.slice(0, 2)).toBe(m.countyNumber);
    }
  });

  it('have county populations that are the sums of their municipalities (SSB 1.1.2024)', () => {
    for (const county of registry.counties) {
      const sum = registry.municipalities.filter((m) => m.countyNumber === county.number).reduce((s, m) => s + m.population, 0);
      expect(sum, county.name).toBe(county.population);
    }
    expect(registry.counties.reduce((s, c) => s + c.population, 0)).toBe(5_550_203);
  });

  it('list the 353 county-run upper-secondary schools, each in an existing municipality', () => {
    const { municipalityByNumber } = indexRegistry(registry);
    expect(registry.schools).toHaveLength(353);
    for (const school of registry.schools) {
      expect(municipalityByNumber.has(school.municipalityNumber), `${school.name} (${school.municipalityNumber})`).toBe(true);
      expect(school.organisationNumber).toMatch(/^\d{9}$/);
      expect(school.lat).toBeGreaterThan(57);
    }
  });
});

describe('parseRegistry', () => {
  const counties = 'fylkesnummer,fylkesnavn,fylkesnavn_offisielt,antall_kommuner,folketall,areal_km2\n03,Oslo,Oslo,1,100,1\n';
  const schools = 'organisasjonsnummer,skolenavn,kommunenummer,fylkesnummer,fylkeskommunal,lat,lon\n';

  it('names the file, row and column of a bad number', () => {
    const municipalities = 'kommunenummer,kommunenavn,kortnavn,fylkesnummer,folketall\n0301,Oslo,Oslo,03,100\n0302,X,X,03,many\n';
    expect(() => parseRegistry({ counties, municipalities, schools })).toThrow(
      'kommuner-2024.csv row 3, column folketall: expected a whole number, got "many"',
    );
  });

  it('names missing columns', () => {
    expect(() => parseRegistry({ counties, municipalities: 'kommunenummer,navn\n0301,Oslo\n', schools })).toThrow(
      /kommuner-2024.csv: missing column\(s\) kommunenavn, kortnavn, fylkesnummer, folketall/,
    );
  });
});
