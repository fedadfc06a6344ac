/**
 * Cells the build cannot publish or that would mislead a reader are refused or cleaned at the pull,
 * each with the file, row and column (issue 29, points 4 and 8).
 */
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../source/problems';
import { readCsvTable } from '../source/read-table';
import { csv, HEADER, VALID_ROWS } from '../source/test-tables';
import { cleanName, MAX_NAME_CHARS } from './clean-text';
import { parseRows } from './parse-rows';
import { catalogue, columnMap, registryIndex } from './test-fixtures';

function parse(rows: string[], header = HEADER) {
  return parseRows(readCsvTable(csv(rows, header), 'export.csv'), columnMap, 'export.csv', registryIndex, catalogue);
}
/** VALID_ROWS with the first row's member name replaced (the row is spreadsheet row 2). */
function withName(name: string): string[] {
  return [VALID_ROWS[0]!.replace('Oslo bibliotek', `"${name.replace(/"/g, '""')}"`), ...VALID_ROWS.slice(1)];
}
const errors = (rows: string[]) => parse(rows).problems.map(formatProblem);
const warnings = (rows: string[]) => parse(rows).warnings.map(formatProblem);

describe('a member name the build cannot publish', () => {
  it('is refused when longer than a name may be, naming file, row and column', () => {
    expect(errors(withName('Oslo '.repeat(803)))).toEqual([
      `export.csv, row 2, column "Medlem": the name has 4014 characters; a library's name may have at most ${MAX_NAME_CHARS}`,
    ]);
    expect(errors(withName('x'.repeat(MAX_NAME_CHARS)))).toEqual([]);
  });

  it("is refused when it holds the build's own placeholders", () => {
    for (const marker of ['%%hhh-frozen-0%%', '%%hhh-frozen-12%%', '{n}', '{name}']) {
      expect(errors(withName(`Oslo ${marker} bibliotek`)), marker).toEqual([
        `export.csv, row 2, column "Medlem": the name contains "${marker}", which the site's build uses as a placeholder of its own; expected a library's name`,
      ]);
    }
  });

  it('loses bidirectional and zero-width characters, with a warning naming the row', () => {
    for (const invisible of ['\u202e', '\u200b', '\u200d', '\u2066', '\u00ad', '\ufeff']) {
      const { rows, warnings: found } = parse(withName(`Os${invisible}lo bibliotek`));
      expect(rows[0]!.memberName).toBe('Oslo bibliotek');
      expect(found.filter((w) => w.row === 2).map(formatProblem), JSON.stringify(invisible)).toEqual([
        expect.stringMatching(
          /^export\.csv, row 2, column "Medlem": the name contains invisible characters that reorder or hide text \(U\+[0-9A-F]{4}\): removed/,
        ),
      ]);
    }
  });

  it('refuses a name of invisible characters only', () => {
    expect(errors(withName('\u200b\u200b'))).toEqual([
      'export.csv, row 2, column "Medlem": the name holds only invisible characters; expected a library\'s name',
    ]);
  });
});

describe('a member name that would mislead', () => {
  it('is refused when it mixes Latin letters with Cyrillic or Greek look-alikes', () => {
    expect(errors(withName('Utsir\u0430 bibliotek'))).toEqual([
      'export.csv, row 2, column "Medlem": the word "Utsirа" mixes Latin letters with Cyrillic or Greek look-alikes (U+0430), which make one name pass for another; expected the name in one alphabet',
    ]);
    expect(errors(withName('\u039fslo bibliotek'))[0]).toMatch(/mixes Latin letters with Cyrillic or Greek look-alikes \(U\+039F\)/);
    // Norwegian and Sami letters are Latin.
    expect(errors(withName('Guovdageaidnu - Kautokeino Áltá Čáhcesuolu Ŋ bibliotek'))).toEqual([]);
  });

  it('is refused when the name column holds e-mail addresses or phone numbers (a wrong column map)', () => {
    // The column map reads the contact's e-mail column as the member's name.
    const map = { ...columnMap, columns: { ...columnMap.columns, memberName: ['E-post'] } };
    const result = parseRows(readCsvTable(csv(VALID_ROWS), 'export.csv'), map, 'export.csv', registryIndex, catalogue);
    expect(result.rows).toEqual([]);
    expect(result.problems.map(formatProblem)).toContain(
      'export.csv, row 2, column "E-post": the name looks like an e-mail address, which must never be published: does the column map read the contact column as the name?',
    );
    const phones = { ...columnMap, columns: { ...columnMap.columns, memberName: ['Telefon'] } };
    expect(parseRows(readCsvTable(csv(VALID_ROWS), 'export.csv'), phones, 'export.csv', registryIndex, catalogue).problems.map(formatProblem)).toContain(
      'export.csv, row 2, column "Telefon": the name looks like a phone number, which must never be published: does the column map read the contact column as the name?',
    );
    expect(errors(withName('Oslo bibliotek (post@oslo.example)'))).toHaveLength(1);
  });
});

describe('the rows', () => {
  it('count an intermunicipal number listed twice once, with a warning', () => {
    const rows = [VALID_ROWS[3]!.replace('4601/4602', '4601/4602/4602'), VALID_ROWS[0]!.replace(',0301,', ',0301/0301/0301,')];
    const parsed = parse(rows);
    expect(parsed.problems).toEqual([]);
    expect(parsed.rows.map((r) => r.municipalityNumbers)).toEqual([['4601', '4602'], ['0301']]);
    expect(warnings(rows).filter((w) => w.includes('Kommunenummer'))).toEqual([
      'export.csv, row 2, column "Kommunenummer": municipality 4602 is listed more than once in "4601/4602/4602"; counted once',
      'export.csv, row 3, column "Kommunenummer": municipality 0301 is listed more than once in "0301/0301/0301"; counted once',
    ]);
  });

  it('with an impossible year are refused with file, row and column, not a schema dump', () => {
    const rows = [
      VALID_ROWS[0]!.replace('2025-01-01,2025-12-31', '1899-01-01,2025-12-31'),
      VALID_ROWS[1]!.replace('2025-01-01,2025-12-31', '2200-01-01,2200-12-31'),
    ];
    expect(errors(rows)).toEqual([
      'export.csv, row 2, column "Periode fra": the date 1899-01-01 lies in 1899; expected an agreement year from 2000 to 2100',
      'export.csv, row 3, column "Periode fra": the date 2200-01-01 lies in 2200; expected an agreement year from 2000 to 2100',
      'export.csv, row 3, column "Periode til": the date 2200-12-31 lies in 2200; expected an agreement year from 2000 to 2100',
    ]);
    // An Excel date serial of the far future.
    expect(errors([VALID_ROWS[0]!.replace('2025-01-01,2025-12-31', '99999,99999')])[0]).toMatch(
      /row 2, column "Periode fra": the date 2173-\d\d-\d\d lies in 2173/,
    );
  });
});

describe('cleanName', () => {
  it('keeps an ordinary name as it is', () => {
    expect(cleanName('Bergen og Kinn bibliotek')).toEqual({ value: 'Bergen og Kinn bibliotek', errors: [], warnings: [] });
  });
});
