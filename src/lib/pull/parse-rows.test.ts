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

describe('parseRows leaves out a row whose library cannot be placed, with its row and reason, and stops for nothing', () => {
  const valid = VALID_ROWS[1]!;
  const cells = (column: number, value: string) => {
    const c = valid.split(',');
    const fixed = [...c.slice(0, 11), `${c[11]},${c[12]}`, ...c.slice(13)];
    fixed[column] = value;
    return fixed.join(',');
  };

  it('a municipality number that no longer exists (or never did)', () => {
    const result = parse([cells(3, '1199'), VALID_ROWS[2]!]);
    expect(result.problems).toEqual([]);
    expect(result.rows).toHaveLength(1);
    expect(result.unplaced).toEqual([{ row: 2, member: 'Oslo bibliotek', memberNumber: '2030100', reason: 'unknown-municipality', value: '1199' }]);
  });

  it('a school the registry lacks', () => {
    const result = parse([VALID_ROWS[4]!.replace('974591006', '999999999')]);
    expect(result.problems).toEqual([]);
    expect(result.unplaced).toMatchObject([{ row: 2, reason: 'unknown-school', value: '999999999' }]);
  });

  it('an unknown status word', () => {
    const result = parse([cells(10, 'Kanskje')]);
    expect(result.problems).toEqual([]);
    expect(result.unplaced).toMatchObject([{ row: 2, reason: 'unknown-status', value: 'Kanskje' }]);
  });

  it('keeps a hostile member name short and free of control and direction characters', () => {
    // Within the name limit (clean-text.ts refuses a longer one outright), longer than the page shows.
    const name = `\u202eEvil\u2066 ${'x'.repeat(140)}`;
    const [u] = parse([cells(0, name).replace(',0301,', ',1199,')]).unplaced;
    expect(u!.member.length).toBeLessThanOrEqual(120);
    expect(u!.member).not.toMatch(/[\u0000-\u001f\u202a-\u202e]/);
    expect(u!.member.startsWith('Evil')).toBe(true);
  });

  it('refuses a member name longer than a name may be, even on a row that cannot be placed', () => {
    const result = parse([cells(0, `Evil ${'x'.repeat(500)}`).replace(',0301,', ',1199,')]);
    expect(result.problems.map((p) => p.message).join('\n')).toMatch(/at most 150/);
  });

  it('passes a product the catalogue lacks on, with its vendor and category, for the catalogue to grow', () => {
    const result = parse([cells(6, 'Netflix').replace('PressReader Inc.', 'Netflix Inc.')]);
    expect(result.problems).toEqual([]);
    expect(result.rows[0]).toMatchObject({ serviceName: 'Netflix', vendorName: 'Netflix Inc.' });
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

  it('a malformed organisation number', () => {
    const school = VALID_ROWS[4]!.replace('974591006', '97459100X');
    expect(messages([school])).toEqual(['export.csv, row 2, column "Organisasjonsnummer": expected a 9-digit organisation number, found "97459100X"']);
  });

  it('an end before the start', () => {
    expect(messages([replace(9, '2024-12-31')])).toEqual([
      'export.csv, row 2, column "Periode til": the period ends (2024-12-31) before it starts (2025-01-01)',
    ]);
  });

  it('an empty product', () => {
    expect(messages([replace(6, '')])).toEqual(['export.csv, row 2, column "Produkt": expected the product name, found an empty cell']);
  });

  it('an impossible date', () => {
    expect(messages([replace(8, '31.02.2025')])[0]).toContain('column "Periode fra": expected a date like 2025-01-01 or 01.01.2025, found "31.02.2025"');
  });

  it('every problem, not only the first, with the spreadsheet row', () => {
    const all = messages([valid, replace(3, '99x'), valid, replace(6, '')]);
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
