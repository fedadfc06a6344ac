/**
 * The pull's command line as the nightly job uses it: exit codes, messages on stderr, the dry run,
 * and a token that never shows up in the output.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

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
    const { code, stderr } = run(['--source', join(fixtures, 'unknown-status.csv')], { HHH_DATASET: dataset });
    expect(code).toBe(2);
    expect(stderr).toContain('unknown-status.csv, row 3, column "Status"');
    expect(stderr).toContain('the last good dataset is unchanged');
    expect(readFileSync(dataset).equals(before)).toBe(true);
  });

  it('exits 3 when the source is unreachable, without printing the token', () => {
    const { code, stderr } = run(['--source', `https://127.0.0.1:9/export.csv?token=${TOKEN}`], { HHH_DATASET: dataset, HHH_TIMEOUT_SECONDS: '2' });
    expect(code).toBe(3);
    expect(stderr).toContain('could not be fetched');
    expect(stderr).not.toContain(TOKEN);
  });

  it('exits 4 when the guard refuses a large drop, and 0 with --accept-drop', () => {
    const refused = run(['--source', join(fixtures, 'valid.csv')], { HHH_DATASET: dataset });
    expect(refused.code).toBe(4);
    expect(refused.stderr).toMatch(/refused: active subscriptions would fall/);
    expect(refused.stderr).toContain('--accept-drop');
  });

  it('prints what would change on --dry-run and writes nothing', () => {
    const before = readFileSync(dataset);
    const { code, stderr } = run(['--source', join(fixtures, 'valid.csv'), '--dry-run'], { HHH_DATASET: dataset });
    expect(code).toBe(0);
    expect(stderr).toMatch(/subscribing libraries: \d+ -> 2/);
    expect(stderr).toMatch(/    PressReader: \+\d+ \/ -\d+/);
    expect(stderr).toContain('dry run: nothing written');
    expect(readFileSync(dataset).equals(before)).toBe(true);
    expect(run(['--source', join(fixtures, 'valid.csv'), '--accept-drop'], { HHH_DATASET: dataset }).code).toBe(0);
  });
});
