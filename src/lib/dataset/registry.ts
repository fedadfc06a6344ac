/**
 * The real registries the site joins subscriptions to: counties and municipalities (2024 division,
 * population 1.1.2024) and the county-run upper-secondary schools in operation. Sources and
 * licences are in data/SOURCES.md.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';

export interface RegistryCounty {
  number: string;
  name: string;
  officialName: string;
  population: number;
}

export interface RegistryMunicipality {
  number: string;
  name: string;
  shortName: string;
  countyNumber: string;
  population: number;
}

export interface RegistrySchool {
  organisationNumber: string;
  name: string;
  municipalityNumber: string;
  countyNumber: string;
  staff: number | null;
  students: number | null;
  lat: number;
  lon: number;
}

export interface Registry {
  counties: RegistryCounty[];
  municipalities: RegistryMunicipality[];
  schools: RegistrySchool[];
}

export const REGISTRY_FILES = {
  counties: 'fylker-2024.csv',
  municipalities: 'kommuner-2024.csv',
  schools: 'vgs-i-drift-2026-03.csv',
} as const;

type Row = Record<string, string>;

/**
 * NSR lists county offices (exams, private candidates, career centres, apprenticeships, intake)
 * and online schools as upper-secondary units too; they have no school library, so they are not
 * members. Matched by name because the register has no field for it.
 */
export const NOT_A_SCHOOL_LIBRARY = /eksamen|privatist|karriere|fagopplæringen|ung invest|kompetansebyggeren|inntak|nettskole/i;

/**
 * The records of one register file: checks the header has the `required` columns, then turns each
 * row into a record (or null to leave it out). `int` reads a whole number and names the file, the
 * spreadsheet row (the header is row 1) and the column when it is not one.
 */
function readCsv<T>(text: string, file: string, required: string[], toRecord: (r: Row, int: (column: string) => number) => T | null): T[] {
  const rows = parse(text, { columns: true, skip_empty_lines: true, bom: true }) as Row[];
  const header = Object.keys(rows[0] ?? {});
  const missing = required.filter((column) => !header.includes(column));
  if (missing.length > 0) {
    throw new Error(`${file}: missing column(s) ${missing.join(', ')}; found ${header.join(', ')}`);
  }
  return rows.flatMap((r, i) => toRecord(r, (column) => toInt(r[column], file, i + 2, column)) ?? []);
}

function toInt(value: string | undefined, file: string, row: number, column: string): number {
  const n = Number(value);
  if (value === undefined || value.trim() === '' || !Number.isInteger(n)) {
    throw new Error(`${file} row ${row}, column ${column}: expected a whole number, got "${value ?? ''}"`);
  }
  return n;
}

function toOptionalInt(value: string | undefined): number | null {
  if (value === undefined || value.trim() === '') return null;
  const n = Number(value);
  return Number.isInteger(n) ? n : null;
}

export function parseRegistry(texts: { counties: string; municipalities: string; schools: string }): Registry {
  const counties = readCsv(
    texts.counties,
    REGISTRY_FILES.counties,
    ['fylkesnummer', 'fylkesnavn', 'fylkesnavn_offisielt', 'folketall'],
    (r, int): RegistryCounty => ({
      number: r.fylkesnummer!,
      name: r.fylkesnavn!,
      officialName: r.fylkesnavn_offisielt!,
      population: int('folketall'),
    }),
  );
  const municipalities = readCsv(
    texts.municipalities,
    REGISTRY_FILES.municipalities,
    ['kommunenummer', 'kommunenavn', 'kortnavn', 'fylkesnummer', 'folketall'],
    (r, int): RegistryMunicipality => ({
      number: r.kommunenummer!,
      name: r.kommunenavn!,
      shortName: r.kortnavn!,
      countyNumber: r.fylkesnummer!,
      population: int('folketall'),
    }),
  );
  const schools = readCsv(
    texts.schools,
    REGISTRY_FILES.schools,
    ['organisasjonsnummer', 'skolenavn', 'kommunenummer', 'fylkesnummer', 'fylkeskommunal', 'lat', 'lon'],
    (r): RegistrySchool | null =>
      // Only schools the counties run (and Oslo's own) are members of the consortium.
      r.fylkeskommunal !== 'ja' || NOT_A_SCHOOL_LIBRARY.test(r.skolenavn!)
        ? null
        : {
            organisationNumber: r.organisasjonsnummer!,
            name: r.skolenavn!,
            municipalityNumber: r.kommunenummer!,
            countyNumber: r.fylkesnummer!,
            staff: toOptionalInt(r.antallansatte),
            students: toOptionalInt(r.antallelever),
            lat: Number(r.lat),
            lon: Number(r.lon),
          },
  );
  return { counties, municipalities, schools };
}

export function readRegistry(directory: string): Registry {
  const read = (file: string) => readFileSync(join(directory, file), 'utf8');
  return parseRegistry({
    counties: read(REGISTRY_FILES.counties),
    municipalities: read(REGISTRY_FILES.municipalities),
    schools: read(REGISTRY_FILES.schools),
  });
}

/** Lookup tables, built once per registry. */
export function indexRegistry(registry: Registry) {
  return {
    countyByNumber: new Map(registry.counties.map((c) => [c.number, c])),
    municipalityByNumber: new Map(registry.municipalities.map((m) => [m.number, m])),
    schoolByOrganisationNumber: new Map(registry.schools.map((s) => [s.organisationNumber, s])),
  };
}
export type RegistryIndex = ReturnType<typeof indexRegistry>;
