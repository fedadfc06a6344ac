/**
 * The pull's command line as the nightly job uses it: exit codes, messages on stderr, the dry run,
 * and a token that never shows up in the output.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dataPackage } from '../src/lib/open-data/data-package';
import type { Dataset } from '../src/lib/dataset/schema';
import { startTlsServer, type TestServer } from '../src/lib/source/test-servers';

const fixtures = join(import.meta.dirname, '..', 'src', 'lib', 'pull', 'fixtures');
// Built from parts so no secret-looking literal sits in the repository.
const TOKEN = 'cli-fake-' + 'credential-123456';

function run(args: string[], env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', join(import.meta.dirname, 'pull.ts'), ...args], {
    encoding: 'utf8',
    env: { ...process.env, HHH_SOURCE: '', HHH_SOURCE_TOKEN: TOKEN, ...env },
    timeout: 60_000,
  });
  return { code: result.status, stderr: result.stderr, stdout: result.stdout };
}

/** The same, without blocking this process, so a server in it can answer the pull. */
function runAsync(args: string[], env: Record<string, string> = {}): Promise<{ code: number | null; stderr: string; stdout: string; seconds: number }> {
  const started = performance.now();
  const child = spawn(process.execPath, ['--import', 'tsx', join(import.meta.dirname, 'pull.ts'), ...args], {
    env: { ...process.env, HHH_SOURCE: '', HHH_SOURCE_TOKEN: TOKEN, ...env },
  });
  let stderr = '';
  let stdout = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  const timer = setTimeout(() => child.kill('SIGKILL'), 60_000);
  return new Promise((resolve) =>
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stderr, stdout, seconds: (performance.now() - started) / 1000 });
    }),
  );
}

