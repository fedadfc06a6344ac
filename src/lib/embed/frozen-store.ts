/**
 * Where frozen embed versions live (see frozen-archive.ts for the archive's layout): the version
 * format, each language's folder in dist/, the archive's versions.json, what is wrong with an
 * archive, and what one version costs. Only the file system.
 */
import { existsSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join, relative, sep } from 'node:path';
import { z } from 'zod';
import { bytesUnder, filesUnder } from '../files';
import { LANGS, type Lang } from '../i18n/lang';
import { SHARED_NAME, SHARED_URL, sharedContent, sharedReferences, sharedText } from './frozen-shared';
import type { VersionRecord } from './retention';
import { embedPath } from '../site/urls';

/** A dataset version as frozen URLs name it: 12 hex digits (see `datasetVersion`). */
export const VERSION = /^[0-9a-f]{12}$/;
/** Folders being written; renamed to the version when complete, so a half copy is never a version. */
export const TEMP_PREFIX = '.tmp-';
/** The shared files' folder, in the archive and (as `embed/v/_shared`) in dist/. */
export const SHARED = '_shared';
export const SHARED_FOLDER = SHARED_URL.slice(1, -1);

/** A shared file in dist/ as text (a body inflated), or undefined: for `assembleFrozenPage` in checks and tests. */
export function readSharedFrom(dist: string): (name: string) => string | undefined {
  return (name) => {
    const file = join(dist, SHARED_FOLDER, name);
    return existsSync(file) ? sharedText(name, readFileSync(file)) : undefined;
  };
}
export const INDEX = 'versions.json';
/** What the build publishes about the archive; the nightly's restore compares with it. */
export const PUBLISHED_INDEX = 'embed/v/archive.json';

export function checkVersion(version: string): void {
  if (!VERSION.test(version)) throw new Error(`frozen embeds: "${version}" is not a dataset version (12 hex digits)`);
}

export const posix = (path: string) => path.split(sep).join('/');

/** A version's frozen embeds in one language, relative to dist/: `embed/v/<v>`, `nn/embed/v/<v>`, `en/embed/v/<v>`. */
export function frozenFolder(lang: Lang, version: string): string {
  return embedPath(lang, '', version).slice(1, -1);
}

/**
 * Whether a file of dist/ is among the frozen embeds of some version and language (under
 * `embed/v/`, `nn/embed/v/`, …, the shared files included): what the freeze and the archive write
 * after Astro.
 */
export function isFrozenEmbedFile(dist: string, file: string): boolean {
  const path = posix(relative(dist, file));
  // Any version's folder, less the version, is the folder that holds them all.
  const anyVersion = '000000000000';
  return LANGS.some((lang) => path.startsWith(frozenFolder(lang, anyVersion).slice(0, -anyVersion.length)));
}

/** The versions in an archive, sorted; an archive folder that does not exist yet holds none. */
export function archivedVersions(archive: string): string[] {
  if (!existsSync(archive)) return [];
  return readdirSync(archive, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && VERSION.test(entry.name))
    .map((entry) => entry.name)
    .sort();
}

export interface PrunedRecord extends VersionRecord {
  prunedAt: string;
  /** The version's pages, `<lang>/<key>` with `<key>` '' for Norway or e.g. `tjenester/x/`. */
  pages: string[];
}
export interface ArchiveIndex {
  versions: VersionRecord[];
  pruned: PrunedRecord[];
}

const versionRecord = z.object({ version: z.string().regex(VERSION), firstBuilt: z.iso.datetime(), lastBuilt: z.iso.datetime() });
// A page key names folders: language, then lower-case path segments (no `..`, no absolute paths).
const indexSchema = z.object({
  versions: z.array(versionRecord),
  pruned: z.array(
    versionRecord.extend({ prunedAt: z.iso.datetime(), pages: z.array(z.string().regex(/^(nb|nn|en)\/(?:[a-z0-9][a-z0-9-]*\/)*$/)).max(100_000) }),
  ),
});

/** The archive's versions.json, checked (it names folders), or an error naming the file and the first problem. */
function parseIndex(file: string): ArchiveIndex {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(`frozen embeds: ${file} is not JSON: ${(error as Error).message}`);
  }
  const result = indexSchema.safeParse(json);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    throw new Error(`frozen embeds: ${file} at ${issue.path.join('.') || '(root)'}: ${issue.message}`);
  }
  return result.data;
}

