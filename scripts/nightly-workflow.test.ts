/** The nightly workflow only calls npm scripts and pull options that exist, and publishes only what passed npm test's gates. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEFAULT_EMBED_ARCHIVE } from '../src/lib/paths';
import { stagesFromArgs } from '../tools/stages';

const workflow = readFileSync('.github/workflows/nightly.yml', 'utf8');
const packageScripts = JSON.parse(readFileSync('package.json', 'utf8')).scripts as Record<string, string>;
const scripts = Object.keys(packageScripts);
/** Where the step that runs every gate of npm test (on the dataset just pulled) starts. */
const gates = workflow.indexOf('run: npm test -- --pulled');
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

  it('publishes only after every gate of npm test passed on the dataset just pulled, and takes credentials from secrets', () => {
    expect(gates).toBeGreaterThan(workflow.indexOf('npm run pull --'));
    expect(gates).toBeLessThan(workflow.indexOf('upload-pages-artifact'));
    expect(gates).toBeLessThan(workflow.indexOf('actions/cache/save'));
    // npm test's own stage list, with its build stage building the pulled dataset instead of pulling again.
    const stages = stagesFromArgs([...packageScripts.test!.replace(/^tsx scripts\/run-stages\.ts /, '').split(' '), '--pulled']).flat();
    for (const gate of ['lint', 'test:unit', 'typecheck', 'build:site', 'linkcheck', 'check:html', 'budgets', 'test:e2e']) expect(stages).toContain(gate);
    expect(stages).not.toContain('build');
    // The privacy scan of dist/ reads the real export the pull saved.
    expect(workflow.slice(gates - 200, gates)).toMatch(/HHH_PRIVACY_SOURCE: \$\{\{ runner\.temp \}\}\/export/);
    expect(workflow).toMatch(/HHH_SOURCE_TOKEN: \$\{\{ secrets\.HHH_SOURCE_TOKEN \}\}/);
  });

  it("restores the frozen-embed archive from its branch before the build and saves it after the tests, at the build's default path", () => {
    const restore = workflow.indexOf('npm run archive:restore');
    const save = workflow.indexOf('npm run archive:save');
    expect(restore).toBeGreaterThan(-1);
    expect(restore).toBeLessThan(gates);
    expect(save).toBeGreaterThan(gates);
    expect(save).toBeLessThan(workflow.indexOf('upload-pages-artifact'));
    // The restore compares with what the published site lists, so a lost store stops the job.
    expect(workflow).toMatch(/npm run archive:restore -- .*--expect "\$\{SITE_URL%\/\}\/embed\/v\/archive\.json"/);
    // A failed restore must fail the job: no continue-on-error anywhere. The 7-day cache is only read (migration), never written.
    expect(workflow).not.toContain('continue-on-error');
    const steps = workflow.split(/\n\s*- (?=name:|uses:|run:)/);
    expect(steps.filter((step) => /frozen-embeds-/.test(step)).map((step) => /uses: (actions\/cache\/\w+)@/.exec(step)?.[1])).toEqual([
      'actions/cache/restore',
    ]);
    expect(workflow.indexOf('restore-keys: frozen-embeds-')).toBeLessThan(restore);
    // The scripts default to PATHS.embedArchive; the build must not be pointed elsewhere.
    expect(readFileSync('scripts/embed-archive.ts', 'utf8')).toContain('default: PATHS.embedArchive');
    expect(workflow).not.toContain('HHH_EMBED_ARCHIVE');
    expect(DEFAULT_EMBED_ARCHIVE).toBe('.cache/frozen-embeds');
    // Pushing the branch needs write access to the repository's contents.
    expect(workflow).toMatch(/^permissions:\n(?: {2}.*\n)* {2}contents: write/m);
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

  it('checks the address right after installing, before the pull, the build and the tests', () => {
    const check = index(/run: npm run site-url\b/);
    expect(check).toBeGreaterThan(index(/run: npm ci\b/));
    for (const later of [/npm run pull\b/, /npm test -- --pulled/]) expect(check).toBeLessThan(index(later));
  });
});
