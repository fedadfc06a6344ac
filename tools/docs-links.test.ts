/**
 * The README and every document in docs/ link only to what exists: files, folders, headings, and
 * the repository paths they name in code. Part of `npm test` (unit stage), so a moved file or a
 * renamed heading fails the run with the place to fix.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { relativeFilesUnder } from '../src/lib/files';
import { docLinkProblems, type Repository } from './markdown-links';

const root = process.cwd();
const globRegExp = (glob: string) => new RegExp(`^${glob.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*')}$`);

const repo: Repository = {
  read: (file) => (existsSync(join(root, file)) ? readFileSync(join(root, file), 'utf8') : undefined),
  exists: (path) => existsSync(join(root, path)),
  matches: (glob) => {
    const folder = glob.slice(0, glob.indexOf('*')).replace(/[^/]*$/, '');
    if (!existsSync(join(root, folder))) return false;
    const pattern = globRegExp(glob);
    return relativeFilesUnder(join(root, folder)).some((file) => pattern.test(folder + file));
  },
  // Written by a run, never committed: named in the docs, absent from a clean clone.
  generated: ['data/dataset.json'],
};

describe('the README and docs/', () => {
  it('link to files, folders and headings that exist, and name only paths that exist', () => {
    const docs = readdirSync(join(root, 'docs'))
      .filter((f) => f.endsWith('.md'))
      .map((f) => `docs/${f}`);
    const problems = docLinkProblems(['README.md', ...docs], repo).map((p) => `${p.file}:${p.line}: ${p.target} (${p.reason})`);
    expect(problems).toEqual([]);
  });
});
