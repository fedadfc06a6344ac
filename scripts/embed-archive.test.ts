/**
 * The nightly's archive steps against a local bare git repository standing in for the store
 * (GitHub's `embed-archive` branch): save, restore, and each way a restore must refuse.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { carryFrozenEmbeds } from '../src/lib/embed/frozen-archive';
import { freezeVersion } from '../src/lib/embed/frozen-version';
import { filesUnder } from '../src/lib/files';
import { ArchiveStoreError, restoreArchive, saveArchive } from './embed-archive';

const A = 'aaaaaaaaaaaa';
const B = 'bbbbbbbbbbbb';
let root: string;
let store: string;
let repo: string;
let archive: string;

function sh(cmd: string, args: string[], cwd: string): void {
  const result = spawnSync(cmd, args, { cwd, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`${cmd} ${args.join(' ')}: ${result.stderr}`);
}

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'embed-archive-test-'));
  store = join(root, 'store.git');
  repo = join(root, 'repo');
  archive = join(root, 'work', '.cache', 'frozen-embeds');
  sh('git', ['init', '--quiet', '--bare', store], root);
  mkdirSync(repo);
  sh('git', ['init', '--quiet', repo], root);
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

function write(file: string, content: string): void {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, content);
}

/** An archive as builds leave it: versions A and B in the shared format. */
function buildArchive(): void {
  const dist = join(root, 'dist');
  for (const [version, figure] of [
    [A, '58'],
    [B, '61'],
  ] as const) {
    rmSync(dist, { recursive: true, force: true });
    write(join(dist, '_astro', 'g.css'), '.embed{color:red}');
    for (const prefix of ['', 'nn/', 'en/']) {
      write(
        join(dist, prefix, 'embed', 'v', version, 'index.html'),
        `<html><head><link rel="stylesheet" href="/_astro/g.css"></head><body><p>${figure}</p><a href="/embed/v/${version}/data.csv" download>CSV</a></body></html>`,
      );
      write(join(dist, prefix, 'embed', 'v', version, 'data.csv'), `x,${figure}\n`);
    }
    freezeVersion(dist, version);
    carryFrozenEmbeds({ dist, archive, version });
  }
}

function files(folder: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const path of filesUnder(folder)) out[relative(folder, path)] = readFileSync(path, 'latin1');
  return out;
}

/** The script's two steps in this process (the command line itself is run in the last case): exit status and output. */
async function run(command: 'restore' | 'save', ...extra: string[]) {
  const options = { remote: store, branch: 'embed-archive', repo, archive };
  try {
    const out = command === 'restore' ? await restoreArchive({ ...options, expect: extra[1] }) : saveArchive(options);
    return { status: 0, out };
  } catch (error) {
    if (!(error instanceof ArchiveStoreError)) throw error;
    return { status: 1, out: error.message };
  }
}

// Each case spawns the script a few times (tsx start-up, about 2 s on a busy machine).
describe('scripts/embed-archive.ts', { timeout: 60_000 }, () => {
  it('starts a new archive when the store has none and no versions are expected', async () => {
    const result = await run('restore');
    expect(result).toMatchObject({ status: 0 });
    expect(result.out).toMatch(/no embed-archive branch .* yet/);
    expect(existsSync(join(archive, A))).toBe(false);
  });

  it('saves the archive to the branch and restores it file for file', async () => {
    buildArchive();
    const saved = files(archive);
    expect(Object.keys(saved).length).toBeGreaterThan(8);
    const save = await run('save');
    expect(save.status, save.out).toBe(0);
    expect(save.out).toMatch(/saved 2 version\(s\) to .* embed-archive/);
    rmSync(archive, { recursive: true });
    const restore = await run('restore');
    expect(restore.status, restore.out).toBe(0);
    expect(restore.out).toMatch(/restored 2 version\(s\)/);
    expect(files(archive)).toEqual(saved);
    // Saving again replaces the branch's one commit.
    expect((await run('save')).status).toBe(0);
  });

  it('refuses when the store has no archive but the published site lists versions', async () => {
    const published = join(root, 'archive.json');
    writeFileSync(published, JSON.stringify({ versions: [A], pruned: [] }));
    const result = await run('restore', '--expect', published);
    expect(result.status).toBe(1);
    expect(result.out).toMatch(/has no archive, but .*archive\.json lists 1 version\(s\) not here either/);
    // The archive the Actions cache used to keep, when it came back: kept, to be saved to the branch.
    buildArchive();
    const migrated = await run('restore', '--expect', published);
    expect(migrated).toMatchObject({ status: 0 });
    expect(migrated.out).toMatch(/keeping the local archive \(2 version\(s\)\)/);
  });

  it('refuses when the restored archive lacks a version the published site lists, and leaves the local folder alone', async () => {
    buildArchive();
    expect((await run('save')).status).toBe(0);
    const published = join(root, 'archive.json');
    writeFileSync(published, JSON.stringify({ versions: [A, B, 'cccccccccccc'], pruned: [] }));
    const before = files(archive);
    const result = await run('restore', '--expect', published);
    expect(result.status).toBe(1);
    expect(result.out).toMatch(/lacks 1 version\(s\) the published site lists: cccccccccccc/);
    expect(files(archive)).toEqual(before);
  });

  it('refuses a damaged store: a version missing, or a shared file that does not match its name', async () => {
    buildArchive();
    const good = join(root, 'good');
    cpSync(archive, good, { recursive: true });
    // Pushed by hand, bypassing save's own check.
    rmSync(join(archive, A), { recursive: true });
    const push = (folder: string) => {
      const scratch = join(root, `push-${Date.now()}`);
      cpSync(folder, scratch, { recursive: true });
      sh('git', ['init', '--quiet'], scratch);
      sh('git', ['add', '-A'], scratch);
      sh('git', ['-c', 'user.name=t', '-c', 'user.email=t@invalid', 'commit', '--quiet', '-m', 'x'], scratch);
      sh('git', ['push', '--quiet', '--force', store, 'HEAD:refs/heads/embed-archive'], scratch);
    };
    push(archive);
    let result = await run('restore');
    expect(result.status).toBe(1);
    expect(result.out).toMatch(/damaged:\nversions\.json lists version aaaaaaaaaaaa, which is missing/);

    const shared = join(good, '_shared');
    writeFileSync(join(shared, readdirSync(shared).find((n) => n.endsWith('.css'))!), 'changed');
    push(good);
    result = await run('restore');
    expect(result.status).toBe(1);
    expect(result.out).toMatch(/does not match its content/);
  });

  it('refuses when the store cannot be reached, and refuses to save a damaged archive', async () => {
    const result = spawnSync(
      process.execPath,
      ['--import', 'tsx', 'scripts/embed-archive.ts', 'restore', '--remote', join(root, 'nowhere.git'), '--repo', repo, '--archive', archive],
      { encoding: 'utf8' },
    );
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/can't be read/);

    buildArchive();
    rmSync(join(archive, B), { recursive: true });
    const save = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/embed-archive.ts', 'save', '--remote', store, '--repo', repo, '--archive', archive], {
      encoding: 'utf8',
    });
    expect(save.status).toBe(1);
    expect(save.stderr).toMatch(/refusing to save a damaged archive/);
  });
});
