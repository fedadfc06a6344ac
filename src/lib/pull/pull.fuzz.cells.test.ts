/**
 * The hostile-input suite, by class of cell (issue 29, points 4, 8 and 9): generated, seeded cases
 * of each class the build cannot publish or that would mislead (long names, the build's markers,
 * bidi and zero-width characters, look-alike letters, repeated intermunicipal numbers, rows that
 * disagree about a library, contact details read as names, impossible years). Each is refused
 * naming its row (and column), with the last good dataset byte-identical, or cleaned and written,
 * with a warning naming the row.
 */
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import { PATHS } from '../paths';
import { pick, seededRandom, type Random } from '../demo/random';
import type { Dataset } from '../dataset/schema';
import { InvalidInputError, type Problem } from '../source/problems';
import { pull } from './pull';
import { pullOptions } from './test-fixtures';

const CASES_PER_CLASS = 8;
const COLUMN = { name: 0, libraryNumber: 1, type: 2, municipality: 3, start: 8, end: 9 } as const;

const directory = mkdtempSync(join(tmpdir(), 'fuzz-cells-'));
const options = pullOptions(directory, { source: join(directory, 'export.csv'), lock: { waitMs: 0 } });
const goodCopy = join(directory, 'good.json');
const [header, ...rows] = parse(readFileSync(PATHS.demoExport, 'utf8').split('\n').slice(0, 120).join('\n'), { relax_column_count: true }) as string[][];
let good: Dataset;

