/**
 * Keeps the frozen-embed archive (src/lib/embed/frozen-archive.ts) where it does not expire: a
 * dedicated git branch (default `embed-archive`) of this repository, holding one commit with the
 * archive's files. The nightly restores it before the build and saves it after the tests.
 *
 *   npm run archive:restore -- [--expect <archive.json path or URL>] [options]
 *   npm run archive:save -- [options]
 *   options: --remote <git remote or URL, default origin> --branch <name, default embed-archive>
 *            --archive <folder, default PATHS.embedArchive> --repo <a git work tree, default .>
 *
 * restore: exit 0 when the archive was restored and checked (`archiveProblems`), or when the
 * branch does not exist yet and the local folder has every version expected (none, or those the
 * Actions cache used before brought back); exit 1 when the store can't be read,
 * the restored archive has problems, or versions are expected (`--expect`: the `archive.json` the
 * published site lists, see PUBLISHED_INDEX) that the store lacks. The folder is replaced only
 * after the checks pass. The nightly fails, and publishes nothing, on exit 1.
 * save: refuses (exit 1) an archive with problems; otherwise force-pushes one new commit with the
 * whole archive to the branch (no history: pruned versions leave the store).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { archiveProblems, archivedVersions, readArchiveIndex } from '../src/lib/embed/frozen-store';
import { PATHS } from '../src/lib/paths';

/** A reason the nightly must stop (exit 1), as opposed to a bug. */
export class ArchiveStoreError extends Error {}

function git(args: string[], options: { cwd: string; env?: Record<string, string> }): { status: number; stdout: string; stderr: string } {
  const result = spawnSync('git', args, { cwd: options.cwd, encoding: 'utf8', env: { ...process.env, ...options.env }, maxBuffer: 64 * 1024 * 1024 });
  return { status: result.status ?? 1, stdout: result.stdout ?? '', stderr: result.stderr ?? String(result.error ?? '') };
}

function mustGit(args: string[], options: { cwd: string; env?: Record<string, string> }, what: string): string {
  const result = git(args, options);
  if (result.status !== 0) throw new ArchiveStoreError(`${what} failed (git ${args[0]}, exit ${result.status}): ${result.stderr.trim().slice(-1000)}`);
  return result.stdout;
}

/** The versions the published site lists, from a path or an http(s) URL; none when there is no such file yet (404). */
async function expectedVersions(source: string): Promise<string[]> {
  let text: string;
  if (/^https?:\/\//.test(source)) {
    const response = await fetch(source, { signal: AbortSignal.timeout(30_000) });
    if (response.status === 404) return [];
    if (!response.ok) throw new ArchiveStoreError(`--expect ${source}: HTTP ${response.status}`);
    text = await response.text();
  } else {
    if (!existsSync(source)) return [];
    text = readFileSync(source, 'utf8');
  }
  const versions = (JSON.parse(text) as { versions?: unknown }).versions;
  if (!Array.isArray(versions) || !versions.every((v) => typeof v === 'string' && /^[0-9a-f]{12}$/.test(v))) {
    throw new ArchiveStoreError(`--expect ${source}: expected {"versions": ["<12 hex digits>", …]}`);
  }
  return versions as string[];
}

export interface StoreOptions {
  remote: string;
  branch: string;
  archive: string;
  repo: string;
}