/** The archive's record; versions archived before it existed are dated by their folder. */
export function readArchiveIndex(archive: string): ArchiveIndex {
  const file = join(archive, INDEX);
  const index: ArchiveIndex = existsSync(file) ? parseIndex(file) : { versions: [], pruned: [] };
  for (const version of archivedVersions(archive)) {
    if (index.versions.some((r) => r.version === version)) continue;
    const time = statSync(join(archive, version)).mtime.toISOString();
    index.versions.push({ version, firstBuilt: time, lastBuilt: time });
  }
  index.versions = index.versions.filter((r) => existsSync(join(archive, r.version)));
  return index;
}

export function writeJson(file: string, value: unknown): void {
  const temp = `${file}${TEMP_PREFIX}${process.pid}`;
  writeFileSync(temp, `${JSON.stringify(value, null, 1)}\n`);
  renameSync(temp, file);
}

/**
 * What is wrong with an archive, if anything: a version in versions.json without its folder, a
 * shared file whose content doesn't match its name, a page that refers to a missing shared file.
 * The nightly refuses to publish or save an archive with problems.
 */
export function archiveProblems(archive: string): string[] {
  const problems: string[] = [];
  if (!existsSync(archive)) return problems;
  const file = join(archive, INDEX);
  let recorded: string[] = [];
  try {
    recorded = existsSync(file) ? parseIndex(file).versions.map((r) => r.version) : [];
  } catch (error) {
    problems.push((error as Error).message);
  }
  for (const version of recorded) if (!existsSync(join(archive, version))) problems.push(`${INDEX} lists version ${version}, which is missing`);
  const shared = join(archive, SHARED);
  const have = new Set(existsSync(shared) ? readdirSync(shared) : []);
  const texts: Array<{ where: string; text: string }> = [];
  for (const name of have) {
    if (!SHARED_NAME.test(name)) continue;
    let content: Uint8Array;
    try {
      content = sharedContent(name, readFileSync(join(shared, name)));
    } catch {
      problems.push(`${SHARED}/${name} does not match its content (not gzip)`);
      continue;
    }
    if (!name.startsWith(createHash('sha256').update(content).digest('hex'))) problems.push(`${SHARED}/${name} does not match its content`);
    else if (name.endsWith('.html.gz') || name.endsWith('.css')) texts.push({ where: `${SHARED}/${name}`, text: Buffer.from(content).toString('utf8') });
  }
  for (const version of archivedVersions(archive)) {
    const files = filesUnder(join(archive, version));
    if (files.length === 0) problems.push(`version ${version} is empty`);
    for (const f of files.filter((f) => f.endsWith('.html') || f.endsWith('.json')))
      texts.push({ where: posix(relative(archive, f)), text: readFileSync(f, 'utf8') });
  }
  for (const { where, text } of texts) {
    for (const name of sharedReferences(text)) if (!have.has(name)) problems.push(`${where} refers to ${SHARED}/${name}, which is missing`);
  }
  return problems;
}

/** The shared files an archived version's pages and oEmbed files refer to, and their bodies in turn. */
export function sharedClosure(archive: string, version: string): Set<string> {
  const seen = new Set<string>();
  const visit = (text: string) => {
    for (const name of sharedReferences(text)) {
      if (seen.has(name)) continue;
      seen.add(name);
      const file = join(archive, SHARED, name);
      // A stylesheet refers to the font files it loads.
      if ((name.endsWith('.html.gz') || name.endsWith('.css')) && existsSync(file)) visit(sharedText(name, readFileSync(file)));
    }
  };
  for (const f of filesUnder(join(archive, version)).filter((f) => f.endsWith('.html') || f.endsWith('.json'))) visit(readFileSync(f, 'utf8'));
  return seen;
}

/** The cost of one version on its own: its folder, and the shared files its pages and their bodies refer to. */
export function versionBytes(archive: string, version: string): { own: number; shared: number } {
  checkVersion(version);
  const shared = [...sharedClosure(archive, version)];
  return { own: bytesUnder(join(archive, version)), shared: shared.reduce((sum, name) => sum + statSync(join(archive, SHARED, name)).size, 0) };
}
