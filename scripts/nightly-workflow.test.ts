/** The nightly workflow only calls npm scripts and pull options that exist. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEFAULT_EMBED_ARCHIVE } from '../src/lib/paths';

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

  it('restores and saves the frozen-embed archive at the build\'s default path, around the build and after the tests', () => {
    // Each cache step is a "- name:" or "- uses:" item; find those keyed frozen-embeds-.
    const steps = workflow.split(/\n\s*- (?=name:|uses:)/);
    const archiveSteps = steps.filter((step) => /key: frozen-embeds-/.test(step));
    expect(archiveSteps.map((step) => /uses: (actions\/cache\/\w+)@/.exec(step)?.[1])).toEqual(['actions/cache/restore', 'actions/cache/save']);
    for (const step of archiveSteps) expect(/\bpath: (.+)/.exec(step)?.[1]?.trim()).toBe(DEFAULT_EMBED_ARCHIVE);
    // The build must not be pointed elsewhere, or it would archive where the cache doesn't look.
    expect(workflow).not.toContain('HHH_EMBED_ARCHIVE');
    expect(workflow.indexOf('restore-keys: frozen-embeds-')).toBeLessThan(workflow.indexOf('npm run build:site'));
    expect(workflow.lastIndexOf('key: frozen-embeds-')).toBeGreaterThan(workflow.indexOf('npm run test:e2e'));
  });
});

describe('.github/workflows/nightly.yml and the published address', () => {
  const steps = workflow.split(/\n\s*- (?=name:|uses:|run:|id:)/);
  const index = (pattern: RegExp) => steps.findIndex((step) => pattern.test(step));

  it('marks the build as one to publish and takes SITE_URL from the repository variable', () => {
    expect(workflow).toMatch(/^\s+HHH_PUBLISH: '1'$/m);
    expect(workflow).toMatch(/^\s+SITE_URL: \$\{\{ vars\.SITE_URL \}\}$/m);
    // No fallback that would turn an unset variable into an address (the old `?? localhost` hid it).
    expect(workflow).not.toMatch(/SITE_URL:.*(\|\||localhost|127\.0\.0\.1)/);
  });

  it('checks the address right after installing, before the tests, the pull and the build', () => {
    const check = index(/run: npm run site-url\b/);
    expect(check).toBeGreaterThan(index(/run: npm ci\b/));
    for (const later of [/npm run test:unit/, /npm run pull\b/, /npm run build:site/]) expect(check).toBeLessThan(index(later));
  });
});
