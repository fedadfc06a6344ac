/**
 * The build's exit when the campaign manifest fails (issue 29): a media bank that cannot be
 * reached is exit 3 and an invalid row exit 2, each with a message naming what failed, never a
 * stack trace. Runs scripts/build-site.ts, which stops at the manifest (before touching dist/ or
 * the campaign folder the other tests read).
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type TestServer } from '../../src/lib/source/test-servers';

const HEADER = 'Asset-ID,Tittel,Tjenester,Format,Språk,Fil,Kreditering,Samtykke,Samtykke utløper';
let server: TestServer;
beforeAll(async () => {
  server = await startServer({ '/manifest.csv': (_q, r) => r.writeHead(401).end() });
});
afterAll(() => server.close());

/** Asynchronous, so the test server in this process keeps answering. */
function buildSite(manifest: string): Promise<{ status: number | null; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', join(import.meta.dirname, '..', '..', 'scripts', 'build-site.ts')], {
      env: { ...process.env, HHH_MEDIA_MANIFEST: manifest, HHH_PUBLISH: '', HHH_FETCH_ALLOW_PRIVATE: '1' },
    });
    let stderr = '';
    child.stderr.on('data', (chunk) => {
      stderr += chunk;
    });
    child.on('close', (status) => resolve({ status, stderr }));
  });
}

describe('a failing campaign manifest stops the build with a message', () => {
  it('exits 3 for a media bank that cannot be reached, without a stack trace', async () => {
    const { status, stderr } = await buildSite(`${server.base}/manifest.csv`);
    expect(stderr).toMatch(/build: the campaign material could not be fetched: /);
    expect(stderr).not.toMatch(/\n\s+at /);
    expect(status).toBe(3);
  }, 60_000);

  it('exits 2 for an asset id too long for a file name, naming the row', async () => {
    const directory = mkdtempSync(join(tmpdir(), 'campaign-exit-'));
    const manifest = join(directory, 'manifest.csv');
    writeFileSync(manifest, [HEADER, `${'a'.repeat(300)},T,PressReader,web-16x9,nb,a.png,NTB,gitt,`].join('\n'));
    const { status, stderr } = await buildSite(manifest);
    expect(stderr).toContain('manifest.csv, row 2, column "Asset-ID": expected an asset id of at most 100 characters, found one of 300');
    expect(stderr).not.toMatch(/\n\s+at /);
    expect(status).toBe(2);
  }, 60_000);
});
