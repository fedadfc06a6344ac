/**
 * Serves the built site (dist/) with Astro's own preview server on a free local port for the
 * browser tests, and checks that Debian's Chromium is there (never a downloaded browser).
 */
import { existsSync } from 'node:fs';
import { preview } from 'astro';
import type { TestProject } from 'vitest/node';
import { CHROMIUM, freePort } from '../../tools/local-chromium';

export default async function setup(project: TestProject) {
  if (!existsSync('dist/index.html')) throw new Error('dist/ has no site: run `npm run build` before the e2e tests (`npm test` does both)');
  if (!existsSync(CHROMIUM)) throw new Error(`no Chromium at ${CHROMIUM}: install Debian's package with \`apt-get install -y chromium\``);
  const port = await freePort();
  const server = await preview({ root: process.cwd(), logLevel: 'warn', server: { host: '127.0.0.1', port } });
  project.provide('baseUrl', `http://127.0.0.1:${port}`);
  return async () => server.stop();
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}
