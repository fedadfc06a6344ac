import { describe, expect, it } from 'vitest';
import { buildDataset } from './build-dataset';
import { parseRows } from './parse-rows';
import { formatProblem, InvalidInputError } from '../source/problems';
import { readCsvTable } from '../source/read-table';
import { csv, VALID_ROWS } from '../source/test-tables';
import { catalogue, columnMap, registry, registryIndex, source } from './test-fixtures';

function build(rows: string[]) {
  const parsed = parseRows(readCsvTable(csv(rows), 'export.csv'), columnMap, 'export.csv', registryIndex, catalogue);
  expect(parsed.problems.map(formatProblem)).toEqual([]);
  return buildDataset({ rows: parsed.rows, file: 'export.csv', registry, index: registryIndex, catalogue, source });
}

describe('buildDataset', () => {
  const { dataset } = build(VALID_ROWS);

  it('has one public library per municipality, the shared one serving both', () => {
    const publicLibraries = dataset.libraries.filter((l) => l.kind === 'public');
    expect(publicLibraries.map((l) => [l.id, l.servesMunicipalities])).toEqual([
      ['fb-0301', ['0301']],
      ['fb-4601', ['4601', '4602']],
    ]);
    expect(publicLibraries.find((l) => l.id === 'fb-4601')).toMatchObject({
      name: 'Bergen og Kinn bibliotek',
      inhabitantsServed: 300,
      countyNumber: '46',
      slug: 'bergen-og-kinn-bibliotek',
    });
  });

  it('includes every registry school, ordering or not', () => {
    expect(dataset.libraries.filter((l) => l.kind === 'school').map((l) => [l.id, l.studentsAndStaff])).toEqual([
      ['vgs-912345678', null],
      ['vgs-974591006', 100],
    ]);
  });

  it('adds a library for a municipality the export does not mention', () => {
    const { dataset: partial } = build([VALID_ROWS[0]!]);
    expect(partial.libraries.find((l) => l.id === 'fb-4602')).toMatchObject({ name: 'Kinn bibliotek', servesMunicipalities: ['4602'], inhabitantsServed: 100 });
  });

  it('keeps subscriptions with their status per agreement year', () => {
    expect(dataset.subscriptions).toEqual([
      { libraryId: 'fb-0301', serviceId: 'filmbib', year: 2025, status: 'active' },
      { libraryId: 'fb-0301', serviceId: 'pressreader', year: 2025, status: 'active' },
      { libraryId: 'fb-0301', serviceId: 'pressreader', year: 2026, status: 'cancelled' },
      { libraryId: 'fb-4601', serviceId: 'filmbib', year: 2026, status: 'active' },
      { libraryId: 'vgs-974591006', serviceId: 'ordnett-pluss', year: 2026, status: 'active' },
    ]);
    expect(dataset.periods).toEqual([
      { year: 2025, start: '2025-01-01', end: '2025-12-31' },
      { year: 2026, start: '2026-01-01', end: '2026-12-31' },
    ]);
  });

  it('takes service facts from the catalogue', () => {
    expect(dataset.services.find((s) => s.id === 'filmbib')).toMatchObject({ funding: 'state-funded', audience: 'public', vendorId: 'norsk-filminstitutt' });
  });

  it('holds nothing private', () => {
    const json = JSON.stringify(dataset);
    for (const secret of ['Kari Hansen', 'kari.hansen@oslo.kommune.example', '+47 41234567', '1234,50', '5432,10']) expect(json).not.toContain(secret);
  });

  it('merges identical duplicate rows', () => {
    const result = build([...VALID_ROWS, VALID_ROWS[1]!]);
    expect(result.mergedDuplicates).toBe(1);
    expect(result.dataset.subscriptions).toHaveLength(5);
  });

  it('rejects conflicting duplicates, naming both rows', () => {
    const conflicting = VALID_ROWS[1]!.replace('Bekreftet', 'Oppsagt');
    expect(() => build([...VALID_ROWS, conflicting])).toThrow(InvalidInputError);
    expect(() => build([...VALID_ROWS, conflicting])).toThrow(
      'export.csv, row 7: conflicting duplicate: Oslo bibliotek / PressReader / 2025 is "cancelled" here but "active" on row 3',
    );
  });
});
