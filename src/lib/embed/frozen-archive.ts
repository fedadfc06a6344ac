/**
 * Frozen embeds (`/embed/v/<version>/…`) are citations: a URL must keep showing that dataset
 * version's figures after later builds. A build only renders the current version, so every
 * version is kept in an archive folder that is carried from build to build (`.cache/` locally,
 * the `embed-archive` branch at night, see scripts/embed-archive.ts), and the older versions are
 * copied back into dist/ at their URLs.
 *
 * Archive layout:
 * - `<archive>/<version>/<lang>/…`: exactly what dist/ has under that language's
 *   `embed/v/<version>/` (nb: `embed/v/<version>/`, nn: `nn/embed/v/<version>/`). A version is
 *   immutable: once archived it is never written again. Versions archived before the shared
 *   format hold self-contained pages and are carried as they are, byte for byte.
 * - `<archive>/_shared/<sha256>.<ext>`: the shared format's content-addressed files (page bodies,
 *   stylesheet, loader, pictures, CSVs; see frozen-shared.ts), served at `/embed/v/_shared/`.
 *   Never changed; removed only when no kept version refers to them any more (retention).
 * - `<archive>/versions.json`: when each version was first and last built, and the versions the
 *   retention policy pruned (with their pages, so their URLs get a notice page for good).
 * Only the file system, no knowledge of Astro or the dataset: the caller passes folders and strings.
 */
