import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { packBody, SHARED_URL, splitFrozenPage } from '../embed/frozen-shared';
import { applyCspToDist, cspHash, htmlFilesUnder } from './csp';
import { applyCspInWorkers } from './csp-in-workers';

const page = (body: string) => `<!doctype html><html><head><meta charset="utf-8"><title>T</title></head><body>${body}</body></html>`;
const folders: string[] = [];
const tempDist = () => {
  const dist = mkdtempSync(join(tmpdir(), 'hhh-csp-workers-'));
  folders.push(dist);
  return dist;
};
afterAll(() => {
  for (const folder of folders) rmSync(folder, { recursive: true, force: true });
});

/** A small built site: pages with and without inline code, and a frozen shell whose shared body holds a script. */
function smallSite(): string {
  const dist = tempDist();
  const write = (path: string, text: string | Uint8Array) => {
    mkdirSync(join(dist, path, '..'), { recursive: true });
    writeFileSync(join(dist, path), text);
  };
  for (let i = 0; i < 7; i++) write(`bibliotek/b${i}/index.html`, page(`<p>${i}</p><script>show(${i})</script>`));
  write('index.html', page('<style>p{margin:0}</style><p>home</p>'));
  write('om/index.html', page('<p>no inline code</p>'));
  const split = splitFrozenPage(page('<p>v1</p><script>started()</script>'), { volatile: ['v1'], unavailable: 'Unavailable' });
  const body = packBody(split.body);
  write(`embed/v/_shared/${body.name}`, body.bytes);
  write('embed/v/abc/index.html', split.shell(`${SHARED_URL}${body.name}`, `${SHARED_URL}loader.js`));
  return dist;
}

describe('applyCspInWorkers', () => {
  it('writes every page the policy one thread writes, spread over two workers', async () => {
    const dist = smallSite();
    const oneThread = tempDist();
    cpSync(dist, oneThread, { recursive: true });
    const expected = applyCspToDist(oneThread);

    const figures = await applyCspInWorkers(dist, htmlFilesUnder(dist), {}, 2);

    expect(figures).toEqual(expected);
    for (const file of htmlFilesUnder(dist)) expect(readFileSync(file, 'utf8')).toBe(readFileSync(join(oneThread, relative(dist, file)), 'utf8'));
    // The frozen shell's policy allows the script of the body its loader inserts.
    expect(readFileSync(join(dist, 'embed/v/abc/index.html'), 'utf8')).toContain(cspHash('started()'));
  });

  it('fails naming the page it could not give a policy', async () => {
    const dist = smallSite();
    writeFileSync(join(dist, 'om', 'index.html'), '<p>a fragment, no head</p>');
    await expect(applyCspInWorkers(dist, htmlFilesUnder(dist), {}, 2)).rejects.toThrow(`${join(dist, 'om', 'index.html')}: withCsp: the page has no <head>`);
  });
});
