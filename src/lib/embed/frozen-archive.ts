/**
 * Frozen embeds (`/embed/v/<version>/…`) are citations: a URL must keep showing that dataset
 * version's figures after later builds. A build only renders the current version, so every
 * version is kept in an archive folder that is carried from build to build (`.cache/` locally,
 * the Actions cache at night), and the older versions are copied back into dist/ at their URLs.
 *
 * Archive layout: `<archive>/<version>/<lang>/…`, where `<lang>/` holds exactly what dist/ has
 * under that language's `embed/v/<version>/` (nb: `embed/v/<version>/`, nn: `nn/embed/v/<version>/`).
 * A version is immutable: once archived it is never written again. Only the file system, no
 * knowledge of Astro or the dataset: the caller passes the folders and the version.
 */
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { bytesUnder, filesUnder } from '../files';
import { LANGS, localePath, type Lang } from '../i18n/lang';
import { freezeHtml } from './freeze';

/** A dataset version as frozen URLs name it: 12 hex digits (see `datasetVersion`). */
const VERSION = /^[0-9a-f]{12}$/;
/** Folders being written; renamed to the version when complete, so a half copy is never a version. */
const TEMP_PREFIX = '.tmp-';

function checkVersion(version: string): void {
  if (!VERSION.test(version)) throw new Error(`frozen embeds: "${version}" is not a dataset version (12 hex digits)`);
}

/** A version's frozen embeds in one language, relative to dist/: `embed/v/<v>`, `nn/embed/v/<v>`, `en/embed/v/<v>`. */
export function frozenFolder(lang: Lang, version: string): string {
  return localePath(lang, `/embed/v/${version}`).slice(1);
}

/**
 * Makes the current version's frozen pages in dist/ self-contained (`freezeHtml`): stylesheets
 * from `/_astro/` inlined, module scripts dropped. Returns the number of pages; throws if the
 * build wrote none (the archive would otherwise keep an empty version).
 */
export function freezeVersion(dist: string, version: string): number {
  checkVersion(version);
  const readAsset = (path: string) => {
    const file = join(dist, path);
    return existsSync(file) ? readFileSync(file, 'utf8') : undefined;
  };
  let pages = 0;
  for (const lang of LANGS) {
    const folder = join(dist, frozenFolder(lang, version));
    if (!existsSync(folder)) throw new Error(`frozen embeds: the build wrote no ${frozenFolder(lang, version)}/`);
    for (const file of filesUnder(folder).filter((f) => f.endsWith('.html'))) {
      writeFileSync(file, freezeHtml(readFileSync(file, 'utf8'), readAsset, relative(dist, file)));
      pages++;
    }
  }
  return pages;
}

/** The versions in an archive, sorted; an archive folder that does not exist yet holds none. */
export function archivedVersions(archive: string): string[] {
  if (!existsSync(archive)) return [];
  return readdirSync(archive, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && VERSION.test(entry.name))
    .map((entry) => entry.name)
    .sort();
}

export interface CarryResult {
  /** True if this build added the current version to the archive, false if it was there already. */
  archived: boolean;
  /** Bytes of the current version's frozen files (all languages). */
  currentBytes: number;
  /** The older versions copied back into dist/. */
  carried: string[];
  /** Bytes copied back into dist/. */
  carriedBytes: number;
}

/**
 * Run after the build (and `freezeVersion`): (a) copies the current version's frozen folders
 * from dist/ into the archive, unless that version is archived already; (b) copies every other
 * archived version back into dist/ at its URLs.
 */
export function carryFrozenEmbeds(options: { dist: string; archive: string; version: string }): CarryResult {
  const { dist, archive, version } = options;
  checkVersion(version);
  mkdirSync(archive, { recursive: true });
  // Leftovers of an interrupted build: never a version, so safe to drop.
  for (const entry of readdirSync(archive)) if (entry.startsWith(TEMP_PREFIX)) rmSync(join(archive, entry), { recursive: true, force: true });

  const target = join(archive, version);
  const archived = !existsSync(target);
  if (archived) {
    const temp = join(archive, `${TEMP_PREFIX}${version}-${process.pid}`);
    try {
      for (const lang of LANGS) cpSync(join(dist, frozenFolder(lang, version)), join(temp, lang), { recursive: true });
      renameSync(temp, target);
    } finally {
      rmSync(temp, { recursive: true, force: true });
    }
  }
  const currentBytes = bytesUnder(target);

  const carried = archivedVersions(archive).filter((v) => v !== version);
  let carriedBytes = 0;
  for (const old of carried) {
    for (const lang of LANGS) {
      const from = join(archive, old, lang);
      // Every version is archived with all languages; a language added later simply has no old versions.
      if (!existsSync(from)) continue;
      cpSync(from, join(dist, frozenFolder(lang, old)), { recursive: true });
      carriedBytes += bytesUnder(from);
    }
  }
  return { archived, currentBytes, carried, carriedBytes };
}

/** The line build-site prints, e.g. `frozen embeds: version 07855414096d archived (4.1 MB); 3 older versions carried forward (12.3 MB)`. */
export function describeCarry(version: string, result: CarryResult): string {
  const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
  const n = result.carried.length;
  return `frozen embeds: version ${version} ${result.archived ? 'archived' : 'already archived'} (${mb(result.currentBytes)}); ${n} older version${n === 1 ? '' : 's'} carried forward (${mb(result.carriedBytes)})`;
}