/** Restores the archive; returns the line to print. Throws ArchiveStoreError when the nightly must stop. */
export async function restoreArchive(options: StoreOptions & { expect?: string }): Promise<string> {
  const { remote, branch, archive, repo } = options;
  const expected = options.expect ? await expectedVersions(options.expect) : [];
  const probe = git(['ls-remote', '--exit-code', '--heads', remote, `refs/heads/${branch}`], { cwd: repo });
  if (probe.status === 2) {
    // No store yet: a local archive (the nightly's former Actions cache) is kept, and saved to the branch after the tests.
    const local = existsSync(archive) ? readArchiveIndex(archive) : { versions: [], pruned: [] };
    const known = new Set([...local.versions.map((r) => r.version), ...local.pruned.map((r) => r.version)]);
    const missing = expected.filter((v) => !known.has(v));
    if (missing.length)
      throw new ArchiveStoreError(
        `the store (${remote} ${branch}) has no archive, but ${options.expect} lists ${missing.length} version(s) not here either: refusing to build without them`,
      );
    return local.versions.length
      ? `embed archive: no ${branch} branch in ${remote} yet; keeping the local archive (${local.versions.length} version(s)), saved there after the tests`
      : `embed archive: no ${branch} branch in ${remote} yet and no versions expected; starting a new archive`;
  }
  if (probe.status !== 0)
    throw new ArchiveStoreError(`the store (${remote}) can't be read (git ls-remote, exit ${probe.status}): ${probe.stderr.trim().slice(-1000)}`);

  const scratch = mkdtempSync(join(tmpdir(), 'embed-archive-'));
  try {
    const ref = `refs/embed-archive/restore`;
    mustGit(['fetch', '--quiet', '--no-tags', '--depth', '1', remote, `+refs/heads/${branch}:${ref}`], { cwd: repo }, `fetching ${branch} from ${remote}`);
    const tar = join(scratch, 'archive.tar');
    mustGit(['archive', '--format=tar', '-o', tar, ref], { cwd: repo }, 'reading the archive commit');
    const restored = join(scratch, 'archive');
    mkdirSync(restored);
    const untar = spawnSync('tar', ['-xf', tar, '-C', restored], { encoding: 'utf8' });
    if (untar.status !== 0) throw new ArchiveStoreError(`unpacking the archive failed: ${untar.stderr}`);
    const problems = archiveProblems(restored);
    if (problems.length) throw new ArchiveStoreError(`the archive in ${remote} ${branch} is damaged:\n${problems.slice(0, 20).join('\n')}`);
    const index = readArchiveIndex(restored);
    const known = new Set([...index.versions.map((r) => r.version), ...index.pruned.map((r) => r.version)]);
    const missing = expected.filter((v) => !known.has(v));
    if (missing.length)
      throw new ArchiveStoreError(
        `the archive in ${remote} ${branch} lacks ${missing.length} version(s) the published site lists: ${missing.slice(0, 10).join(', ')}`,
      );
    rmSync(archive, { recursive: true, force: true });
    mkdirSync(resolve(archive, '..'), { recursive: true });
    renameSync(restored, archive);
    return `embed archive: restored ${archivedVersions(archive).length} version(s) (${index.pruned.length} pruned) from ${remote} ${branch}`;
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

/** Saves the archive as one new commit on the branch; returns the line to print. */
export function saveArchive(options: StoreOptions): string {
  const { remote, branch, archive, repo } = options;
  if (!existsSync(archive)) throw new ArchiveStoreError(`no archive at ${archive} to save`);
  const problems = archiveProblems(archive);
  if (problems.length) throw new ArchiveStoreError(`refusing to save a damaged archive:\n${problems.slice(0, 20).join('\n')}`);
  const gitDir = mustGit(['rev-parse', '--absolute-git-dir'], { cwd: repo }, `finding the git repository at ${repo}`).trim();
  const scratch = mkdtempSync(join(tmpdir(), 'embed-archive-'));
  try {
    // A separate index and the archive as work tree: the repository's own checkout is not touched.
    const env = {
      GIT_DIR: gitDir,
      GIT_WORK_TREE: resolve(archive),
      GIT_INDEX_FILE: join(scratch, 'index'),
      GIT_AUTHOR_NAME: process.env.GIT_AUTHOR_NAME || 'hvem-har-hva nightly',
      GIT_AUTHOR_EMAIL: process.env.GIT_AUTHOR_EMAIL || 'nightly@invalid',
      GIT_COMMITTER_NAME: process.env.GIT_COMMITTER_NAME || 'hvem-har-hva nightly',
      GIT_COMMITTER_EMAIL: process.env.GIT_COMMITTER_EMAIL || 'nightly@invalid',
    };
    mustGit(['add', '--all', '--force', '.'], { cwd: resolve(archive), env }, 'staging the archive');
    const tree = mustGit(['write-tree'], { cwd: resolve(archive), env }, 'writing the archive tree').trim();
    const versions = archivedVersions(archive).length;
    const commit = mustGit(
      ['commit-tree', tree, '-m', `Frozen-embed archive: ${versions} version(s)`],
      { cwd: resolve(archive), env },
      'committing the archive',
    ).trim();
    mustGit(['push', '--quiet', '--force', remote, `${commit}:refs/heads/${branch}`], { cwd: repo }, `pushing the archive to ${remote} ${branch}`);
    return `embed archive: saved ${versions} version(s) to ${remote} ${branch} (${commit.slice(0, 12)})`;
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      remote: { type: 'string', default: 'origin' },
      branch: { type: 'string', default: 'embed-archive' },
      archive: { type: 'string', default: PATHS.embedArchive },
      repo: { type: 'string', default: '.' },
      expect: { type: 'string' },
    },
  });
  const options = { remote: values.remote, branch: values.branch, archive: resolve(values.archive), repo: resolve(values.repo) };
  try {
    if (positionals[0] === 'restore') console.log(await restoreArchive({ ...options, expect: values.expect || undefined }));
    else if (positionals[0] === 'save') console.log(saveArchive(options));
    else
      throw new ArchiveStoreError(
        'usage: embed-archive.ts restore|save [--remote origin] [--branch embed-archive] [--archive folder] [--repo .] [--expect archive.json]',
      );
  } catch (error) {
    if (!(error instanceof ArchiveStoreError)) throw error;
    console.error(`embed archive: ${error.message}`);
    process.exit(1);
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await main();
