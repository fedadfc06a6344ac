/** Rows that disagree about one library are a reported conflict, never a silent winner (issue 29, point 8). */
import { describe, expect, it } from 'vitest';
import { formatProblem, InvalidInputError } from '../source/problems';
import { readCsvTable } from '../source/read-table';
import { csv, VALID_ROWS } from '../source/test-tables';
import { buildDataset } from './build-dataset';
import { parseRows } from './parse-rows';
import { catalogue, columnMap, registry, registryIndex, source } from './test-fixtures';

function build(rows: string[]) {
  const parsed = parseRows(readCsvTable(csv(rows), 'export.csv'), columnMap, 'export.csv', registryIndex, catalogue);
  expect(parsed.problems.map(formatProblem)).toEqual([]);
  return buildDataset({ rows: parsed.rows, file: 'export.csv', registry, index: registryIndex, catalogue, source });
}
function buildError(rows: string[]): string {
  try {
    build(rows);
  } catch (error) {
    expect(error).toBeInstanceOf(InvalidInputError);
    return (error as Error).message;
  }
  throw new Error('expected the build to fail');
}
const oslo = (dataset: ReturnType<typeof build>['dataset']) => dataset.libraries.find((l) => l.id === 'fb-0301')!;

describe('a library renamed on one row', () => {
  const renamed = VALID_ROWS[2]!.replace('Oslo bibliotek', 'Bergen bibliotek');

  it('does not win: the name on the most rows is used, and a warning names the rows of each name', () => {
    const { dataset, warnings } = build([VALID_ROWS[0]!, VALID_ROWS[1]!, renamed]);
    expect(oslo(dataset).name).toBe('Oslo bibliotek');
    expect(warnings.map(formatProblem)).toEqual([
      'export.csv, row 4: conflicting names for library fb-0301: "Oslo bibliotek" on rows 2, 3, "Bergen bibliotek" on row 4; "Oslo bibliotek", the name on the most rows, is used',
    ]);
  });

  it('gives the same name whatever the order of the rows (a tie goes to the earliest row)', () => {
    expect(oslo(build([renamed, VALID_ROWS[0]!, VALID_ROWS[1]!]).dataset).name).toBe('Oslo bibliotek');
    expect(oslo(build([renamed, VALID_ROWS[0]!]).dataset).name).toBe('Bergen bibliotek');
    expect(oslo(build([VALID_ROWS[0]!, renamed]).dataset).name).toBe('Oslo bibliotek');
  });
});

describe('conflicting numbers for one library', () => {
  it('are an error naming the rows of each library number', () => {
    expect(buildError([VALID_ROWS[0]!, VALID_ROWS[1]!.replace('2030100', '2030101')])).toContain(
      'export.csv, row 3: conflicting library numbers for Oslo bibliotek (fb-0301): 2030100 on row 2, 2030101 on row 3; expected one library number per library',
    );
  });

  it('are an error when the rows disagree on the municipalities served', () => {
    const rows = [VALID_ROWS[3]!, VALID_ROWS[3]!.replace('4601/4602', '4601').replace('Filmbib,Norsk filminstitutt', 'PressReader,PressReader Inc.')];
    expect(buildError(rows)).toContain(
      'export.csv, row 3: conflicting municipalities served by Bergen og Kinn bibliotek (fb-4601): 4601/4602 on row 2, 4601 on row 3; expected the same municipalities on every row',
    );
  });

  it('take a blank library number as no conflict, and the number the other rows give', () => {
    const { dataset, warnings } = build([VALID_ROWS[0]!.replace('2030100', ''), VALID_ROWS[1]!]);
    expect(oslo(dataset).libraryNumber).toBe('2030100');
    expect(warnings).toEqual([]);
  });

  it("warn when a school's students and staff differ, using the first row's", () => {
    const school = VALID_ROWS[4]!;
    const { dataset, warnings } = build([school, school.replace(',100,', ',140,').replace('Ordnett Pluss,Gyldendal', 'PressReader,PressReader Inc.')]);
    expect(dataset.libraries.find((l) => l.id === 'vgs-974591006')!.studentsAndStaff).toBe(100);
    expect(warnings.map(formatProblem)).toEqual([
      'export.csv, row 3: conflicting students and staff for Bjerke videregående skole (vgs-974591006): 100 on row 2, 140 on row 3; the first, 100, is used',
    ]);
  });
});
