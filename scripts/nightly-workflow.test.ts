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

  it('restores the frozen-embed archive from its branch before the build and saves it after the tests, at the build\'s default path', () => {
    const restore = workflow.indexOf('npm run archive:restore');
    const save = workflow.indexOf('npm run archive:save');
    expect(restore).toBeGreaterThan(-1);
    expect(restore).toBeLessThan(workflow.indexOf('npm run build:site'));
    expect(save).toBeGreaterThan(workflow.indexOf('npm run test:e2e'));
    expect(save).toBeLessThan(workflow.indexOf('upload-pages-artifact'));
    // The restore compares with what the published site lists, so a lost store stops the job.
    expect(workflow).toMatch(/npm run archive:restore -- .*--expect "\$\{SITE_URL%\/\}\/embed\/v\/archive\.json"/);
    // A failed restore must fail the job: no continue-on-error anywhere. The 7-day cache is only read (migration), never written.
    expect(workflow).not.toContain('continue-on-error');
    const steps = workflow.split(/\n\s*- (?=name:|uses:|run:)/);
    expect(steps.filter((step) => /frozen-embeds-/.test(step)).map((step) => /uses: (actions\/cache\/\w+)@/.exec(step)?.[1])).toEqual(['actions/cache/restore']);
    expect(workflow.indexOf('restore-keys: frozen-embeds-')).toBeLessThan(restore);
    // The scripts default to PATHS.embedArchive; the build must not be pointed elsewhere.
    expect(readFileSync('scripts/embed-archive.ts', 'utf8')).toContain('default: PATHS.embedArchive');
    expect(workflow).not.toContain('HHH_EMBED_ARCHIVE');
    expect(DEFAULT_EMBED_ARCHIVE).toBe('.cache/frozen-embeds');
    // Pushing the branch needs write access to the repository's contents.
    expect(workflow).toMatch(/^permissions:\n(?:  .*\n)*  contents: write/m);
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
