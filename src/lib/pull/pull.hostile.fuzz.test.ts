/**
 * Fuzz by class (issue 29): secrets in URLs, zip bombs and lying sizes, churn, stale locks: each
 * generated case ends as its class requires, and every failure leaves the last good dataset
 * byte-identical. Seeded, so a failure can be replayed. Random corruption is in pull.fuzz.test.ts.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { constants as zlibConstants, deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { PATHS } from '../paths';
import { seededRandom } from '../demo/random';
import { InvalidInputError } from '../source/problems';
import { SourceUnreachableError } from '../source/fetch';
import { forgedZip, HEADER, minimalXlsx, minimalXlsxParts, VALID_ROWS } from '../source/test-tables';
import { type Handler, startServer } from '../source/test-servers';
import { DatasetBusyError, lockPath } from './dataset-lock';
import { GuardRefusedError, pull, type PullOptions } from './pull';
import { demoExportWithYearsMoved, pullOptions } from './test-fixtures';

/** Runs a pull that may fail; a failure must be one of the documented kinds and leave `path` byte-identical. */
async function pullOrRefuse(options: PullOptions, before: Buffer, what: string): Promise<'written' | Error> {
  try {
    await pull(options);
    return 'written';
  } catch (error) {
    const known = [InvalidInputError, GuardRefusedError, SourceUnreachableError, DatasetBusyError].some((kind) => error instanceof kind);
    if (!known) throw new Error(`${what} crashed the pull: ${(error as Error).stack}`);
    expect(readFileSync(options.outputPath).equals(before), `${what} changed the last good dataset`).toBe(true);
    return error as Error;
  }
}

