/**
 * Turns the export's records into typed subscription rows, checking each cell against the
 * registries and the catalogue. Every problem is collected with its row and column.
 */
import { checkLibraryNumber } from './library-number';
import { cleanName } from './clean-text';
import { checkAgreementYear, uniqueMunicipalityNumbers } from './row-checks';
import { normaliseName, type Catalogue } from '../dataset/catalogue';
import type { RegistryIndex } from '../dataset/registry';
import { makeValueLookup } from '../source/columns';
import { parseSpreadsheetDate } from '../source/dates';
import type { Problem } from '../source/problems';
import type { Table } from '../source/table';
import { resolveColumns, statusWhenAbsent, type ColumnMap, type ExportField } from './column-map';
import { catalogueLookup } from './catalogue-from-export';
import { unplacedRow, type UnplacedRow } from './placement';
import type { ExportRow } from './export-row';

export interface ParsedRows {
  rows: ExportRow[];
  problems: Problem[];
  warnings: Problem[];
  /** Rows left out because their library can't be placed or their status is unknown (placement.ts). */
  unplaced: UnplacedRow[];
}

const PROGRESS_EVERY_ROWS = 20_000;

export function parseRows(
  table: Table,
  map: ColumnMap,
  file: string,
  registry: RegistryIndex,
  catalogue: Catalogue,
  onProgress?: (rowsDone: number) => void,
): ParsedRows {
  const columns = resolveColumns(table.headers, map, file);
  const memberTypeOf = makeValueLookup(map.values.memberType);
  const statusOf = makeValueLookup(map.values.status);
  const serviceByName = catalogueLookup(catalogue);
  const problems: Problem[] = [];
  const warnings: Problem[] = [];
  const unplaced: UnplacedRow[] = [];
  const rows: ExportRow[] = [];

  for (const [done, { row, cells }] of table.records.entries()) {
    if (onProgress && done > 0 && done % PROGRESS_EVERY_ROWS === 0) onProgress(done);
    const cell = (field: ExportField) => {
      const index = columns[field];
      return index === undefined ? '' : (cells[index] ?? '').trim();
    };
    const header = (field: ExportField) => table.headers[columns[field] ?? -1] ?? field;
    const problem = (field: ExportField, message: string) => problems.push({ file, row, column: header(field), message });
    const before = problems.length;
    let unplace: Pick<UnplacedRow, 'reason' | 'value'> | undefined;

    const memberNameRaw = cell('memberName');
    if (!memberNameRaw) problem('memberName', 'expected the member (library) name, found an empty cell');
    const name = cleanName(memberNameRaw);
    for (const message of name.errors) problem('memberName', message);
    for (const message of name.warnings) warnings.push({ file, row, column: header('memberName'), message });
    const memberName = name.value ?? '';

    const memberTypeRaw = cell('memberType');
    const memberType = memberTypeOf(memberTypeRaw);
    if (!memberType) {
      const known = [...map.values.memberType.public, ...map.values.memberType.school].join(', ');
      problem('memberType', `unknown member type "${memberTypeRaw}"; expected one of: ${known}`);
    }

    const libraryNumberRaw = cell('libraryNumber');
    const libraryNumber = libraryNumberRaw === '' ? null : libraryNumberRaw;

    let municipalityNumbers: string[] = [];
    let organisationNumber: string | null = null;
    if (memberType === 'public') {
      const raw = cell('municipalityNumber');
      // Excel stores 0301 as the number 301: restore the leading zero.
      const listed = uniqueMunicipalityNumbers(raw);
      municipalityNumbers = listed.numbers;
      if (listed.warning) warnings.push({ file, row, column: header('municipalityNumber'), message: listed.warning });
      if (municipalityNumbers.length === 0) problem('municipalityNumber', 'expected the municipality number(s) a public library serves, found an empty cell');
      for (const number of municipalityNumbers) {
        if (!/^\d{4}$/.test(number)) problem('municipalityNumber', `expected a 4-digit municipality number, found "${number}"`);
        else if (!registry.municipalityByNumber.has(number)) unplace ??= { reason: 'unknown-municipality', value: number };
      }
    } else if (memberType === 'school') {
      const raw = cell('organisationNumber').replace(/\s+/g, '');
      if (!/^\d{9}$/.test(raw)) {
        problem('organisationNumber', `expected a 9-digit organisation number, found "${cell('organisationNumber')}"`);
      } else {
        const school = registry.schoolByOrganisationNumber.get(raw);
        if (!school) unplace ??= { reason: 'unknown-school', value: raw };
        else {
          organisationNumber = raw;
          municipalityNumbers = [school.municipalityNumber];
        }
      }
    }

    if (libraryNumber !== null && !unplace) {
      const check = checkLibraryNumber(libraryNumber, memberType, municipalityNumbers);
      if (check.error) problem('libraryNumber', check.error);
      if (check.warning) warnings.push({ file, row, column: header('libraryNumber'), message: check.warning });
    }

    const sizeRaw = cell('size').replace(/\s+/g, '');
    let size: number | null = null;
    if (sizeRaw !== '') {
      size = Number(sizeRaw);
      if (!Number.isInteger(size) || size < 0) {
        problem('size', `expected a whole number of inhabitants or students + staff, found "${cell('size')}"`);
        size = null;
      }
    }

    const productRaw = cell('product');
    const service = serviceByName.get(normaliseName(productRaw));
    // A product the catalogue lacks is created from the export (catalogue-from-export.ts).
    if (!productRaw) problem('product', 'expected the product name, found an empty cell');
    else if (service) {
      const vendor = cell('vendor');
      if (vendor && normaliseName(vendor) !== normaliseName(service.vendor)) {
        warnings.push({
          file,
          row,
          column: header('vendor'),
          message: `vendor "${vendor}" differs from the catalogue's "${service.vendor}" for ${service.name}; the catalogue is used`,
        });
      }
    }

    const periodStart = parseSpreadsheetDate(cell('periodStart'));
    const periodEnd = parseSpreadsheetDate(cell('periodEnd'));
    if (!periodStart) problem('periodStart', `expected a date like 2025-01-01 or 01.01.2025, found "${cell('periodStart')}"`);
    if (!periodEnd) problem('periodEnd', `expected a date like 2025-12-31 or 31.12.2025, found "${cell('periodEnd')}"`);
    if (periodStart && periodEnd && periodEnd < periodStart) problem('periodEnd', `the period ends (${periodEnd}) before it starts (${periodStart})`);
    for (const [field, date] of [
      ['periodStart', periodStart],
      ['periodEnd', periodEnd],
    ] as const) {
      const yearProblem = date && checkAgreementYear(date);
      if (yearProblem) problem(field, yearProblem);
    }

    const statusRaw = cell('status');
    const status = columns.status === undefined ? statusWhenAbsent(table.headers, map) : statusOf(statusRaw);
    // An offer not ordered (price status Waiting, Not Sent) is not a subscription.
    if (status === 'notOrdered') continue;
    if (!status) unplace ??= { reason: 'unknown-status', value: statusRaw };

    if (problems.length > before) continue;
    if (unplace) {
      unplaced.push(unplacedRow(row, memberName, libraryNumber, unplace.reason, unplace.value));
      continue;
    }
    rows.push({
      row,
      memberName,
      memberType: memberType!,
      libraryNumber,
      municipalityNumbers,
      organisationNumber,
      size,
      serviceName: service?.name ?? productRaw,
      vendorName: cell('vendor'),
      productCategory: cell('productCategory'),
      year: Number(periodStart!.slice(0, 4)),
      periodStart: periodStart!,
      periodEnd: periodEnd!,
      status: status as ExportRow['status'],
    });
  }
  return { rows, problems, warnings, unplaced };
}
