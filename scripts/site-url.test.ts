/** A build to publish without SITE_URL stops at once, before any work, with a message saying what to set. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const scratch = mkdtempSync(join(tmpdir(), 'hhh-site-url-'));
// Elsewhere than dist/ and the archive, in case the check ever let a build through.
const env = { ...process.env, HHH_PUBLISH: '1', SITE_URL: '', HHH_DIST: join(scratch, 'dist'), HHH_EMBED_ARCHIVE: join(scratch, 'archive') };
const run = (script: string, extra: Record<string, string> = {}) =>
  spawnSync(process.execPath, ['--import', 'tsx', script], { env: { ...env, ...extra }, encoding: 'utf8', timeout: 60_000 });

describe('SITE_URL for a build to publish', () => {
  it('npm run site-url fails with what to set, and prints the address when it is set', () => {
    const missing = run('scripts/site-url.ts');
    expect(missing.status).toBe(1);
    expect(missing.stderr).toMatch(/SITE_URL is not set \(or empty\).*Settings > Secrets and variables > Actions > Variables/);
    const set = run('scripts/site-url.ts', { SITE_URL: 'https://hvemharhva.no' });
    expect(set.status).toBe(0);
    expect(set.stdout.trim()).toBe('site-url: https://hvemharhva.no/');
  }, 60_000);

  it('build:site stops before building anything', () => {
    const build = run('scripts/build-site.ts');
    expect(build.status).toBe(2);
    expect(build.stderr).toMatch(/^build: SITE_URL is not set/m);
    expect(build.stdout).not.toMatch(/build: \d+ pages/);
  }, 60_000);
});