describe('npm run pull', { timeout: 120_000 }, () => {
  const dataset = join(mkdtempSync(join(tmpdir(), 'pull-cli-')), 'dataset.json');

  it('exits 0 and writes the dataset from the demo export', () => {
    const { code, stderr } = run([], { HHH_DATASET: dataset });
    expect(stderr).toContain('(demo data)');
    expect(code).toBe(0);
    expect(existsSync(dataset)).toBe(true);
  });

  it('exits 2 on invalid input, naming the row and column, and keeps the dataset', () => {
    const before = readFileSync(dataset);
    const { code, stderr } = run(['--source', join(fixtures, 'malformed-organisation-number.csv')], { HHH_DATASET: dataset });
    expect(code).toBe(2);
    expect(stderr).toContain('malformed-organisation-number.csv, row 3, column "Organisasjonsnummer"');
    expect(stderr).toContain('the last good dataset is unchanged');
    expect(readFileSync(dataset).equals(before)).toBe(true);
  });

  it('exits 3 when the source is unreachable, without printing the token', () => {
    // Loopback stands in for an unreachable host: the test opts in to special addresses.
    const { code, stderr } = run(['--source', `https://127.0.0.1:9/export.csv?token=${TOKEN}`], {
      HHH_DATASET: dataset,
      HHH_TIMEOUT_SECONDS: '2',
      HHH_FETCH_ALLOW_PRIVATE: '1',
    });
    expect(code).toBe(3);
    expect(stderr).toContain('could not be fetched');
    expect(stderr).not.toContain(TOKEN);
  });

  it('exits 3 for a source on a loopback or private address unless HHH_FETCH_ALLOW_PRIVATE allows it, fetching nothing', () => {
    const { code, stderr } = run(['--source', `https://127.0.0.1:9/export.csv?token=${TOKEN}`], { HHH_DATASET: dataset, HHH_FETCH_ALLOW_PRIVATE: '' });
    expect(code).toBe(3);
    expect(stderr).toMatch(
      /refusing to fetch from https:\/\/127\.0\.0\.1:9: the host 127\.0\.0\.1 resolves to 127\.0\.0\.1, a loopback, private, link-local or other special address/,
    );
    expect(stderr).not.toContain(TOKEN);
  });

  // The first half of the demo export: every product still listed, half the subscriptions gone.
  const half = join(mkdtempSync(join(tmpdir(), 'pull-cli-half-')), 'half.csv');
  const demoLines = readFileSync('data/source/demo-export.csv', 'utf8').trimEnd().split('\n');
  writeFileSync(half, `${demoLines.slice(0, Math.floor(demoLines.length / 2)).join('\n')}\n`);

  it('exits 4 when the guard refuses a large drop, and 0 with --accept-drop', () => {
    const refused = run(['--source', half], { HHH_DATASET: dataset });
    expect(refused.code).toBe(4);
    expect(refused.stderr).toMatch(/refused: active subscriptions would fall/);
    expect(refused.stderr).toContain('--accept-drop');
  });

  it('prints what would change on --dry-run and writes nothing', () => {
    const before = readFileSync(dataset);
    const { code, stderr } = run(['--source', half, '--dry-run'], { HHH_DATASET: dataset });
    expect(code).toBe(0);
    expect(stderr).toMatch(/subscribing libraries: \d+ -> \d+/);
    expect(stderr).toMatch(/ {4}Filmoteket: \+\d+ \/ -\d+/);
    expect(stderr).toContain('dry run: nothing written');
    expect(readFileSync(dataset).equals(before)).toBe(true);
    expect(run(['--source', half, '--accept-drop'], { HHH_DATASET: dataset }).code).toBe(0);
  });

  it('never exits 1: a bad option, an oversized export and a damaged last good dataset exit 2 and say nothing was written', () => {
    const before = readFileSync(dataset);
    const option = run(['--bogus'], { HHH_DATASET: dataset });
    expect(option.code).toBe(2);
    expect(option.stderr).toMatch(/Unknown option '--bogus'/);
    const oversized = run([], { HHH_DATASET: dataset, HHH_MAX_SOURCE_MB: '0.01' });
    expect(oversized.code).toBe(2);
    expect(oversized.stderr).toMatch(/demo-export\.csv: the file is \d+ bytes, more than the limit of 10485 bytes \(HHH_MAX_SOURCE_MB\); it was not read/);
    const damaged = join(mkdtempSync(join(tmpdir(), 'pull-cli-damaged-')), 'dataset.json');
    writeFileSync(damaged, before.subarray(0, 1000));
    const truncated = run([], { HHH_DATASET: damaged });
    expect(truncated.code).toBe(2);
    expect(truncated.stderr).toMatch(/the last good dataset is not valid JSON/);
    for (const result of [option, oversized, truncated]) {
      expect(result.stderr).toContain('pull: nothing was written; the last good dataset is unchanged.');
      expect(result.stderr).not.toMatch(/^\s+at /m);
    }
    expect(readFileSync(damaged).equals(before.subarray(0, 1000))).toBe(true);
    expect(readFileSync(dataset).equals(before)).toBe(true);
  });

  it('escapes export text, so a cell cannot forge a CI log line or colour the output', () => {
    const lines = readFileSync(join(fixtures, 'valid.csv'), 'utf8').trimEnd().split('\n');
    const hostile = join(mkdtempSync(join(tmpdir(), 'pull-cli-hostile-')), 'export.csv');
    writeFileSync(hostile, `${[lines[0], lines[1]!.replace('PressReader,', '"Press\n::error file=x::forged\n##[error]also forged",')].join('\n')}\n`);
    const { code, stderr } = run(['--source', hostile, '--dry-run'], { HHH_DATASET: dataset });
    expect(code).toBe(0);
    expect(stderr).toContain('new product "Press\\n::error file=x::forged\\n##[error]also forged"');
    expect(stderr).not.toMatch(/^\s*(::|##\[)/m);
    writeFileSync(hostile, `${[lines[0], lines[1]!.replace('PressReader,', 'Press\u001b[31mReader,')].join('\n')}\n`);
    const coloured = run(['--source', hostile, '--dry-run'], { HHH_DATASET: dataset });
    expect(coloured.code).toBe(2);
    expect(coloured.stderr).toMatch(/row 2, column "Produkt": the cell contains the control character U\+001B \(escape\)/);
    expect(coloured.stderr).not.toContain('\u001b');
  });

  it('pulls a held-out export with a new product, vendor and member and one unplaceable member: exit 0, both named in the summary', () => {
    const fresh = join(mkdtempSync(join(tmpdir(), 'pull-cli-held-out-')), 'dataset.json');
    const { code, stderr } = run(['--source', join(fixtures, 'held-out-export.csv')], { HHH_DATASET: fresh });
    expect(code).toBe(0);
    expect(stderr).toContain('new products, published as "not yet described": Nordlys Tidsskriftarkiv');
    expect(stderr).toMatch(/held-out-export\.csv, row 58: Tysfjord bibliotek \(2185000\): municipality number not in the registry \("1850"\)/);
    expect(stderr).not.toContain('(demo data)');
    const strict = run(['--source', join(fixtures, 'held-out-export.csv')], { HHH_DATASET: fresh, HHH_MAX_UNPLACED: '0' });
    expect(strict.code).toBe(2);
    expect(strict.stderr).toContain("1 of 57 rows (1.8 %) can't be placed");
  });
});

describe('npm run pull from a secret address', { timeout: 120_000 }, () => {
  // Marker secrets where share and signed links keep their key: the path, the last segment, the query, the user info.
  const PATH_KEY = 'path-' + 'marker-4e1d';
  const LAST_KEY = 'a91f3c' + '77b2e0d45c';
  const QUERY_KEY = 'query-' + 'marker-6b0a';
  const REDIRECT_KEY = 'redirect-' + 'marker-2f9c';
  const PASSWORD = 'P' + 'w3';
  const markers = [PATH_KEY, LAST_KEY, QUERY_KEY, REDIRECT_KEY, PASSWORD];
  let server: TestServer | undefined;
  const valid = readFileSync(join(fixtures, 'valid.csv'));

  beforeAll(async () => {
    server = await startTlsServer({
      [`/s/${PATH_KEY}/${LAST_KEY}.csv`]: (_q, r) => r.writeHead(302, { location: `/signed/${REDIRECT_KEY}/export.csv?sig=${QUERY_KEY}` }).end(),
      [`/signed/${REDIRECT_KEY}/export.csv`]: (_q, r) => r.writeHead(200, { 'content-type': 'text/csv' }).end(valid),
      '/slow/export.csv': (_q, r) => {
        // A download that never ends, one byte at a time, each well within the request timeout.
        r.writeHead(200, { 'content-type': 'text/csv' });
        const timer = setInterval(() => r.write('x'), 200);
        r.on('close', () => clearInterval(timer));
      },
    });
  });
  afterAll(() => server?.close());

  it('publishes a label, never the address, and logs only its origin', async (context) => {
    if (!server) return context.skip('openssl is needed for the https server');
    const dataset = join(mkdtempSync(join(tmpdir(), 'pull-cli-secret-')), 'dataset.json');
    const pulled = await runAsync([], {
      HHH_SOURCE: `${server.base}/s/${PATH_KEY}/${LAST_KEY}.csv?key=${QUERY_KEY}`,
      HHH_DATASET: dataset,
      HHH_FETCH_ALLOW_PRIVATE: '1',
    });
    expect(pulled.stderr).toContain(`downloaded ${valid.length} bytes from ${server.base}`);
    expect(pulled.code).toBe(0);
    const written = JSON.parse(readFileSync(dataset, 'utf8')) as Dataset;
    // The footer of every page, source.name in /data/*.json and the data package all say this.
    expect(written.source.name).toBe('Bibliotek24: export.csv');
    const published = [readFileSync(dataset, 'utf8'), JSON.stringify(dataPackage(written, 'https://example.org'))].join('\n');
    const withUserInfo = await runAsync([], {
      HHH_SOURCE: `${server.base.replace('https://', `https://user:${PASSWORD}@`)}/s/${PATH_KEY}/export.csv`,
      HHH_DATASET: dataset,
      HHH_FETCH_ALLOW_PRIVATE: '1',
    });
    expect(withUserInfo.code).toBe(3);
    expect(withUserInfo.stderr).toContain(`${server.base}: the address carries a user name or password`);
    const labelled = await runAsync(['--dry-run'], {
      HHH_SOURCE: `${server.base}/s/${PATH_KEY}/${LAST_KEY}.csv`,
      HHH_DATASET: dataset,
      HHH_FETCH_ALLOW_PRIVATE: '1',
      HHH_SOURCE_LABEL: 'Bibliotek24, nattlig eksport',
    });
    expect(labelled.stderr).toContain('pull: Bibliotek24, nattlig eksport');
    for (const marker of markers) {
      for (const [what, text] of Object.entries({ published, log: pulled.stderr + pulled.stdout, userInfo: withUserInfo.stderr, labelled: labelled.stderr })) {
        expect(text, `${marker} in ${what}`).not.toContain(marker);
      }
    }
  });

  it('stops a pull that outlasts its time budget with exit 2, and writes nothing', async (context) => {
    if (!server) return context.skip('openssl is needed for the https server');
    const dataset = join(mkdtempSync(join(tmpdir(), 'pull-cli-budget-')), 'dataset.json');
    expect(run(['--source', join(fixtures, 'valid.csv')], { HHH_DATASET: dataset, HHH_FETCH_ALLOW_PRIVATE: '1' }).code).toBe(0);
    const before = readFileSync(dataset);
    const slow = await runAsync([], {
      HHH_SOURCE: `${server.base}/slow/export.csv`,
      HHH_DATASET: dataset,
      HHH_FETCH_ALLOW_PRIVATE: '1',
      HHH_PULL_BUDGET_SECONDS: '4',
    });
    expect(slow.code).toBe(2);
    expect(slow.stderr).toContain('the pull took longer than its time budget of 4 s (HHH_PULL_BUDGET_SECONDS) and was stopped');
    expect(slow.stderr).toContain('nothing was written; the last good dataset is unchanged');
    expect(slow.seconds).toBeLessThan(15);
    expect(readFileSync(dataset).equals(before)).toBe(true);
  });
});
