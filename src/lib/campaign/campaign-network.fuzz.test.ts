import type { ServerResponse } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pick, seededRandom } from '../demo/random';
import { downloadSource, SourceUnreachableError } from '../source/fetch';
import { isSpecialAddress, refusalFor } from '../source/host-policy';
import { quickDownload, startServer, TEST_TOKEN, type TestServer } from '../source/test-servers';

import { build, folder, outcome, SEED } from './fuzz-fixtures';
import { HEADER } from './test-campaign';

describe('campaign fuzz: where fetches may go', () => {
  let server: TestServer;
  let target = '';
  beforeAll(async () => {
    server = await startServer({
      '/redirect': (_q, r) => r.writeHead(pick(seededRandom(target.length), [301, 302, 303, 307, 308]), { location: target }).end(),
      '/export.csv': (_q, r) => r.writeHead(200, { 'content-type': 'text/csv' }).end('Medlem,Produkt\nA,B\n'),
    });
  });
  afterAll(() => server.close());

  it('refuses every redirect to another host, another scheme or a private address, sending nothing there', async () => {
    const random = seededRandom(SEED + 3);
    const port = new URL(server.base).port;
    const targets = [
      () => `http://localhost:${port}/export.csv`,
      () => `http://[::1]:${port}/export.csv`,
      () => `https://${pick(random, ['evil.example', 'bank.example.evil', '127.0.0.1.nip.io'])}/export.csv`,
      () => `https://169.254.169.254/latest/meta-data/${Math.floor(random() * 100)}`,
      () => `https://10.${Math.floor(random() * 255)}.0.1/export.csv`,
      () => `https://[fd00::${Math.floor(random() * 999)}]/export.csv`,
      () => pick(random, ['file:///etc/passwd', 'ftp://127.0.0.1/export.csv', 'data:text/csv,a', 'javascript:alert(1)', 'gopher://127.0.0.1/']),
      () => `\\\\localhost:${port}\\export.csv`,
    ];
    for (let i = 0; i < 24; i++) {
      target = pick(random, targets)();
      server.hits.length = 0;
      const error = await downloadSource(`${server.base}/redirect`, { ...quickDownload([]), attempts: 1 }).then(
        () => new Error(`followed ${target}`),
        (e: unknown) => e as Error,
      );
      expect(error, target).toBeInstanceOf(SourceUnreachableError);
      expect(error.message, target).not.toContain(TEST_TOKEN);
      expect(
        server.hits.map((h) => h.path),
        target,
      ).toEqual(['/redirect']);
    }
  });

  it('refuses every special address however it is spelt, and lets public ones through', async () => {
    const random = seededRandom(SEED + 4);
    const byte = () => Math.floor(random() * 256);
    const special = [
      () => `127.${byte()}.${byte()}.${byte()}`,
      () => `10.${byte()}.${byte()}.${byte()}`,
      () => `172.${16 + Math.floor(random() * 16)}.${byte()}.${byte()}`,
      () => `192.168.${byte()}.${byte()}`,
      () => `169.254.${byte()}.${byte()}`,
      () => `::ffff:127.0.0.${byte()}`,
      () => `::ffff:${(10 << 8).toString(16)}:${byte().toString(16)}`,
      () => `FD${byte().toString(16).padStart(2, '0')}::${byte().toString(16)}`,
      () => `fe80::${byte().toString(16)}:1`,
      () => '::1',
    ];
    for (let i = 0; i < 60; i++) {
      const address = pick(random, special)();
      expect(isSpecialAddress(address), address).toBe(true);
      const policy = { allowed: new Set(['bank.example']), allowPrivate: false, resolve: async () => [address] };
      expect(await refusalFor(new URL('https://bank.example./x.png'), policy), address).toMatch(/resolves to/);
    }
    for (let i = 0; i < 30; i++) {
      const address = `${pick(random, [8, 93, 151, 185, 212])}.${byte()}.${byte()}.${1 + Math.floor(random() * 254)}`;
      expect(isSpecialAddress(address), address).toBe(false);
    }
  });
});

describe('campaign fuzz: a media bank answering errors', () => {
  let server: TestServer;
  let answer: (response: ServerResponse) => void = () => {};
  beforeAll(async () => {
    server = await startServer({ '/manifest.csv': (_q, r) => answer(r) });
  });
  afterAll(() => server.close());

  it('ends every failing manifest in exit 2 or 3 with a message, never a crash or a stack trace', async () => {
    const random = seededRandom(SEED + 5);
    const answers: [string, (r: ServerResponse) => void][] = [
      ['status', (r) => r.writeHead(pick(random, [400, 401, 403, 404, 410, 418, 429, 500, 502, 503])).end()],
      [
        'redirect',
        (r) => r.writeHead(302, { location: pick(random, ['file:///etc/passwd', 'https://evil.example/m.csv', 'http://localhost/m.csv', '::::', '']) }).end(),
      ],
      ['html', (r) => r.writeHead(200, { 'content-type': 'text/html' }).end('<html><body>Logg inn</body></html>')],
      ['garbage', (r) => r.writeHead(200).end(Buffer.from(Array.from({ length: 200 }, () => Math.floor(random() * 256))))],
      ['columns', (r) => r.writeHead(200).end('Hei,Hopp\n1,2\n')],
      ['rows', (r) => r.writeHead(200).end(`${HEADER}\n${'a'.repeat(300)},T,Ukjent,stor,xx,../x.png,,kanskje,31.02.2027\n`)],
      ['cut', (r) => r.writeHead(200, { 'content-length': '1000' }).end(`${HEADER}\n`)],
    ];
    for (let i = 0; i < 21; i++) {
      const [kind, respond] = answers[i % answers.length]!;
      answer = respond;
      const directory = folder();
      const result = await outcome(build(directory, [], `${server.base}/manifest.csv`, { ...quickDownload([]), attempts: 2 }));
      expect([2, 3], kind).toContain(result.code);
      expect(result.message, kind).toMatch(/^build: the campaign (material could not be fetched|manifest is invalid)/);
      expect(result.message, kind).not.toMatch(/\n\s+at /);
      expect(result.message, kind).not.toContain(TEST_TOKEN);
    }
  });
});
