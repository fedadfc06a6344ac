/**
 * The pull over time: the last good dataset kept when a pull fails, the guard against churn and
 * impossible years, changes between pulls, members the registries lack, the catalogue grown from
 * the export, and history carried over from an older schema. First pulls are in pull.test.ts.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { PATHS } from '../paths';
import { InvalidInputError } from '../source/problems';
import { GuardRefusedError, pull, type PullOptions } from './pull';
import { seededRandom } from '../demo/random';
import { demoExportWithYearsMoved, fixture, pullOptions } from './test-fixtures';

let directory: string;
let options: PullOptions;

beforeEach(() => {
  directory = mkdtempSync(join(tmpdir(), 'pull-'));
  options = pullOptions(directory);
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
