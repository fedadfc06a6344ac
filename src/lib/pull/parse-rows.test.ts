import { describe, expect, it } from 'vitest';
import { formatProblem, InvalidInputError } from '../source/problems';
import { parseRows } from './parse-rows';
import { readCsvTable } from '../source/read-table';
import { csv, HEADER, VALID_ROWS } from '../source/test-tables';
import { catalogue, columnMap, registryIndex } from './test-fixtures';

function parse(rows: string[], header = HEADER) {
  return parseRows(readCsvTable(csv(rows, header), 'export.csv'), columnMap, 'export.csv', registryIndex, catalogue);
}

function messages(rows: string[]): string[] {
  return parse(rows).problems.map(formatProblem);
}

describe('parseRows on a valid export', () => {
  const { rows, problems } = parse(VALID_ROWS);

  it('accepts every row', () => {
    expect(problems).toEqual([]);
    expect(rows).toHaveLength(5);
  });

  it('reads the intermunicipal library with both municipalities, seat first', () => {
    expect(rows[3]).toMatchObject({ memberType: 'public', municipalityNumbers: ['4601', '4602'], year: 2026, periodStart: '2026-01-01' });
  });

  it('places a school by its organisation number', () => {
    expect(rows[4]).toMatchObject({ memberType: 'school', organisationNumber: '974591006', municipalityNumbers: ['0301'], size: 100 });
  });

  it('never carries private columns', () => {
    const keys = new Set(rows.flatMap((r) => Object.keys(r)));
    for (const key of keys) expect(key).not.toMatch(/price|pris|contact|kontakt|mail|phone|telefon/i);
    expect(JSON.stringify(rows)).not.toMatch(/Kari|example|1234,50|41234567/);
  });
});

describe('parseRows reports each problem with file, row and column', () => {
  const valid = VALID_ROWS[1]!;
  const replace = (column: number, value: string) => {
    const cells = valid.split(',');
    // VALID_ROWS[1] quotes the price; rebuild it after splitting on commas.
    const fixed = [...cells.slice(0, 11), `${cells[11]},${cells[12]}`, ...cells.slice(13)];
    fixed[column] = value;
    return fixed.join(',');
  };

  it('an unknown municipality number', () => {
    expect(messages([replace(3, '9999')])).toEqual([
      'export.csv, row 2, column "Kommunenummer": unknown municipality number 9999: not in the 2024 municipality registry',
    ]);
  });

  it('a malformed organisation number', () => {
    const school = VALID_ROWS[4]!.replace('974591006', '97459100X');
    expect(messages([school])).toEqual(['export.csv, row 2, column "Organisasjonsnummer": expected a 9-digit organisation number, found "97459100X"']);
  });

  it('an unknown member', () => {
    const school = VALID_ROWS[4]!.replace('974591006', '999999999');
    expect(messages([school])[0]).toContain('unknown member: organisation number 999999999');
  });

  it('an end before the start', () => {
    expect(messages([replace(9, '2024-12-31')])).toEqual([
      'export.csv, row 2, column "Periode til": the period ends (2024-12-31) before it starts (2025-01-01)',
    ]);
  });

  it('an unknown status, listing the known ones', () => {
    expect(messages([replace(10, 'Kanskje')])[0]).toMatch(/column "Status": unknown status "Kanskje"; expected one of: Bekreftet, .*Oppsagt/);
  });

  it('an unknown service', () => {
    expect(messages([replace(6, 'Netflix')])).toEqual(['export.csv, row 2, column "Produkt": unknown service "Netflix": not in data/catalogue/services.json']);
  });

  it('an impossible date', () => {
    expect(messages([replace(8, '31.02.2025')])[0]).toContain('column "Periode fra": expected a date like 2025-01-01 or 01.01.2025, found "31.02.2025"');
  });

  it('every problem, not only the first, with the spreadsheet row', () => {
    const all = messages([valid, replace(3, '9999'), valid, replace(6, 'Netflix')]);
    expect(all.map((m) => m.split(':')[0])).toEqual(['export.csv, row 3, column "Kommunenummer"', 'export.csv, row 5, column "Produkt"']);
  });

  it('missing required columns, listing what was found', () => {
    const header = HEADER.replace('Produkt', 'Ting').replace('Status', 'Tilstand');
    try {
      parse(VALID_ROWS, header);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(InvalidInputError);
      const message = (error as Error).message;
      expect(message).toContain(
        'missing required column(s): product (Produkt | Tjeneste | Product | Service); status (Status | Ordrestatus | Order status | Price status)',
      );
      expect(message).toContain('Found: Medlem, Medlemsnummer, Medlemstype');
    }
  });
});

describe('column matching', () => {
  it('ignores case, spacing and punctuation in headers and unknown columns', () => {
    const header = HEADER.replace('Medlem,', ' MEDLEM ,').replace('Periode fra', 'periode_FRA') + ',Fakturanummer';
    const { rows, problems } = parse(
      VALID_ROWS.map((r) => `${r},F-1`),
      header,
    );
    expect(problems).toEqual([]);
    expect(rows).toHaveLength(5);
  });
});
