/**
 * Small hand-made inputs for the pull's tests: three municipalities in two counties (two of them
 * sharing an intermunicipal library), two schools and three services.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import type { Catalogue } from '../dataset/catalogue';
import { PATHS } from '../paths';
import { indexRegistry, type Registry } from '../dataset/registry';
import type { DatasetSource } from '../dataset/schema';
import { parseColumnMap } from './column-map';
import { InvalidInputError } from '../source/problems';
import { pull, type PullOptions } from './pull';

export const registry: Registry = {
  counties: [
    { number: '03', name: 'Oslo', officialName: 'Oslo', population: 700 },
    { number: '46', name: 'Vestland', officialName: 'Vestland', population: 300 },
  ],
  municipalities: [
    { number: '0301', name: 'Oslo', shortName: 'Oslo', countyNumber: '03', population: 700 },
    { number: '4601', name: 'Bergen', shortName: 'Bergen', countyNumber: '46', population: 200 },
    { number: '4602', name: 'Kinn', shortName: 'Kinn', countyNumber: '46', population: 100 },
  ],
  schools: [
    {
      organisationNumber: '974591006',
      name: 'Bjerke videregående skole',
      municipalityNumber: '0301',
      countyNumber: '03',
      staff: 10,
      students: 90,
      lat: 59.9,
      lon: 10.8,
    },
    {
      organisationNumber: '912345678',
      name: 'Årstad videregående skole',
      municipalityNumber: '4601',
      countyNumber: '46',
      staff: 20,
      students: null,
      lat: 60.4,
      lon: 5.3,
    },
  ],
};
export const registryIndex = indexRegistry(registry);

const text = { nb: 'Tekst.', nn: 'Tekst.', en: 'Text.' };
export const catalogue: Catalogue = {
  vendors: [{ name: 'Norsk filminstitutt' }, { name: 'PressReader Inc.' }, { name: 'Gyldendal' }],
  services: [
    {
      name: 'Filmbib',
      vendor: 'Norsk filminstitutt',
      category: 'film',
      audience: 'public',
      funding: 'state-funded',
      billing: null,
      status: 'confirmed' as const,
      evidence: [{ source: 'test fixture', section: '1', note: { nb: 'oppdiktet for testen', nn: 'oppdikta for testen', en: 'invented for the test' } }],
      url: 'https://filmbib.no/',
      access: text,
      description: text,
    },
    {
      name: 'PressReader',
      vendor: 'PressReader Inc.',
      category: 'news-magazines',
      audience: 'both',
      funding: 'bought',
      billing: null,
      status: 'confirmed' as const,
      evidence: [{ source: 'test fixture', section: '1', note: { nb: 'oppdiktet for testen', nn: 'oppdikta for testen', en: 'invented for the test' } }],
      url: 'https://www.pressreader.com/',
      access: text,
      description: text,
    },
    {
      name: 'Ordnett Pluss',
      vendor: 'Gyldendal',
      category: 'reference',
      audience: 'school',
      funding: 'bought',
      billing: null,
      status: 'confirmed' as const,
      evidence: [{ source: 'test fixture', section: '1', note: { nb: 'oppdiktet for testen', nn: 'oppdikta for testen', en: 'invented for the test' } }],
      url: 'https://www.ordnett.no/',
      access: text,
      description: text,
    },
  ],
};

/** The real column map that reads the demo export. */
export const columnMap = parseColumnMap(JSON.parse(readFileSync(PATHS.demoColumns, 'utf8')), 'demo-export.columns.json');

export const source: DatasetSource = {
  name: 'test.csv',
  sha256: '0'.repeat(64),
  pulledAt: '2026-11-25T12:00:00.000Z',
  rows: 0,
  isDemo: false,
};

/**
 * A pull of the shipped demo inputs (column map, registries, catalogue) into `directory`, at a
 * fixed moment, so pull tests differ only in what they override.
 */
export function pullOptions(directory: string, overrides: Partial<PullOptions> = {}): PullOptions {
  return {
    source: PATHS.demoExport,
    columnsPath: PATHS.demoColumns,
    registryDirectory: PATHS.registry,
    cataloguePath: PATHS.catalogue,
    outputPath: `${directory}/dataset.json`,
    now: new Date('2026-11-25T12:00:00Z'),
    ...overrides,
  };
}

/**
 * The demo export with about `share` of its rows moved `years` ahead (every date on the row), the
 * rest as they were: churn that leaves the net count of active subscriptions unchanged.
 */
export function demoExportWithYearsMoved(share: number, years: number, random: () => number, lines?: string[]): string {
  const [header, ...rows] = lines ?? readFileSync(PATHS.demoExport, 'utf8').trimEnd().split('\n');
  const moved = rows.map((row) =>
    random() < share ? row.replace(/\b(20\d\d)-(\d\d-\d\d)\b/g, (_, year: string, rest: string) => `${Number(year) + years}-${rest}`) : row,
  );
  return `${[header, ...moved].join('\n')}\n`;
}

/** A file in fixtures/. */
export const fixture = (name: string) => join(import.meta.dirname, 'fixtures', name);

/** The message the pull refuses `source` with (an InvalidInputError); fails the test if it is accepted. */
export async function problemsOf(options: PullOptions, source: string, extra: Partial<PullOptions> = {}): Promise<string> {
  try {
    await pull({ ...options, source, ...extra });
  } catch (error) {
    expect(error).toBeInstanceOf(InvalidInputError);
    return (error as Error).message;
  }
  throw new Error(`${source} was accepted`);
}
