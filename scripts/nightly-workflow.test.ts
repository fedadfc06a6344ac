/** The nightly workflow only calls npm scripts and pull options that exist. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const workflow = readFileSync('.github/workflows/nightly.yml', 'utf8');
const scripts = Object.keys(JSON.parse(readFileSync('package.json', 'utf8')).scripts);
const pullSource = readFileSync('scripts/pull.ts', 'utf8');

describe('.github/workflows/nightly.yml', () => {
  it('runs npm scripts that exist', () => {
    const used = [...workflow.matchAll(/npm run ([\w:-]+)/g)].map((m) => m[1]!);
    expect(used.length).toBeGreaterThan(3);
    expect(used.filter((name) => !scripts.includes(name))).toEqual([]);
  });

  it('passes only options the pull knows', () => {
    const options = [...workflow.matchAll(/npm run pull -- (.*)/g)].flatMap((m) => [...m[1]!.matchAll(/--([\w-]+)/g)].map((o) => o[1]!));
    expect(options).toContain('save-source');
    for (const option of options) expect(pullSource).toContain(`'${option}'`);
  });

  it('publishes only after the tests, and takes credentials from secrets', () => {
    expect(workflow.indexOf('npm run test:e2e')).toBeLessThan(workflow.indexOf('upload-pages-artifact'));
    expect(workflow).toMatch(/HHH_SOURCE_TOKEN: \$\{\{ secrets\.HHH_SOURCE_TOKEN \}\}/);
  });
});
