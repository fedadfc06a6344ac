/**
 * The ordering system's English reports pull with the shipped column map (data/source/
 * demo-export.columns.json): the "Subscriptions" report (accepted subscriptions only, no status
 * column) and the "Prices" report (Price status Accepted / Rejected / Waiting / Not Sent).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../source/problems';
import { parseRows } from './parse-rows';
import { readCsvTable } from '../source/read-table';
import { catalogue, columnMap, registryIndex } from './test-fixtures';

const report = (name: string) => {
  const file = join(import.meta.dirname, 'fixtures', name);
  return parseRows(readCsvTable(readFileSync(file), name), columnMap, name, registryIndex, catalogue);
};
const brief = (rows: ReturnType<typeof report>['rows']) => rows.map((r) => [r.memberName, r.serviceName, r.year, r.status]);

describe("the ordering system's reports", () => {
  it('reads the Subscriptions report: every row an accepted subscription', () => {
    const { rows, problems, warnings } = report('subscriptions-report.csv');
    expect(problems.map(formatProblem)).toEqual([]);
    expect(brief(rows)).toEqual([
      ['Oslo bibliotek', 'PressReader', 2026, 'active'],
      ['Bergen og Kinn bibliotek', 'PressReader', 2026, 'active'],
      ['Bjerke videregående skole', 'Ordnett Pluss', 2026, 'active'],
    ]);
    // Publisher is read as the vendor: Gyldendal matches the catalogue, so no vendor warning.
    expect(warnings.filter((w) => /vendor/.test(w.message))).toEqual([]);
    // Bergen's number 2120100 carries the pre-2020 municipality 1201: a warning, not an error.
    expect(warnings.map((w) => w.message)).toEqual([expect.stringMatching(/library number 2120100 carries municipality 1201, not 4601\/4602/)]);
  });

  it('takes the group start and end dates when a report has no own dates', () => {
    const { rows, problems } = report('subscriptions-report-group-dates.csv');
    expect(problems.map(formatProblem)).toEqual([]);
    expect(rows.map((r) => [r.periodStart, r.periodEnd, r.status])).toEqual([['2026-01-01', '2026-12-31', 'active']]);
  });

  it('reads the Prices report: Accepted is active, Rejected cancelled, Waiting and Not Sent are no subscription', () => {
    const { rows, problems } = report('prices-report.csv');
    expect(problems.map(formatProblem)).toEqual([]);
    expect(brief(rows)).toEqual([
      ['Oslo bibliotek', 'PressReader', 2025, 'active'],
      ['Oslo bibliotek', 'PressReader', 2026, 'cancelled'],
      ['Bergen og Kinn bibliotek', 'PressReader', 2026, 'active'],
    ]);
  });

  it('still requires a status column from any other export, so a lost or renamed status never reads as active', () => {
    const text = readFileSync(join(import.meta.dirname, 'fixtures', 'subscriptions-report.csv'), 'utf8').replace('Product category', 'Kategori');
    expect(() => parseRows(readCsvTable(new TextEncoder().encode(text), 'other.csv'), columnMap, 'other.csv', registryIndex, catalogue)).toThrow(
      /missing required column\(s\): status/,
    );
  });

  it('refuses a library number of the wrong type for the member, naming row and column', () => {
    const text = readFileSync(join(import.meta.dirname, 'fixtures', 'subscriptions-report.csv'), 'utf8').replace('3030101', '2030101');
    const { problems } = parseRows(readCsvTable(new TextEncoder().encode(text), 'r.csv'), columnMap, 'r.csv', registryIndex, catalogue);
    expect(problems.map(formatProblem)).toEqual([expect.stringMatching(/r\.csv.*row 4.*Library number.*starts with 2.*member is an upper-secondary school/)]);
  });
});
