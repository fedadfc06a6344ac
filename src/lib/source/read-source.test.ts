import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { failureReason } from './problems';
import { isUrl, readSource, sha256 } from './read-source';
import { quickDownload, startServer, TEST_TOKEN, type TestServer } from './test-servers';

let directory: string;
let server: TestServer;
beforeAll(async () => {
  directory = mkdtempSync(join(tmpdir(), 'read-source-'));
  mkdirSync(join(directory, 'folder'));
  writeFileSync(join(directory, 'small.csv'), 'a,b\n1,2\n');
  writeFileSync(join(directory, 'big.csv'), 'x'.repeat(5000));
  server = await startServer({
    '/big.csv': (_q, r) => r.writeHead(200, { 'content-length': '5000' }).end('x'.repeat(5000)),
    '/small.csv': (_q, r) => r.writeHead(200).end('a,b\n1,2\n'),
  });
});
afterAll(() => server?.close());

const reasonOf = (promise: Promise<unknown>) => promise.then(() => 'no failure', failureReason);

describe('readSource', () => {
  it('reads a path relative to the folder given, recorded by its name', async () => {
    const read = await readSource('small.csv', { maxBytes: 100, directory });
    expect(Buffer.from(read.bytes).toString()).toBe('a,b\n1,2\n');
    expect(read).toMatchObject({ file: 'small.csv', shownAs: 'small.csv' });
  });

  it('refuses a local file over the limit before reading it, naming the setting; a missing file or a folder', async () => {
    expect(await reasonOf(readSource('big.csv', { maxBytes: 1000, maxBytesSetting: 'HHH_MAX_SOURCE_MB', directory }))).toBe(
      'the file is 5000 bytes, more than the limit of 1000 bytes (HHH_MAX_SOURCE_MB); it was not read',
    );
    expect(await reasonOf(readSource('gone.csv', { maxBytes: 1000, directory }))).toBe("the source can't be read (ENOENT)");
    expect(await reasonOf(readSource('folder', { maxBytes: 1000, directory }))).toBe('the source is not a file');
  });

  it('downloads a URL within the same limit, shown by its origin only', async () => {
    const read = await readSource(`${server.base}/small.csv?key=${TEST_TOKEN}`, { maxBytes: 100, download: quickDownload([]) });
    expect(read).toMatchObject({ file: 'small.csv', shownAs: server.base });
    expect(await reasonOf(readSource(`${server.base}/big.csv`, { maxBytes: 1000, maxBytesSetting: 'HHH_MAX_SOURCE_MB', download: quickDownload([]) }))).toMatch(
      /is 5000 bytes, more than the limit of 1000 bytes \(HHH_MAX_SOURCE_MB\)/,
    );
  });
});

describe('isUrl and sha256', () => {
  it('tells URLs from paths, and hashes bytes as hex', () => {
    expect(['https://x.example/a.csv', 'HTTP://x', 'data/a.csv', 'https.csv', 'file:///a.csv'].map(isUrl)).toEqual([true, true, false, false, false]);
    expect(sha256(new TextEncoder().encode('abc'))).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });
});
