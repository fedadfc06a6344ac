/**
 * Rows that disagree about one library. A library's identity and reach (its library number, the
 * municipalities it serves) must agree on every row: a disagreement is an error naming both rows.
 * Its name may differ (a renamed member, a typing error on one row): the name on the most rows is
 * used, a tie going to the earliest row, and a warning names the rows of every name, so one odd row
 * can't rename a library silently and the result never depends on the rows' order alone.
 * A school's students and staff: the first row's figure is used, with a warning.
 */
import type { Problem } from '../source/problems';
import type { ExportRow } from './export-row';

export interface LibraryConflicts {
  /** The name each library gets, by library id. */
  names: Map<string, string>;
  /** The library number each library gets (the one its rows agree on), by library id. */
  libraryNumbers: Map<string, string | null>;
  problems: Problem[];
  warnings: Problem[];
}

const SHOWN_ROWS = 5;
function rowList(rows: number[]): string {
  const shown = rows.slice(0, SHOWN_ROWS).join(', ');
  return rows.length > SHOWN_ROWS ? `rows ${shown} and ${rows.length - SHOWN_ROWS} more` : rows.length === 1 ? `row ${shown}` : `rows ${shown}`;
}

/** The rows of each distinct value, in order of first appearance; empty values left out. */
function byValue(rows: readonly ExportRow[], value: (row: ExportRow) => string | null): Map<string, number[]> {
  const groups = new Map<string, number[]>();
  for (const row of rows) {
    const v = value(row);
    if (v === null || v === '') continue;
    const at = groups.get(v);
    if (at) at.push(row.row);
    else groups.set(v, [row.row]);
  }
  return groups;
}

export function findLibraryConflicts(rows: readonly ExportRow[], file: string, libraryIdOf: (row: ExportRow) => string): LibraryConflicts {
  const result: LibraryConflicts = { names: new Map(), libraryNumbers: new Map(), problems: [], warnings: [] };
  const byLibrary = new Map<string, ExportRow[]>();
  for (const row of rows) {
    const id = libraryIdOf(row);
    const own = byLibrary.get(id);
    if (own) own.push(row);
    else byLibrary.set(id, [row]);
  }
  for (const [id, own] of byLibrary) {
    const names = byValue(own, (r) => r.memberName);
    // Most rows first; on a tie the name seen first (lowest row), since rows are in file order.
    const ranked = [...names].sort((a, b) => b[1].length - a[1].length || a[1][0]! - b[1][0]!);
    result.names.set(id, ranked[0]![0]);
    if (ranked.length > 1)
      result.warnings.push({
        file,
        row: ranked[1]![1][0],
        message: `conflicting names for library ${id}: ${ranked.map(([name, at]) => `"${name}" on ${rowList(at)}`).join(', ')}; "${ranked[0]![0]}", the name on the most rows, is used`,
      });

    const numbers = [...byValue(own, (r) => r.libraryNumber)];
    result.libraryNumbers.set(id, numbers[0]?.[0] ?? null);
    if (numbers.length > 1)
      result.problems.push({
        file,
        row: numbers[1]![1][0],
        message: `conflicting library numbers for ${own[0]!.memberName} (${id}): ${numbers.map(([n, at]) => `${n} on ${rowList(at)}`).join(', ')}; expected one library number per library`,
      });

    const served = [...byValue(own, (r) => r.municipalityNumbers.join('/'))];
    if (served.length > 1)
      result.problems.push({
        file,
        row: served[1]![1][0],
        message: `conflicting municipalities served by ${own[0]!.memberName} (${id}): ${served.map(([n, at]) => `${n} on ${rowList(at)}`).join(', ')}; expected the same municipalities on every row`,
      });

    const sizes = [...byValue(own, (r) => (r.memberType === 'school' && r.size !== null ? String(r.size) : null))];
    if (sizes.length > 1)
      result.warnings.push({
        file,
        row: sizes[1]![1][0],
        message: `conflicting students and staff for ${own[0]!.memberName} (${id}): ${sizes.map(([n, at]) => `${n} on ${rowList(at)}`).join(', ')}; the first, ${sizes[0]![0]}, is used`,
      });
  }
  return result;
}
