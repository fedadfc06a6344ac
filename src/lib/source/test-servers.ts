/**
 * Local servers for the download tests, playing the ordering system or the media bank: one on
 * plain http at 127.0.0.1 (loopback stands in for https), and one on real https with a
 * self-signed certificate for 127.0.0.1 and localhost (made with openssl for the run), so a
 * redirect from it to plain http is a real downgrade and a URL can name another https host
 * (https://localhost:port against https://127.0.0.1:port). Routes are looked up per request,
 * so a test may swap one.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DownloadOptions } from './fetch';

/** Built from parts so no secret-looking literal sits in the repository. */
export const TEST_TOKEN = 'test-fake-' + 'credential-7f3a9c';

/** `hit` counts the requests for this path, this one included. */
export type Handler = (request: IncomingMessage, response: ServerResponse, hit: number) => void;

export interface Hit {
  host: string;
  path: string;
  authorization?: string;
  apiKey?: string;
}

export interface TestServer {
  base: string;
  /** Every request, in order; empty it between tests with `hits.length = 0`. */
  hits: Hit[];
  count: (path: string) => number;
  close: () => Promise<void>;
}

async function serve(server: Server, protocol: 'http' | 'https', routes: Record<string, Handler>, hits: Hit[], onClose = () => {}): Promise<TestServer> {
  server.on('request', (request: IncomingMessage, response: ServerResponse) => {
    const path = new URL(request.url!, `${protocol}://x`).pathname;
    hits.push({
      host: request.headers.host ?? '',
      path,
      authorization: request.headers.authorization,
      apiKey: request.headers['x-api-key'] as string | undefined,
    });
    const route = routes[path];
    if (route) route(request, response, hits.filter((h) => h.path === path).length);
    else response.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    base: `${protocol}://127.0.0.1:${(server.address() as AddressInfo).port}`,
    hits,
    count: (path) => hits.filter((h) => h.path === path).length,
    close: () =>
      new Promise<void>((resolve) => {
        onClose();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export function startServer(routes: Record<string, Handler>): Promise<TestServer> {
  return serve(createServer(), 'http', routes, []);
}

/**
 * The https server, or undefined when openssl is missing (tests that need it skip). Its
 * certificate is trusted by this test file's process until `close`, which restores the setting.
 */
export async function startTlsServer(routes: Record<string, Handler>): Promise<TestServer | undefined> {
  const directory = mkdtempSync(join(tmpdir(), 'tls-'));
  const [key, cert] = [join(directory, 'key.pem'), join(directory, 'cert.pem')];
  const made = spawnSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-keyout',
      key,
      '-out',
      cert,
      '-days',
      '1',
      '-subj',
      '/CN=127.0.0.1',
      '-addext',
      'subjectAltName=IP:127.0.0.1,DNS:localhost',
    ],
    { encoding: 'utf8' },
  );
  if (made.status !== 0 || !existsSync(cert)) return undefined;
  const previous = process.env.NODE_TLS_REJECT_UNAUTHORIZED;
  process.env.NODE_TLS_REJECT_UNAUTHORIZED = '0';
  const restore = () => {
    if (previous === undefined) delete process.env.NODE_TLS_REJECT_UNAUTHORIZED;
    else process.env.NODE_TLS_REJECT_UNAUTHORIZED = previous;
  };
  return serve(createHttpsServer({ key: readFileSync(key), cert: readFileSync(cert) }) as unknown as Server, 'https', routes, [], restore);
}

/**
 * Download options for tests: the token, loopback allowed (plain http, and the loopback address
 * through the host policy's opt-in), short timeouts and backoff, logs kept, no hosts from the
 * environment.
 */
export function quickDownload(logs: string[]): DownloadOptions {
  return {
    credential: { token: TEST_TOKEN },
    allowInsecureLoopback: true,
    allowPrivateAddresses: true,
    env: {},
    timeoutMs: 500,
    attempts: 3,
    backoffMs: 10,
    log: (line) => logs.push(line),
  };
}
