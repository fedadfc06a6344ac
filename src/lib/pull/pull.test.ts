import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import writeXlsxFile from 'write-excel-file/node';
import { PATHS } from '../paths';
import { Dataset } from '../schema';
import { InvalidInputError } from '../source/problems';
import { GuardRefusedError, pull, type PullOptions } from './pull';
import { seededRandom } from '../random';
import { demoExportWithYearsMoved, pullOptions } from './test-fixtures';

const fixture = (name: string) => join(import.meta.dirname, 'fixtures', name);
let directory: string;
let options: PullOptions;

beforeEach(() => {
  directory = mkdtempSync(join(tmpdir(), 'pull-'));
  options = pullOptions(directory);
});

async function problemsOf(source: string, extra: Partial<PullOptions> = {}): Promise<string> {
  try {
    await pull({ ...options, source, ...extra });
  } catch (error) {
    expect(error).toBeInstanceOf(InvalidInputError);
    return (error as Error).message;
  }
  throw new Error(`${source} was accepted`);
}

describe('pull on the embedded demo export', () => {
  it('writes a valid dataset, flagged as demo, with source name, checksum and time', async () => {
    const summary = await pull(options);
    const written = Dataset.parse(JSON.parse(readFileSync(options.outputPath, 'utf8')));
    expect(written).toEqual(summary.dataset);
    expect(written.source).toMatchObject({ name: 'demo-export.csv', isDemo: true, pulledAt: '2026-11-25T12:00:00.000Z', rows: summary.rowsRead });
    expect(written.source.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(summary.rowsAccepted).toBe(summary.rowsRead);
    expect(written.libraries.filter((l) => l.kind === 'public')).toHaveLength(352);
    expect(written.municipalities).toHaveLength(357);
  });

  it('leaves out every private column', async () => {
    await pull(options);
    const text = readFileSync(options.outputPath, 'utf8');
    expect(text).not.toMatch(/@|Kontakt|Pris|\+47/);
  });

  it('flags a copy of the demo export as demo, and an edited one not', async () => {
    const copy = join(directory, 'copy.csv');
    copyFileSync(PATHS.demoExport, copy);
    expect((await pull({ ...options, source: copy })).dataset.source.isDemo).toBe(true);
    writeFileSync(copy, readFileSync(PATHS.demoExport, 'utf8').replace(/\n$/, '\n\n'));
    expect((await pull({ ...options, source: copy, acceptDrop: true })).dataset.source.isDemo).toBe(false);
  });
});

describe('formats', () => {
  const expectBothRows = async (source: string, extra: Partial<PullOptions> = {}) => {
    const { dataset } = await pull({ ...options, source, ...extra });
    const active = dataset.subscriptions.filter((s) => s.status === 'active').map((s) => `${s.libraryId} ${s.serviceId} ${s.year}`);
    expect(active).toEqual(['fb-0301 pressreader 2026', 'vgs-974591006 britannica-school 2026']);
    expect(dataset.libraries.find((l) => l.id === 'vgs-974591006')?.name).toBe('Bjerke videregående skole');
  };

  it('reads semicolon CSV in Windows-1252 with Norwegian dates and quoted separators', () => expectBothRows(fixture('semicolon-windows-1252.csv')));
  it('reads UTF-8 with a BOM and a quoted field spanning lines', () => expectBothRows(fixture('bom-multiline.csv')));

  it('reads another layout with English headers through its own column map, restoring 301 to 0301', async () => {
    const { dataset } = await pull({ ...options, source: fixture('english-headers.csv'), columnsPath: fixture('english-headers.columns.json') });
    expect(dataset.subscriptions).toEqual([{ libraryId: 'fb-0301', serviceId: 'pressreader', year: 2026, status: 'active' }]);
  });

  it('reads XLSX: the first or a named sheet, date serials, text dates and numbers stored as text', async () => {
    const header = ['Medlem', 'Medlemstype', 'Kommunenummer', 'Organisasjonsnummer', 'Produkt', 'Periode fra', 'Periode til', 'Status', 'Pris (NOK)'].map(
      (value) => ({ value }),
    );
    const rows = [
      // A real date cell, a text date, and the municipality number as a number (Excel drops the 0).
      [
        { value: 'Oslo bibliotek' },
        { value: 'Folkebibliotek' },
        { value: 301, type: Number },
        null,
        { value: 'PressReader' },
        { value: new Date(Date.UTC(2026, 0, 1)), type: Date, format: 'dd.mm.yyyy' },
        { value: '31.12.2026' },
        { value: 'Bekreftet' },
        { value: 81234.5, type: Number },
      ],
      // Organisation number stored as text, dates as bare serial numbers (46023 = 2026-01-01).
      [
        { value: 'Bjerke videregående skole' },
        { value: 'Videregående skole' },
        null,
        { value: '974591006' },
        { value: 'Britannica School' },
        { value: 46023, type: Number },
        { value: '2026-12-31' },
        { value: 'Bekreftet' },
        { value: '5432,10' },
      ],
    ];
    const workbook = join(directory, 'export.xlsx');
    await writeXlsxFile([
      { data: [header, ...rows], sheet: 'Abonnementer' },
      { data: [[{ value: 'Notat' }]], sheet: 'Notater' },
    ]).toFile(workbook);
    await expectBothRows(workbook);
    await expectBothRows(workbook, { sheet: 'Abonnementer' });
    expect(await problemsOf(workbook, { sheet: 'Finnes ikke' })).toContain('no sheet named "Finnes ikke"; the workbook has: Abonnementer, Notater');
  });

  it('recognises an HTML login page saved as the export', async () => {
    expect(await problemsOf(fixture('login-page.html'))).toContain('this is an HTML page (a login page?), not an export');
  });
});

describe('every bad-input fixture gives a clear error with file, row and column', () => {
  const cases: [string, string][] = [
    [
      'unknown-member.csv',
      'unknown-member.csv, row 3, column "Organisasjonsnummer": unknown member: organisation number 999999999 is not a county-run upper-secondary school in the registry',
    ],
    [
      'unknown-municipality.csv',
      'unknown-municipality.csv, row 3, column "Kommunenummer": unknown municipality number 1199: not in the 2024 municipality registry',
    ],
    [
      'malformed-organisation-number.csv',
      'malformed-organisation-number.csv, row 3, column "Organisasjonsnummer": expected a 9-digit organisation number, found "97459100"',
    ],
    ['end-before-start.csv', 'end-before-start.csv, row 3, column "Periode til": the period ends (2025-12-31) before it starts (2026-01-01)'],
    ['unknown-status.csv', 'unknown-status.csv, row 3, column "Status": unknown status "Venter"; expected one of: Bekreftet'],
    ['unknown-service.csv', 'unknown-service.csv, row 3, column "Produkt": unknown service "Netflix": not in data/catalogue/services.json'],
    [
      'duplicate-conflicting.csv',
      'duplicate-conflicting.csv, row 4: conflicting duplicate: Oslo bibliotek / PressReader / 2026 is "cancelled" here but "active" on row 2',
    ],
    [
      'missing-columns.csv',
      'missing-columns.csv, row 1: missing required column(s): product (Produkt | Tjeneste | Product | Service); status (Status | Ordrestatus | Order status | Price status). Found: Medlem, Medlemstype, Kommunenummer, Vare',
    ],
  ];
  it.each(cases)('%s', async (file, expected) => {
    expect(await problemsOf(fixture(file))).toContain(expected);
  });

  it('merges identical duplicates instead of failing', async () => {
    const summary = await pull({ ...options, source: fixture('duplicate-identical.csv') });
    expect(summary.mergedDuplicates).toBe(1);
    expect(summary.dataset.subscriptions).toHaveLength(2);
  });

  it('reports all problems, capped, not only the first', async () => {
    const lines = readFileSync(PATHS.demoExport, 'utf8').split('\n');
    const broken = join(directory, 'many.csv');
    writeFileSync(broken, lines.map((line, i) => (i > 0 && i <= 80 ? line.replace(',Bekreftet,', ',Kanskje,') : line)).join('\n'));
    const message = await problemsOf(broken);
    expect(message).toMatch(/^\d+ problem\(s\) in the export:/);
    expect(message.match(/unknown status "Kanskje"/g)!.length).toBe(50);
    expect(message).toMatch(/\.\.\. and \d+ more problems/);
  });
});

describe('the last good dataset', () => {
  it('stays byte-identical when a pull fails', async () => {
    await pull(options);
    const before = readFileSync(options.outputPath);
    for (const bad of ['unknown-status.csv', 'missing-columns.csv', 'login-page.html']) {
      await expect(pull({ ...options, source: fixture(bad) })).rejects.toThrow(InvalidInputError);
      expect(readFileSync(options.outputPath).equals(before)).toBe(true);
    }
  });

  it('is protected by the guard: losing more than 10 % is refused unless accepted', async () => {
    await pull(options);
    const before = readFileSync(options.outputPath);
    const error = await pull({ ...options, source: fixture('valid.csv') }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GuardRefusedError);
    expect((error as Error).message).toMatch(/active subscriptions would fall from \d+ to 2 .*subscribing libraries would fall from \d+ to 2/);
    expect(readFileSync(options.outputPath).equals(before)).toBe(true);
    const accepted = await pull({ ...options, source: fixture('valid.csv'), acceptDrop: true });
    expect(accepted.written).toBe(true);
  });

  it('takes a configurable share', async () => {
    await pull(options);
    const lines = readFileSync(PATHS.demoExport, 'utf8').trimEnd().split('\n');
    const smaller = join(directory, 'smaller.csv');
    writeFileSync(smaller, `${lines.slice(0, Math.floor(lines.length * 0.93)).join('\n')}\n`);
    await expect(pull({ ...options, source: smaller, maxDropShare: 0.05 })).rejects.toThrow(GuardRefusedError);
    expect((await pull({ ...options, source: smaller, maxDropShare: 0.2 })).written).toBe(true);
  });

  it('is not touched by a dry run, which reports what would change', async () => {
    await pull(options);
    const before = readFileSync(options.outputPath);
    const summary = await pull({ ...options, source: fixture('valid.csv'), dryRun: true });
    expect(summary.written).toBe(false);
    expect(summary.refusal).toMatch(/would fall/);
    // Bjerke videregående skole is not in the demo export: its Britannica School order is the one added.
    expect(summary.diff!.perService.find((s) => s.serviceId === 'britannica-school')!.added).toBe(1);
    expect(summary.diff!.subscriptions.after).toBe(2);
    expect(readFileSync(options.outputPath).equals(before)).toBe(true);
  });
});

describe('the guard sees churn and impossible years', () => {
  it('refuses moving 61 % of the rows three years ahead, though the net count is unchanged, unless accepted', async () => {
    // Years in 2029 reach at most 2028: only the churn is wrong.
    const later = { ...options, now: new Date('2029-01-15T12:00:00Z') };
    await pull(later);
    const before = readFileSync(options.outputPath);
    const moved = join(directory, 'moved.csv');
    writeFileSync(moved, demoExportWithYearsMoved(0.61, 3, seededRandom(61)));
    const error = await pull({ ...later, source: moved }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GuardRefusedError);
    const message = (error as Error).message;
    expect(message).not.toMatch(/would fall/);
    expect(message).toMatch(
      /(\d+) of (\d+) active subscriptions would be removed \((6\d\.\d) % of them, more than the allowed 10 %\), whatever the net change/,
    );
    expect(message).toMatch(/active subscriptions would be added \(6\d\.\d % of them/);
    expect(readFileSync(options.outputPath).equals(before)).toBe(true);
    expect((await pull({ ...later, source: moved, acceptDrop: true })).written).toBe(true);
  });

  it('refuses agreement years after the next one, also on a first pull, unless accepted', async () => {
    const shifted = join(directory, 'shifted.csv');
    // 3 % of the rows four years ahead: 2027-2029 from 2023-2025, pulled in November 2026.
    writeFileSync(shifted, demoExportWithYearsMoved(0.03, 4, seededRandom(4)));
    await pull(options);
    const before = readFileSync(options.outputPath);
    const error = await pull({ ...options, source: shifted }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GuardRefusedError);
    expect((error as Error).message).toMatch(/^refused: subscriptions lie in agreement years after 2027, the next one \(2028: \d+, 2029: \d+\)/);
    expect(readFileSync(options.outputPath).equals(before)).toBe(true);
    const first = pullOptions(mkdtempSync(join(tmpdir(), 'pull-first-')), { source: shifted });
    await expect(pull(first)).rejects.toThrow(/agreement years after 2027/);
    expect((await pull({ ...first, acceptDrop: true })).written).toBe(true);
    // The next year itself is what the joining period orders: accepted.
    const next = join(directory, 'next.csv');
    writeFileSync(
      next,
      demoExportWithYearsMoved(1, 2, () => 0),
    );
    expect((await pull({ ...pullOptions(mkdtempSync(join(tmpdir(), 'pull-next-')), { source: next }) })).written).toBe(true);
  });
});

describe('changes between pulls', () => {
  it('records added and cancelled subscriptions with the date, and keeps earlier records', async () => {
    await pull({ ...options, source: fixture('valid.csv'), now: new Date('2026-11-01T00:00:00Z') });
    const second = await pull({ ...options, source: fixture('duplicate-identical.csv'), now: new Date('2026-11-02T00:00:00Z') });
    expect(second.dataset.changes).toEqual([]);
    const third = await pull({ ...options, source: fixture('semicolon-windows-1252.csv'), now: new Date('2026-11-03T00:00:00Z') });
    expect(third.dataset.changes).toEqual([]);
    const lines = readFileSync(fixture('valid.csv'), 'utf8').trimEnd().split('\n');
    const cancelled = join(directory, 'cancelled.csv');
    writeFileSync(
      cancelled,
      `${[lines[0], lines[1], lines[2]!.replace('Bekreftet', 'Oppsagt'), lines[1]!.replace('PressReader,PressReader Inc.', 'Filmbib,Norsk filminstitutt')].join('\n')}\n`,
    );
    const fourth = await pull({ ...options, source: cancelled, acceptDrop: true, now: new Date('2026-11-04T00:00:00Z') });
    expect(fourth.dataset.changes).toEqual([
      { date: '2026-11-04', libraryId: 'fb-0301', serviceId: 'filmbib', year: 2026, change: 'added' },
      { date: '2026-11-04', libraryId: 'vgs-974591006', serviceId: 'britannica-school', year: 2026, change: 'cancelled' },
    ]);
    const fifth = await pull({ ...options, source: cancelled, now: new Date('2026-11-05T00:00:00Z') });
    expect(fifth.dataset.changes).toEqual(fourth.dataset.changes);
  });
});
