import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import writeXlsxFile from 'write-excel-file/node';
import { PATHS } from '../paths';
import { Dataset } from '../dataset/schema';
import { pull, type PullOptions } from './pull';
import { fixture, problemsOf, pullOptions } from './test-fixtures';

let directory: string;
let options: PullOptions;

beforeEach(() => {
  directory = mkdtempSync(join(tmpdir(), 'pull-'));
  options = pullOptions(directory);
});

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

  it('knows demo data by its declared marker column: a copy and an edited copy stay demo', async () => {
    const copy = join(directory, 'copy.csv');
    copyFileSync(PATHS.demoExport, copy);
    expect((await pull({ ...options, source: copy })).dataset.source.isDemo).toBe(true);
    const lines = readFileSync(PATHS.demoExport, 'utf8').split('\n');
    lines[1] = lines[1]!.replace(',Bekreftet,', ',Oppsagt,');
    writeFileSync(copy, `${lines.slice(0, -30).join('\n')}\n`);
    expect((await pull({ ...options, source: copy, acceptDrop: true })).dataset.source.isDemo).toBe(true);
  });

  it("never marks a real-shaped export as demo, even one with the demo's rows", async () => {
    expect((await pull({ ...options, source: fixture('valid.csv'), outputPath: join(directory, 'a.json') })).dataset.source.isDemo).toBe(false);
    // The demo's own rows without the marker column: what a real export of the same orders would be.
    const real = join(directory, 'real.csv');
    const unmarked = readFileSync(PATHS.demoExport, 'utf8')
      .trimEnd()
      .split('\n')
      .map((line) => line.replace(/,(Eksempeldata|ja)$/, ''));
    writeFileSync(real, `${unmarked.join('\n')}\n`);
    expect((await pull({ ...options, source: real, outputPath: join(directory, 'b.json') })).dataset.source.isDemo).toBe(false);
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
    expect(await problemsOf(options, workbook, { sheet: 'Finnes ikke' })).toContain('no sheet named "Finnes ikke"; the workbook has: Abonnementer, Notater');
  });

  it('recognises an HTML login page saved as the export', async () => {
    expect(await problemsOf(options, fixture('login-page.html'))).toContain('this is an HTML page (a login page?), not an export');
  });
});

describe('every bad-input fixture gives a clear error with file, row and column', () => {
  const cases: [string, string][] = [
    [
      'malformed-organisation-number.csv',
      'malformed-organisation-number.csv, row 3, column "Organisasjonsnummer": expected a 9-digit organisation number, found "97459100"',
    ],
    ['end-before-start.csv', 'end-before-start.csv, row 3, column "Periode til": the period ends (2025-12-31) before it starts (2026-01-01)'],
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
    expect(await problemsOf(options, fixture(file))).toContain(expected);
  });

  it('merges identical duplicates instead of failing', async () => {
    const summary = await pull({ ...options, source: fixture('duplicate-identical.csv') });
    expect(summary.mergedDuplicates).toBe(1);
    expect(summary.dataset.subscriptions).toHaveLength(2);
  });

  it('reports all problems, capped, not only the first', async () => {
    const lines = readFileSync(PATHS.demoExport, 'utf8').split('\n');
    const broken = join(directory, 'many.csv');
    writeFileSync(broken, lines.map((line, i) => (i > 0 && i <= 80 ? line.replace('-01-01,', '-13-01,') : line)).join('\n'));
    const message = await problemsOf(options, broken);
    expect(message).toMatch(/^\d+ problem\(s\) in the export:/);
    expect(message.match(/column "Periode fra": expected a date/g)!.length).toBe(50);
    expect(message).toMatch(/\.\.\. and \d+ more problems/);
  });
});
