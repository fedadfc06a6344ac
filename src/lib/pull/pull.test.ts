import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import writeXlsxFile from 'write-excel-file/node';
import { PATHS } from '../paths';
import { Dataset } from '../dataset/schema';
import { InvalidInputError } from '../source/problems';
import { GuardRefusedError, pull, type PullOptions } from './pull';
import { seededRandom } from '../demo/random';
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
    expect(await problemsOf(workbook, { sheet: 'Finnes ikke' })).toContain('no sheet named "Finnes ikke"; the workbook has: Abonnementer, Notater');
  });

  it('recognises an HTML login page saved as the export', async () => {
    expect(await problemsOf(fixture('login-page.html'))).toContain('this is an HTML page (a login page?), not an export');
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
    writeFileSync(broken, lines.map((line, i) => (i > 0 && i <= 80 ? line.replace('-01-01,', '-13-01,') : line)).join('\n'));
    const message = await problemsOf(broken);
    expect(message).toMatch(/^\d+ problem\(s\) in the export:/);
    expect(message.match(/column "Periode fra": expected a date/g)!.length).toBe(50);
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

  const half = () => {
    const lines = readFileSync(PATHS.demoExport, 'utf8').trimEnd().split('\n');
    const path = join(directory, 'half.csv');
    writeFileSync(path, `${lines.slice(0, Math.floor(lines.length / 2)).join('\n')}\n`);
    return path;
  };

  it('is protected by the guard: losing more than 10 % is refused unless accepted', async () => {
    await pull(options);
    const before = readFileSync(options.outputPath);
    const error = await pull({ ...options, source: half() }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GuardRefusedError);
    expect((error as Error).message).toMatch(/active subscriptions would fall from \d+ to \d+ .*subscribing libraries would fall from \d+ to \d+/);
    expect(readFileSync(options.outputPath).equals(before)).toBe(true);
    const accepted = await pull({ ...options, source: half(), acceptDrop: true });
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
    const summary = await pull({ ...options, source: half(), dryRun: true });
    expect(summary.written).toBe(false);
    expect(summary.refusal).toMatch(/would fall/);
    expect(summary.diff!.subscriptions.after).toBeLessThan(summary.diff!.subscriptions.before * 0.7);
    expect(summary.diff!.perService.every((s) => s.added === 0)).toBe(true);
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

describe('members the registries lack do not stop the night', () => {
  const tysfjord = (count: number) => {
    // Tysfjord (1850) was split between Narvik and Hamarøy in 2020: its number no longer exists.
    const lines = readFileSync(PATHS.demoExport, 'utf8').trimEnd().split('\n');
    let left = count;
    const edited = lines.map((line, i) =>
      i > 0 && left > 0 && /,Folkebibliotek,\d{4},/.test(line) && left-- ? line.replace(/,Folkebibliotek,\d{4},/, ',Folkebibliotek,1850,') : line,
    );
    const path = join(directory, `unplaceable-${count}.csv`);
    writeFileSync(path, `${edited.join('\n')}\n`);
    return { path, rows: lines.length - 1 };
  };

  it('leaves an unplaceable row out of the figures, lists it with row and reason, and writes the dataset', async () => {
    const summary = await pull({ ...options, source: fixture('unknown-municipality.csv'), maxUnplacedShare: 0.5 });
    expect(summary.written).toBe(true);
    expect(summary.dataset.dataQuality!.unplaced).toEqual([
      { row: 3, member: 'Nowhere bibliotek', memberNumber: '2119900', reason: 'unknown-municipality', value: '1199' },
    ]);
    expect(summary.dataset.subscriptions).toHaveLength(1);
    expect(summary.warnings.map((w) => `${w.row} ${w.message}`)).toContainEqual(
      expect.stringMatching(/^3 Nowhere bibliotek .*municipality number not in the registry/),
    );
  });

  it('does the same for a school the registry lacks and for an unknown status word', async () => {
    const school = await pull({ ...options, source: fixture('unknown-member.csv'), maxUnplacedShare: 0.5 });
    expect(school.dataset.dataQuality!.unplaced).toMatchObject([{ row: 3, reason: 'unknown-school', value: '999999999' }]);
    const status = await pull({ ...options, source: fixture('unknown-status.csv'), maxUnplacedShare: 0.5, outputPath: join(directory, 'status.json') });
    expect(status.dataset.dataQuality!.unplaced).toMatchObject([{ row: 3, reason: 'unknown-status', value: 'Venter' }]);
  });

  it('accepts up to the set share (default 2 %) of unplaceable rows, and refuses more, keeping the last good dataset', async () => {
    await pull(options);
    const before = readFileSync(options.outputPath);
    const { rows } = tysfjord(0);
    const allowed = Math.floor(rows * 0.02);
    const over = tysfjord(allowed + 1);
    const error = await pull({ ...options, source: over.path, acceptDrop: true }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidInputError);
    expect((error as Error).message).toContain(`${allowed + 1} of ${rows} rows`);
    expect((error as Error).message).toContain('HHH_MAX_UNPLACED');
    expect(readFileSync(options.outputPath).equals(before)).toBe(true);
    const within = await pull({ ...options, source: tysfjord(allowed).path, acceptDrop: true });
    expect(within.written).toBe(true);
    expect(within.dataset.dataQuality!.unplaced).toHaveLength(allowed);
    expect(within.dataset.dataQuality!.unplaced.every((u) => u.reason === 'unknown-municipality' && u.value === '1850')).toBe(true);
  });

  it('publishes nothing private about a left-out row', async () => {
    const summary = await pull({ ...options, source: fixture('unknown-member.csv'), maxUnplacedShare: 0.5 });
    expect(JSON.stringify(summary.dataset.dataQuality)).not.toMatch(/@|Per Dahl|100,00|\+47/);
  });
});

describe("the export is the catalogue's source", () => {
  it('publishes a product the catalogue lacks, with its vendor, as bought and not yet described, and warns', async () => {
    const summary = await pull({ ...options, source: fixture('unknown-service.csv') });
    const netflix = summary.dataset.services.find((s) => s.name === 'Netflix')!;
    expect(netflix).toMatchObject({ described: false, funding: 'bought', status: 'confirmed', audience: 'public' });
    expect(netflix.description.nb).toBe('Ikke beskrevet ennå.');
    expect(summary.dataset.vendors.find((v) => v.id === netflix.vendorId)!.name).toBe('Netflix Inc.');
    expect(summary.dataset.subscriptions).toContainEqual({ libraryId: 'fb-0301', serviceId: netflix.id, year: 2026, status: 'active' });
    expect(summary.createdServices).toEqual(['Netflix']);
    expect(summary.warnings.some((w) => w.message.includes('new product "Netflix"'))).toBe(true);
  });

  it("pulls a held-out export in the ordering system's shape: new product, vendor and member, one unplaceable member", async () => {
    const summary = await pull({ ...options, source: fixture('held-out-export.csv') });
    expect(summary.written).toBe(true);
    const created = summary.dataset.services.find((s) => s.name === 'Nordlys Tidsskriftarkiv')!;
    expect(created).toMatchObject({ described: false, category: 'databases-journals', audience: 'both' });
    expect(summary.dataset.vendors.some((v) => v.name === 'Polarkant Forlag AS')).toBe(true);
    expect(summary.dataset.libraries.find((l) => l.id === 'fb-4616')!.name).toBe('Tysnes folkebibliotek');
    expect(summary.dataset.dataQuality!.unplaced).toMatchObject([{ member: 'Tysfjord bibliotek', reason: 'unknown-municipality', value: '1850' }]);
    expect(summary.dataset.source.isDemo).toBe(false);
  });

  it('keeps the history of a product the export no longer lists, for the years it does not cover', async () => {
    await pull(options);
    const lines = readFileSync(PATHS.demoExport, 'utf8').trimEnd().split('\n');
    const later = join(directory, 'later.csv');
    writeFileSync(later, `${[lines[0], ...lines.slice(1).filter((l) => l.includes(',2025-01-01,') && !l.includes(',Clarify,'))].join('\n')}\n`);
    const summary = await pull({ ...options, source: later, acceptDrop: true });
    const clarify = summary.dataset.services.find((s) => s.name === 'Clarify')!;
    const years = new Set(summary.dataset.subscriptions.filter((s) => s.serviceId === clarify.id).map((s) => s.year));
    expect(years).toEqual(new Set([2023, 2024]));
    expect(summary.keptServices).toContain('Clarify');
  });
});

describe('history from a last good dataset of an older schema', () => {
  it('keeps no product the current schema refuses, and none whose years the export covers', async () => {
    await pull(options);
    const previous = JSON.parse(readFileSync(options.outputPath, 'utf8'));
    // An invented product from before the catalogue was trimmed, its evidence in the old shape.
    previous.services.push({ ...previous.services[1], id: 'kanopy', slug: 'kanopy', name: 'Kanopy', evidence: [{ source: 'x', section: '1', note: 'old' }] });
    previous.subscriptions.push({ libraryId: 'fb-0301', serviceId: 'kanopy', year: 2022, status: 'active' });
    previous.services.push({ ...previous.services[1], id: 'covered', slug: 'covered', name: 'Covered' });
    previous.subscriptions.push({ libraryId: 'fb-0301', serviceId: 'covered', year: 2024, status: 'active' });
    writeFileSync(options.outputPath, JSON.stringify(previous));
    const summary = await pull(options);
    expect(summary.written).toBe(true);
    expect(summary.dataset.services.map((s) => s.id)).not.toContain('kanopy');
    expect(summary.dataset.services.map((s) => s.id)).not.toContain('covered');
  });
});