import { cpSync, existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { bytesUnder, filesUnder } from '../files';
import { LANGS, type Lang } from '../i18n/lang';
import { SHARED_NAME } from './frozen-shared';
import {
  archivedVersions,
  checkVersion,
  frozenFolder,
  INDEX,
  posix,
  PUBLISHED_INDEX,
  readArchiveIndex,
  SHARED,
  SHARED_FOLDER,
  sharedClosure,
  TEMP_PREFIX,
  writeJson,
  type PrunedRecord,
} from './frozen-store';
import { nearestKept, parseKeepPolicy, versionsToKeep, type KeepRule, type VersionRecord } from './retention';
import { EMBED_STRINGS } from './strings';
import { escapeMarkup } from '../html/escape';
import { embedPath } from '../site/urls';

/** Copies the shared files of `from` that `to` lacks (content-addressed: a file present is the same file). Returns the bytes copied. */
function copyShared(from: string, to: string): number {
  if (!existsSync(from)) return 0;
  mkdirSync(to, { recursive: true });
  let bytes = 0;
  for (const name of readdirSync(from)) {
    if (!SHARED_NAME.test(name) || existsSync(join(to, name))) continue;
    // Write then rename: a file under its final name is always complete.
    const temp = join(to, `${TEMP_PREFIX}${name}`);
    cpSync(join(from, name), temp);
    renameSync(temp, join(to, name));
    bytes += statSync(join(to, name)).size;
  }
  return bytes;
}

export interface CarryResult {
  /** True if this build added the current version to the archive, false if it was there already. */
  archived: boolean;
  /** Bytes of the current version's own folder in the archive (all languages; shells and oEmbed files). */
  currentBytes: number;
  /** Bytes this build added to the archive: the version's folder and the shared files no earlier version had. The cost of one more version. */
  addedBytes: number;
  /** The older versions copied back into dist/. */
  carried: string[];
  /** Bytes copied back into dist/ (older versions' folders and shared files this build did not write). */
  carriedBytes: number;
  /** Versions the retention policy removed in this build. */
  pruned: string[];
}

/**
 * Run after the build (and `freezeVersion`): (a) adds the current version to the archive, unless
 * it is archived already: first the shared files it needs, then its folder; (b) applies the
 * retention policy (`keep`, default DEFAULT_KEEP_POLICY); (c) copies the shared files and every other kept version
 * back into dist/, and writes a notice page at every URL of every pruned version.
 */
export function carryFrozenEmbeds(options: { dist: string; archive: string; version: string; keep?: KeepRule[]; now?: Date }): CarryResult {
  const { dist, archive, version } = options;
  const now = options.now ?? new Date();
  checkVersion(version);
  mkdirSync(archive, { recursive: true });
  // Leftovers of an interrupted build: never a version, so safe to drop.
  for (const entry of readdirSync(archive)) if (entry.startsWith(TEMP_PREFIX)) rmSync(join(archive, entry), { recursive: true, force: true });
  const sharedArchive = join(archive, SHARED);
  const sharedDist = join(dist, SHARED_FOLDER);
  if (existsSync(sharedArchive))
    for (const entry of readdirSync(sharedArchive)) if (entry.startsWith(TEMP_PREFIX)) rmSync(join(sharedArchive, entry), { force: true });

  const index = readArchiveIndex(archive);
  // A pruned version built again (its export came back) is a version again, not a notice.
  index.pruned = index.pruned.filter((r) => r.version !== version);
  const target = join(archive, version);
  const archived = !existsSync(target);
  let addedBytes = 0;
  if (archived) {
    // Shared files before the folder: an archived version never refers to a missing file.
    addedBytes += copyShared(sharedDist, sharedArchive);
    const temp = join(archive, `${TEMP_PREFIX}${version}-${process.pid}`);
    try {
      for (const lang of LANGS) cpSync(join(dist, frozenFolder(lang, version)), join(temp, lang), { recursive: true });
      renameSync(temp, target);
    } finally {
      rmSync(temp, { recursive: true, force: true });
    }
    addedBytes += bytesUnder(target);
    index.versions.push({ version, firstBuilt: now.toISOString(), lastBuilt: now.toISOString() });
  } else {
    const record = index.versions.find((r) => r.version === version);
    if (record) record.lastBuilt = now.toISOString();
  }
  const currentBytes = bytesUnder(target);

  // Retention: drop what the policy doesn't keep, remembering its pages for the notices.
  const keep = versionsToKeep(index.versions, options.keep ?? parseKeepPolicy(undefined), version, now);
  const pruned: string[] = [];
  for (const record of index.versions.filter((r) => !keep.has(r.version))) {
    const folder = join(archive, record.version);
    const pages = versionPages(folder);
    index.pruned.push({ ...record, prunedAt: now.toISOString(), pages });
    rmSync(folder, { recursive: true, force: true });
    pruned.push(record.version);
  }
  index.versions = index.versions.filter((r) => keep.has(r.version));
  writeJson(join(archive, INDEX), index);
  // Shared files only pruned versions referred to: no page that works refers to them any more.
  if (pruned.length) {
    const used = new Set(archivedVersions(archive).flatMap((v) => [...sharedClosure(archive, v)]));
    for (const name of existsSync(sharedArchive) ? readdirSync(sharedArchive) : [])
      if (SHARED_NAME.test(name) && !used.has(name)) rmSync(join(sharedArchive, name));
  }

  let carriedBytes = copyShared(sharedArchive, sharedDist);
  const carried = archivedVersions(archive).filter((v) => v !== version);
  for (const old of carried) {
    for (const lang of LANGS) {
      const from = join(archive, old, lang);
      // Every version is archived with all languages; a language added later simply has no old versions.
      if (!existsSync(from)) continue;
      cpSync(from, join(dist, frozenFolder(lang, old)), { recursive: true });
      carriedBytes += bytesUnder(from);
    }
  }
  for (const record of index.pruned) writeNotices(dist, archive, record, index.versions, version);
  const published = join(dist, PUBLISHED_INDEX);
  mkdirSync(dirname(published), { recursive: true });
  writeJson(published, { versions: index.versions.map((r) => r.version).sort(), pruned: index.pruned.map((r) => r.version).sort() });
  return { archived, currentBytes, addedBytes, carried, carriedBytes, pruned };
}

/** An archived version's pages, `<lang>/<key>` (`nb/`, `nn/tjenester/x/`, …): the URLs a notice must hold when it is pruned. */
export function versionPages(folder: string): string[] {
  return filesUnder(folder)
    .filter((f) => f.endsWith(`${sep}index.html`))
    .map((f) => posix(relative(folder, f)).replace(/index\.html$/, ''))
    .sort();
}

/** The notice page at a pruned version's URL: says so, links to the nearest kept version and to the latest. */
export function noticePage(lang: Lang, record: VersionRecord, key: string, nearest: { version: string; path: string } | undefined): string {
  const t = EMBED_STRINGS[lang];
  const day = (iso: string) => iso.slice(0, 10);
  const latest = embedPath(lang, key);
  return (
    `<!DOCTYPE html><html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">` +
    `<meta name="robots" content="noindex"><title>${escapeMarkup(t.prunedTitle)}</title></head>` +
    `<body><main data-embed-pruned="${record.version}"><h1>${escapeMarkup(t.prunedTitle)}</h1><p>${escapeMarkup(t.prunedText(record.version, day(record.firstBuilt), day(record.lastBuilt)))}</p>` +
    (nearest ? `<p><a href="${escapeMarkup(nearest.path)}" target="_blank" rel="noopener">${escapeMarkup(t.prunedNearest(nearest.version))}</a></p>` : '') +
    `<p><a href="${escapeMarkup(latest)}" target="_blank" rel="noopener">${escapeMarkup(t.latest)}</a></p></main></body></html>\n`
  );
}

function writeNotices(dist: string, archive: string, record: PrunedRecord, kept: VersionRecord[], current: string): void {
  const target = nearestKept(record, kept);
  for (const page of record.pages) {
    const slash = page.indexOf('/');
    const lang = page.slice(0, slash) as Lang;
    if (!LANGS.includes(lang)) continue;
    const key = page.slice(slash + 1);
    let nearest: { version: string; path: string } | undefined;
    if (target) {
      const has =
        existsSync(join(archive, target.version, lang, key, 'index.html')) ||
        (target.version === current && existsSync(join(dist, frozenFolder(lang, current), key, 'index.html')));
      nearest = { version: target.version, path: embedPath(lang, has ? key : '', target.version) };
    }
    const file = join(dist, frozenFolder(lang, record.version), key, 'index.html');
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, noticePage(lang, record, key, nearest));
  }
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** The line build-site prints, e.g. `frozen embeds: version 07855414096d archived, adding 0.9 MB; 3 older versions carried forward (12.3 MB)`. */
export function describeCarry(version: string, result: CarryResult): string {
  const n = result.carried.length;
  const what = result.archived
    ? `archived, adding ${mb(result.addedBytes)} (its own folder ${mb(result.currentBytes)}, the rest new shared files)`
    : 'already archived';
  const pruned = result.pruned.length ? `; pruned ${result.pruned.join(', ')} (notice pages left at their URLs)` : '';
  return `frozen embeds: version ${version} ${what}; ${n} older version${n === 1 ? '' : 's'} carried forward (${mb(result.carriedBytes)})${pruned}`;
}