const quote = (cell: string) => (/[",\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell);
function writeExport(table: string[][]): void {
  writeFileSync(options.source, `${[header!, ...table].map((cells) => cells.map(quote).join(',')).join('\n')}\n`);
}
/** A copy of the rows; `at` is an index into them, its spreadsheet row is at + 2. */
const copyRows = () => rows.map((cells) => [...cells]);
const rowNumber = (at: number) => at + 2;
/** Indexes of the rows of the library on row `at` (by its name). */
const rowsOf = (table: string[][], at: number) => table.flatMap((cells, i) => (cells[COLUMN.name] === table[at]![COLUMN.name] ? [i] : []));

beforeAll(async () => {
  writeExport(rows);
  await pull(options);
  copyFileSync(options.outputPath, goodCopy);
  good = JSON.parse(readFileSync(goodCopy, 'utf8')) as Dataset;
});

/** Pulls the table; it must be refused with a problem on `row` (in `column`, when given) matching `message`, the dataset byte-identical. */
async function expectRefused(table: string[][], where: { row: number; column?: string; message: RegExp }, what: string): Promise<void> {
  writeExport(table);
  const before = readFileSync(options.outputPath);
  const error = await pull(options).then(
    () => new Error(`${what}: accepted`),
    (e: unknown) => e as Error,
  );
  expect(error, what).toBeInstanceOf(InvalidInputError);
  const problems = (error as InvalidInputError).problems;
  const match = (p: Problem) => p.row === where.row && (where.column === undefined || p.column === where.column) && where.message.test(p.message);
  expect(problems.some(match), `${what}: ${error.message}`).toBe(true);
  expect(readFileSync(options.outputPath).equals(before), `${what}: the last good dataset changed`).toBe(true);
}

/** Pulls the table; it must be written. Returns the dataset and warnings, and restores the last good dataset. */
async function written(table: string[][]) {
  writeExport(table);
  const summary = await pull({ ...options, acceptDrop: true });
  copyFileSync(goodCopy, options.outputPath);
  return summary;
}

function each(seed: number, run: (random: Random, i: number) => Promise<void>) {
  return async () => {
    const random = seededRandom(seed);
    for (let i = 0; i < CASES_PER_CLASS; i++) await run(random, i);
  };
}
const LETTERS = 'abcdefghijklmnopqrstuvwxyzæøåáčđŋšŧž ';
const word = (random: Random, length: number) => Array.from({ length }, () => pick(random, [...LETTERS])).join('');
const insertAt = (text: string, insert: string, random: Random) => {
  const at = Math.floor(random() * (text.length + 1));
  return text.slice(0, at) + insert + text.slice(at);
};

describe('a poisoned last good dataset', () => {
  it('does not block the next clean pull: the guard still compares, and the poison is gone', async () => {
    const poisoned = JSON.parse(readFileSync(goodCopy, 'utf8')) as Dataset;
    poisoned.libraries[0]!.name = `${'Oslo '.repeat(803)}%%hhh-frozen-0%%`;
    writeFileSync(options.outputPath, JSON.stringify(poisoned));
    const logs: string[] = [];
    writeExport(rows);
    const { dataset, written: wrote } = await pull({ ...options, log: (line) => logs.push(line) });
    expect(wrote).toBe(true);
    expect(dataset.libraries[0]!.name).toBe(good.libraries[0]!.name);
    expect(logs.join('\n')).toMatch(/does not match the current schema \(libraries\.0\.name: .*\); the guard compares its subscriptions/);
    copyFileSync(goodCopy, options.outputPath);
  });
});

describe('hostile cells, by class', { timeout: 120_000 }, () => {
  it(
    'refuses member names longer than a name may be',
    each(1, async (random, i) => {
      const table = copyRows();
      const at = Math.floor(random() * table.length);
      table[at]![COLUMN.name] = `${word(random, 151 + Math.floor(random() * 5000))}x`;
      await expectRefused(table, { row: rowNumber(at), column: 'Medlem', message: /a library's name may have at most 150/ }, `long name ${i}`);
    }),
  );

  it(
    "refuses member names with the build's own placeholders",
    each(2, async (random, i) => {
      const table = copyRows();
      const at = Math.floor(random() * table.length);
      const marker = pick(random, [`%%hhh-frozen-${Math.floor(random() * 20)}%%`, '%%hhh-frozen-0%%', `{${pick(random, ['n', 'name', 'slug', 'year'])}}`]);
      table[at]![COLUMN.name] = insertAt(table[at]![COLUMN.name]!, marker, random);
      await expectRefused(table, { row: rowNumber(at), column: 'Medlem', message: /uses as a placeholder of its own/ }, `marker ${marker} ${i}`);
    }),
  );

  it(
    'refuses member names with Cyrillic or Greek look-alike letters',
    each(3, async (random, i) => {
      const table = copyRows();
      const at = Math.floor(random() * table.length);
      const name = table[at]![COLUMN.name]!;
      const swaps: Record<string, string[]> = {
        a: ['\u0430', '\u03b1'],
        e: ['\u0435'],
        o: ['\u043e', '\u03bf'],
        i: ['\u0456'],
        k: ['\u043a', '\u03ba'],
        t: ['\u0442'],
      };
      const positions = [...name].flatMap((c, p) => (swaps[c] ? [p] : []));
      const p = pick(random, positions);
      table[at]![COLUMN.name] = [...name].map((c, q) => (q === p ? pick(random, swaps[c]!) : c)).join('');
      await expectRefused(
        table,
        { row: rowNumber(at), column: 'Medlem', message: /mixes Latin letters with Cyrillic or Greek look-alikes/ },
        `look-alike ${i}`,
      );
    }),
  );

  it(
    'refuses a name column that holds e-mail addresses or phone numbers',
    each(4, async (random, i) => {
      const table = copyRows();
      const at = Math.floor(random() * table.length);
      const email = `${word(random, 6).replace(/[^a-z]/g, 'x')}.${word(random, 5).replace(/[^a-z]/g, 'y')}@kommune.example`;
      const phone =
        pick(random, ['+47 ', '', '0047 ']) +
        String(40_000_000 + Math.floor(random() * 59_999_999)).replace(/(\d{2})(?=\d)/g, pick(random, ['$1 ', '$1', '$1-']));
      const isEmail = random() < 0.5;
      table[at]![COLUMN.name] = isEmail ? email : phone;
      await expectRefused(
        table,
        { row: rowNumber(at), column: 'Medlem', message: isEmail ? /looks like an e-mail address/ : /looks like a phone number/ },
        `contact ${i}`,
      );
    }),
  );

  it(
    'refuses impossible agreement years, naming the row and column',
    each(5, async (random, i) => {
      const table = copyRows();
      const at = Math.floor(random() * table.length);
      const year = random() < 0.5 ? 1000 + Math.floor(random() * 1000) : 2101 + Math.floor(random() * 7000);
      const column = random() < 0.5 ? COLUMN.start : COLUMN.end;
      table[at]![column] = `${year}-0${1 + Math.floor(random() * 9)}-1${Math.floor(random() * 10)}`;
      if (column === COLUMN.end && year < 2000) table[at]![COLUMN.start] = `${year}-01-01`;
      await expectRefused(
        table,
        { row: rowNumber(at), column: header![column], message: new RegExp(`lies in ${year}; expected an agreement year`) },
        `year ${year} ${i}`,
      );
    }),
  );

  it(
    'refuses rows that disagree on a library number, naming the row',
    each(6, async (random, i) => {
      const table = copyRows();
      const candidates = table.flatMap((cells, at) => (cells[COLUMN.libraryNumber] && rowsOf(table, at).length > 1 ? [at] : []));
      const at = pick(random, candidates);
      const number = table[at]![COLUMN.libraryNumber]!;
      const other = `${number.slice(0, 5)}${String((Number(number.slice(5)) + 1 + Math.floor(random() * 50)) % 100).padStart(2, '0')}`;
      table[at]![COLUMN.libraryNumber] = other;
      const first = rowsOf(table, at)[0]!;
      await expectRefused(table, { row: rowNumber(at === first ? rowsOf(table, at)[1]! : at), message: /conflicting library numbers/ }, `library number ${i}`);
    }),
  );

  it(
    'keeps the name on the most rows when one row renames a library, with a warning naming it',
    each(7, async (random, i) => {
      const table = copyRows();
      const candidates = table.flatMap((_, at) => (rowsOf(table, at).length >= 3 ? [at] : []));
      const at = pick(random, candidates);
      const name = table[at]![COLUMN.name]!;
      const id = good.libraries.find((l) => l.name === name)!.id;
      table[at]![COLUMN.name] = pick(
        random,
        good.libraries.filter((l) => l.kind === 'public'),
      ).name.replace(/ bibliotek$/, ' folkebibliotek');
      const { dataset, warnings } = await written(table);
      expect(dataset.libraries.find((l) => l.id === id)!.name, `rename ${i}`).toBe(name);
      expect(
        warnings.some((w) => w.row === rowNumber(at) && /conflicting names for library/.test(w.message)),
        `rename ${i}`,
      ).toBe(true);
    }),
  );

  it(
    'removes bidi and zero-width characters from names, with a warning naming the row',
    each(8, async (random, i) => {
      const table = copyRows();
      const at = Math.floor(random() * table.length);
      const name = table[at]![COLUMN.name]!;
      let hostile = name;
      for (let n = 0; n < 1 + Math.floor(random() * 3); n++)
        hostile = insertAt(
          hostile,
          pick(random, ['\u202e', '\u202d', '\u2066', '\u2067', '\u2069', '\u200b', '\u200c', '\u200d', '\u200e', '\u2060', '\ufeff', '\u00ad']),
          random,
        );
      table[at]![COLUMN.name] = hostile;
      const { dataset, warnings } = await written(table);
      expect(JSON.stringify(dataset), `invisible ${i}`).not.toMatch(/[\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/);
      expect(dataset.libraries.map((l) => l.name)).toContain(name);
      expect(
        warnings.some((w) => w.row === rowNumber(at) && w.column === 'Medlem' && /invisible characters/.test(w.message)),
        `invisible ${i}`,
      ).toBe(true);
    }),
  );

  it(
    'counts a repeated intermunicipal number once: the inhabitants are not multiplied',
    each(9, async (random, i) => {
      const table = copyRows();
      const publicRows = table.flatMap((cells, at) => (cells[COLUMN.type] === 'Folkebibliotek' ? [at] : []));
      const at = pick(random, publicRows);
      const numbers = table[at]![COLUMN.municipality]!.split('/');
      const repeated = Array.from({ length: numbers.length + 1 + Math.floor(random() * 3) }, (_, k) => numbers[k % numbers.length]!).join(
        pick(random, ['/', ',', ' ']),
      );
      for (const r of rowsOf(table, at)) table[r]![COLUMN.municipality] = repeated;
      const { dataset, warnings } = await written(table);
      const before = good.libraries.find((l) => l.name === table[at]![COLUMN.name])!;
      const after = dataset.libraries.find((l) => l.id === before.id)!;
      expect(after.servesMunicipalities, `repeated ${repeated} ${i}`).toEqual(before.servesMunicipalities);
      expect(after.inhabitantsServed, `repeated ${repeated} ${i}`).toBe(before.inhabitantsServed);
      expect(warnings.some((w) => w.row === rowNumber(at) && /listed more than once/.test(w.message))).toBe(true);
    }),
  );
});