describe('fuzzing by class: the hostile inputs of issue 29', () => {
  const directory = mkdtempSync(join(tmpdir(), 'fuzz-class-'));
  const valid = readFileSync(join(import.meta.dirname, 'fixtures', 'valid.csv'));
  const base = pullOptions(directory, { lock: { waitMs: 0 } });
  const good = join(directory, 'good.json');

  /** A last good dataset from valid.csv, kept in `good` to restore after each written run. */
  async function start(source = join(import.meta.dirname, 'fixtures', 'valid.csv')): Promise<Buffer> {
    rmSync(base.outputPath, { force: true });
    await pull({ ...base, source, acceptDrop: true });
    copyFileSync(base.outputPath, good);
    return readFileSync(good);
  }

  it('secrets in URLs: no path, query, user info or credential (of any length) reaches the log, an error or the dataset', { timeout: 120_000 }, async () => {
    const routes: Record<string, Handler> = {};
    const server = await startServer(routes);
    try {
      const before = await start();
      const random = seededRandom(291);
      const word = (length: number) => Array.from({ length }, () => 'QXZ'.charAt(Math.floor(random() * 3)) + Math.floor(random() * 10)).join('');
      const seen = { written: 0, failed: 0 };
      for (let i = 0; i < 40; i++) {
        const markers = [`p${word(4)}`, `l${word(5)}`, `q${word(4)}`, `r${word(4)}`];
        const token = word(2 + Math.floor(random() * 3)).slice(0, 3 + Math.floor(random() * 4));
        const password = word(2).slice(0, 3);
        const last = random() < 0.5 ? `${markers[1]}.csv` : 'export.csv';
        const path = `/s/${markers[0]}/${last}`;
        const kind = Math.floor(random() * 6);
        const redirect = `/signed/${markers[3]}/export.csv`;
        routes[path] = (_q, r) => {
          if (kind === 0) r.writeHead(200, { 'content-type': 'text/csv' }).end(valid);
          else if (kind === 1) r.writeHead(302, { location: `${redirect}?sig=${markers[2]}` }).end();
          else if (kind === 2) r.writeHead(401).end(`denied ${token}`);
          else if (kind === 3) r.writeHead(500).end();
          else if (kind === 4) r.writeHead(200, { 'content-type': 'text/html' }).end(`<html>${markers[0]}</html>`);
          else r.writeHead(302, { location: `ftp://${markers[0]}.example/${markers[3]}` }).end();
        };
        routes[redirect] = (_q, r) => r.writeHead(200, { 'content-type': 'text/csv' }).end(valid);
        const userInfo = random() < 0.25 ? `user:${password}@` : '';
        if (userInfo) markers.push(password);
        const address = `${server.base.replace('http://', `http://${userInfo}`)}${path}${random() < 0.5 ? `?key=${markers[2]}` : ''}`;
        const logs: string[] = [];
        const outcome = await pullOrRefuse(
          {
            ...base,
            source: address,
            log: (line) => logs.push(line),
            download: {
              credential: { token },
              allowInsecureLoopback: true,
              allowPrivateAddresses: true,
              timeoutMs: 2000,
              attempts: 2,
              backoffMs: 1,
              log: (line) => logs.push(line),
            },
          },
          before,
          `secret case ${i} (${address})`,
        );
        const shown = [...logs, outcome === 'written' ? readFileSync(base.outputPath, 'utf8') : outcome.message].join('\n');
        for (const secret of [...markers, token]) expect(shown, `case ${i}: ${secret} shown`).not.toContain(secret);
        if (outcome === 'written') {
          seen.written++;
          copyFileSync(good, base.outputPath);
        } else seen.failed++;
      }
      expect(seen.written).toBeGreaterThan(0);
      expect(seen.failed).toBeGreaterThan(0);
    } finally {
      await server.close();
    }
  });

  it('zip bombs and lying sizes: every forged workbook is refused within seconds, naming the entry', { timeout: 120_000 }, async () => {
    const before = await start();
    const random = seededRandom(292);
    const source = join(directory, 'forged.xlsx');
    const flush = { finishFlush: zlibConstants.Z_SYNC_FLUSH, level: 9 };
    const megabyte = deflateRawSync(Buffer.alloc(1024 * 1024, ' '), flush);
    const header = HEADER.split(',');
    for (let i = 0; i < 24; i++) {
      const kind = i % 3;
      let bytes: Uint8Array;
      let expected: RegExp;
      if (kind === 2) {
        // The sheet stored anywhere, with more rows than the limit.
        const sheetPath = ['custom/s.xml', 'xl/a/b/c.xml', 'sheet.xml', 'xl/worksheets/sheet1.xml'][Math.floor(random() * 4)]!;
        const rows = 51 + Math.floor(random() * 100);
        bytes = minimalXlsx([header.slice(0, 3), VALID_ROWS[0]!.split(',').slice(0, 3)], { repeatLastRow: rows - 2, sheetPath });
        expected = new RegExp(`the sheet .* has ${rows} rows, more than the 50`);
      } else {
        const megabytes = 2 + Math.floor(random() * (kind === 0 ? 200 : 40));
        const head = deflateRawSync('<?xml version="1.0"?><worksheet><sheetData>', flush);
        const stream = Buffer.concat([head, ...Array<Buffer>(megabytes).fill(megabyte), deflateRawSync('</sheetData></worksheet>')]);
        const actual = 43 + megabytes * 1024 * 1024 + 24;
        // Lying: declared from a kilobyte to a plausible 100:1 (beyond that the ratio alone refuses it); honest: the truth, over 100:1.
        const declared = kind === 0 ? 1024 + Math.floor(random() * (100 * stream.length - 1024)) : actual;
        const parts = minimalXlsxParts([header]);
        bytes = forgedZip(
          Object.entries(parts).map(([name, data]) =>
            name === 'xl/worksheets/sheet1.xml'
              ? { name, data: stream, method: 8, declaredSize: declared }
              : { name, data, method: 0, declaredSize: data.length },
          ),
        );
        expected =
          kind === 0 ? /the entry xl\/worksheets\/sheet1\.xml inflates to more than .* the archive lies about its size/ : /declares .* more than the 100:1/;
      }
      writeFileSync(source, bytes);
      const started = performance.now();
      const outcome = await pullOrRefuse({ ...base, source, limits: { maxBytes: 300 * 1024 * 1024, maxXlsxRows: 50 } }, before, `zip case ${i}`);
      expect(performance.now() - started, `zip case ${i} took too long`).toBeLessThan(5_000);
      expect(outcome, `zip case ${i}`).toBeInstanceOf(InvalidInputError);
      const [problem] = (outcome as InvalidInputError).problems;
      expect(problem?.file, `zip case ${i}`).toBe('forged.xlsx');
      expect(problem?.message, `zip case ${i}`).toMatch(expected);
    }
  });

  it('churn: the guard refuses exactly the pulls that remove, add or lose more than the share, or reach past next year', { timeout: 120_000 }, async () => {
    const lines = readFileSync(PATHS.demoExport, 'utf8').trimEnd().split('\n').slice(0, 400);
    const original = join(directory, 'churn-base.csv');
    writeFileSync(original, `${lines.join('\n')}\n`);
    const before = await start(original);
    const random = seededRandom(293);
    const source = join(directory, 'churn.csv');
    const seen = { written: 0, refused: 0 };
    for (let i = 0; i < 30; i++) {
      const share = random() < 0.3 ? random() * 0.1 : random();
      // Moved past the export's last year (2025), so moved rows never collide with rows left in place.
      const years = [3, 4, 5][Math.floor(random() * 3)]!;
      const now = random() < 0.5 ? new Date('2026-11-25T12:00:00Z') : new Date('2031-06-01T12:00:00Z');
      writeFileSync(source, demoExportWithYearsMoved(share, years, random, lines));
      const dry = await pull({ ...base, source, now, dryRun: true });
      const { before: count, after, added, removed } = dry.diff!.subscriptions;
      const libraries = dry.diff!.libraries;
      const tooFar = dry.dataset.subscriptions.some((s) => s.year > now.getUTCFullYear() + 1);
      const violates =
        removed / count > 0.1 ||
        added / count > 0.1 ||
        (count - after) / count > 0.1 ||
        (libraries.before - libraries.after) / libraries.before > 0.1 ||
        tooFar;
      expect(Boolean(dry.refusal), `churn case ${i}: ${share.toFixed(2)} moved ${years} years (${dry.refusal})`).toBe(violates);
      const outcome = await pullOrRefuse({ ...base, source, now }, before, `churn case ${i}`);
      if (violates) {
        expect(outcome, `churn case ${i}`).toBeInstanceOf(GuardRefusedError);
        seen.refused++;
      } else {
        expect(outcome, `churn case ${i}`).toBe('written');
        seen.written++;
        copyFileSync(good, base.outputPath);
      }
    }
    expect(seen.written).toBeGreaterThan(0);
    expect(seen.refused).toBeGreaterThan(0);
  });

  it('stale locks: a pull takes a lock only when it is stale, and never deletes a temporary file younger than its own lock', { timeout: 120_000 }, async () => {
    const before = await start();
    const random = seededRandom(294);
    const dead = spawnSync(process.execPath, ['-e', '']).pid;
    const seen = { taken: 0, busy: 0 };
    for (let i = 0; i < 40; i++) {
      const lock = lockPath(base.outputPath);
      const owner = Math.floor(random() * 4);
      const content = [
        JSON.stringify({ pid: dead, host: hostname(), started: '2026-11-25T12:00:00Z' }),
        JSON.stringify({ pid: process.pid, host: hostname(), started: '2026-11-25T12:00:00Z' }),
        '{"pid": ',
        '',
      ][owner]!;
      const ageMs = [0, 2_000, 10_000, 31 * 60_000][Math.floor(random() * 4)]!;
      writeFileSync(lock, content);
      const now = Date.now();
      utimesSync(lock, new Date(now - ageMs), new Date(now - ageMs));
      const temporary = Array.from({ length: Math.floor(random() * 3) }, (_, t) => {
        const path = `${base.outputPath}.${90_000 + i * 10 + t}.tmp`;
        const younger = random() < 0.5;
        writeFileSync(path, '{"half": ');
        const at = new Date(younger ? now + 60_000 : now - 60_000);
        utimesSync(path, at, at);
        return { path, younger };
      });
      const stale = ageMs > 30 * 60_000 || owner === 0 || (owner >= 2 && ageMs > 5_000);
      const outcome = await pullOrRefuse({ ...base, source: join(import.meta.dirname, 'fixtures', 'valid.csv') }, before, `lock case ${i}`);
      if (stale) {
        expect(outcome, `lock case ${i}: owner ${owner}, ${ageMs} ms old`).toBe('written');
        expect(existsSync(lock), `lock case ${i}: the lock was not released`).toBe(false);
        seen.taken++;
        copyFileSync(good, base.outputPath);
      } else {
        expect(outcome, `lock case ${i}: owner ${owner}, ${ageMs} ms old`).toBeInstanceOf(DatasetBusyError);
        expect(readFileSync(lock, 'utf8'), `lock case ${i}: the lock was touched`).toBe(content);
        seen.busy++;
      }
      for (const { path, younger } of temporary) {
        if (younger) expect(existsSync(path), `lock case ${i}: ${path} younger than the lock was deleted`).toBe(true);
        else if (stale) expect(existsSync(path), `lock case ${i}: ${path} left behind`).toBe(false);
        rmSync(path, { force: true });
      }
      rmSync(lock, { force: true });
    }
    expect(seen.taken).toBeGreaterThan(0);
    expect(seen.busy).toBeGreaterThan(0);
  });
});
