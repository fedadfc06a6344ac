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
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { dirname, extname, join, relative, sep } from 'node:path';
import { z } from 'zod';
import { bytesUnder, filesUnder } from '../../../tools/files';
import { LANGS, localePath, type Lang } from '../i18n/lang';
import { freezeHtml } from './freeze';
import { LOADER_JS, packBody, SHARED_NAME, SHARED_URL, sharedContent, sharedName, sharedReferences, sharedText, splitFrozenPage } from './frozen-shared';
import { nearestKept, versionsToKeep, type KeepRule, type VersionRecord } from './retention';
import { EMBED_STRINGS } from './strings';

/** A dataset version as frozen URLs name it: 12 hex digits (see `datasetVersion`). */
const VERSION = /^[0-9a-f]{12}$/;
/** Folders being written; renamed to the version when complete, so a half copy is never a version. */
const TEMP_PREFIX = '.tmp-';
/** The shared files' folder, in the archive and (as `embed/v/_shared`) in dist/. */
const SHARED = '_shared';
export const SHARED_FOLDER = SHARED_URL.slice(1, -1);

/** A shared file in dist/ as text (a body inflated), or undefined: for `assembleFrozenPage` in checks and tests. */
export function readSharedFrom(dist: string): (name: string) => string | undefined {
  return (name) => {
    const file = join(dist, SHARED_FOLDER, name);
    return existsSync(file) ? sharedText(name, readFileSync(file)) : undefined;
  };
}
const INDEX = 'versions.json';
/** What the build publishes about the archive; the nightly's restore compares with it. */
export const PUBLISHED_INDEX = 'embed/v/archive.json';

function checkVersion(version: string): void {
  if (!VERSION.test(version)) throw new Error(`frozen embeds: "${version}" is not a dataset version (12 hex digits)`);
}

const posix = (path: string) => path.split(sep).join('/');

/** A version's frozen embeds in one language, relative to dist/: `embed/v/<v>`, `nn/embed/v/<v>`, `en/embed/v/<v>`. */
export function frozenFolder(lang: Lang, version: string): string {
  return localePath(lang, `/embed/v/${version}`).slice(1);
}

export interface FreezeOptions {
  /** Per language, the strings that differ between versions besides the version (the data date as the page writes it). */
  volatile?: Partial<Record<Lang, string[]>>;
}

/** Writes `content` once as `dist/embed/v/_shared/<name>` and returns its URL. */
function writeShared(dist: string, name: string, content: string | Uint8Array): string {
  const file = join(dist, SHARED_FOLDER, name);
  if (!existsSync(file)) {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, content);
  }
  return SHARED_URL + name;
}
const share = (dist: string, content: string | Uint8Array, ext: string) => writeShared(dist, sharedName(content, ext), content);

/** The head's own `<style>` elements (Astro inlines small stylesheets) become links to shared copies, in place: the cascade is unchanged. */
function shareHeadStyles(html: string, shareCss: (css: string) => string): string {
  const end = html.search(/<body\b/i);
  const head = html.slice(0, end).replace(/<style>([^<]*)<\/style>/g, (_, css: string) => `<link rel="stylesheet" href="${shareCss(css)}">`);
  return head + html.slice(end);
}

/**
 * Turns the current version's frozen folders in dist/ into the shared format (frozen-shared.ts):
 * the files beside each page (CSV, pictures) move to `/embed/v/_shared/` by content and every
 * reference to them follows; each page links the shared stylesheet instead of `/_astro/`, drops
 * module scripts, and is split into a shell and a shared body. Returns the number of pages;
 * throws if the build wrote none, or if a page can't be frozen (see `freezeHtml`).
 */
export function freezeVersion(dist: string, version: string, options: FreezeOptions = {}): number {
  checkVersion(version);
  const readAsset = (path: string) => {
    const file = join(dist, path);
    return existsSync(file) ? readFileSync(file, 'utf8') : undefined;
  };
  const folders = LANGS.map((lang) => ({ lang, folder: join(dist, frozenFolder(lang, version)) }));
  for (const { lang, folder } of folders) if (!existsSync(folder)) throw new Error(`frozen embeds: the build wrote no ${frozenFolder(lang, version)}/`);

  // 1. Files beside the pages, by content. A page of one language may point at another's (the PNG is nb only).
  // A file nothing refers to (kart.svg, the source of the PNG) is not kept: the latest embed has it.
  const texts = folders.flatMap(({ folder }) => filesUnder(folder).filter((f) => f.endsWith('.html') || f.endsWith('oembed.json'))).map((f) => readFileSync(f, 'utf8'));
  const moved = new Map<string, { url: string; name: string }>();
  for (const { folder } of folders) {
    for (const file of filesUnder(folder).filter((f) => !f.endsWith('.html') && !f.endsWith('oembed.json'))) {
      const path = `/${posix(relative(dist, file))}`;
      if (texts.some((text) => text.includes(path))) moved.set(path, { url: share(dist, readFileSync(file), extname(file).slice(1)), name: file.slice(file.lastIndexOf(sep) + 1) });
      unlinkSync(file);
    }
  }
  // One pass, longest first at each position: `/nn/embed/v/x/data.csv` must not be read as `/embed/v/x/data.csv`.
  const paths = [...moved.keys()].sort((a, b) => b.length - a.length);
  const pattern = paths.length ? new RegExp(paths.map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'g') : undefined;
  const rewrite = (text: string) => (pattern ? text.replace(pattern, (path) => moved.get(path)!.url) : text);
  // A download link keeps its file name (data.csv), not the hash.
  const names = new Map([...moved.values()].map((m) => [m.url, m.name]));
  const keepNames = (html: string) =>
    html.replace(/<a\b[^>]*>/gi, (tag) => {
      const href = /\shref="([^"]*)"/.exec(tag)?.[1];
      const name = href && names.get(href);
      return name ? tag.replace(/\sdownload(?=[\s>])/, ` download="${name}"`) : tag;
    });

  // 2. Pages and oEmbed files.
  const loaderUrl = share(dist, LOADER_JS, 'js');
  let pages = 0;
  for (const { lang, folder } of folders) {
    for (const file of filesUnder(folder)) {
      const page = posix(relative(dist, file));
      if (file.endsWith('oembed.json')) {
        writeFileSync(file, rewrite(readFileSync(file, 'utf8')));
        continue;
      }
      const shareCss = (css: string) => share(dist, css, 'css');
      const html = shareHeadStyles(freezeHtml(keepNames(rewrite(readFileSync(file, 'utf8'))), readAsset, page, shareCss), shareCss);
      const split = splitFrozenPage(html, { volatile: [version, ...(options.volatile?.[lang] ?? [])], unavailable: EMBED_STRINGS[lang].frozenUnavailable, page });
      const body = packBody(split.body);
      writeFileSync(file, split.shell(writeShared(dist, body.name, body.bytes), loaderUrl));
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
  pruned: z.array(versionRecord.extend({ prunedAt: z.iso.datetime(), pages: z.array(z.string().regex(/^(nb|nn|en)\/(?:[a-z0-9][a-z0-9-]*\/)*$/)).max(100_000) })),
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

function writeJson(file: string, value: unknown): void {
  const temp = `${file}${TEMP_PREFIX}${process.pid}`;
  writeFileSync(temp, `${JSON.stringify(value, null, 1)}\n`);
  renameSync(temp, file);
}

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
 * retention policy (`keep`, default all); (c) copies the shared files and every other kept version
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
  if (existsSync(sharedArchive)) for (const entry of readdirSync(sharedArchive)) if (entry.startsWith(TEMP_PREFIX)) rmSync(join(sharedArchive, entry), { force: true });

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
  const keep = versionsToKeep(index.versions, options.keep ?? [{ kind: 'all' }], version, now);
  const pruned: string[] = [];
  for (const record of index.versions.filter((r) => !keep.has(r.version))) {
    const folder = join(archive, record.version);
    const pages = filesUnder(folder)
      .filter((f) => f.endsWith(`${sep}index.html`))
      .map((f) => posix(relative(folder, f)).replace(/index\.html$/, ''))
      .sort();
    index.pruned.push({ ...record, prunedAt: now.toISOString(), pages });
    rmSync(folder, { recursive: true, force: true });
    pruned.push(record.version);
  }
  index.versions = index.versions.filter((r) => keep.has(r.version));
  writeJson(join(archive, INDEX), index);
  // Shared files only pruned versions referred to: no page that works refers to them any more.
  if (pruned.length) {
    const used = new Set(archivedVersions(archive).flatMap((v) => [...sharedClosure(archive, v)]));
    for (const name of existsSync(sharedArchive) ? readdirSync(sharedArchive) : []) if (SHARED_NAME.test(name) && !used.has(name)) rmSync(join(sharedArchive, name));
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

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The notice page at a pruned version's URL: says so, links to the nearest kept version and to the latest. */
export function noticePage(lang: Lang, record: VersionRecord, key: string, nearest: { version: string; path: string } | undefined): string {
  const t = EMBED_STRINGS[lang];
  const day = (iso: string) => iso.slice(0, 10);
  const latest = localePath(lang, `/embed/${key}`);
  return (
    `<!DOCTYPE html><html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">` +
    `<meta name="robots" content="noindex"><title>${escapeHtml(t.prunedTitle)}</title></head>` +
    `<body><main data-embed-pruned="${record.version}"><h1>${escapeHtml(t.prunedTitle)}</h1><p>${escapeHtml(t.prunedText(record.version, day(record.firstBuilt), day(record.lastBuilt)))}</p>` +
    (nearest ? `<p><a href="${escapeHtml(nearest.path)}" target="_blank" rel="noopener">${escapeHtml(t.prunedNearest(nearest.version))}</a></p>` : '') +
    `<p><a href="${escapeHtml(latest)}" target="_blank" rel="noopener">${escapeHtml(t.latest)}</a></p></main></body></html>\n`
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
      const has = existsSync(join(archive, target.version, lang, key, 'index.html')) || (target.version === current && existsSync(join(dist, frozenFolder(lang, current), key, 'index.html')));
      nearest = { version: target.version, path: localePath(lang, `/embed/v/${target.version}/${has ? key : ''}`) };
    }
    const file = join(dist, frozenFolder(lang, record.version), key, 'index.html');
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, noticePage(lang, record, key, nearest));
  }
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
    else if (name.endsWith('.html.gz')) texts.push({ where: `${SHARED}/${name}`, text: Buffer.from(content).toString('utf8') });
  }
  for (const version of archivedVersions(archive)) {
    const files = filesUnder(join(archive, version));
    if (files.length === 0) problems.push(`version ${version} is empty`);
    for (const f of files.filter((f) => f.endsWith('.html') || f.endsWith('.json'))) texts.push({ where: posix(relative(archive, f)), text: readFileSync(f, 'utf8') });
  }
  for (const { where, text } of texts) {
    for (const name of sharedReferences(text)) if (!have.has(name)) problems.push(`${where} refers to ${SHARED}/${name}, which is missing`);
  }
  return problems;
}

/** The shared files an archived version's pages and oEmbed files refer to, and their bodies in turn. */
function sharedClosure(archive: string, version: string): Set<string> {
  const seen = new Set<string>();
  const visit = (text: string) => {
    for (const name of sharedReferences(text)) {
      if (seen.has(name)) continue;
      seen.add(name);
      const file = join(archive, SHARED, name);
      if (name.endsWith('.html.gz') && existsSync(file)) visit(sharedText(name, readFileSync(file)));
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

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** The line build-site prints, e.g. `frozen embeds: version 07855414096d archived, adding 0.9 MB; 3 older versions carried forward (12.3 MB)`. */
export function describeCarry(version: string, result: CarryResult): string {
  const n = result.carried.length;
  const what = result.archived ? `archived, adding ${mb(result.addedBytes)} (its own folder ${mb(result.currentBytes)}, the rest new shared files)` : 'already archived';
  const pruned = result.pruned.length ? `; pruned ${result.pruned.join(', ')} (notice pages left at their URLs)` : '';
  return `frozen embeds: version ${version} ${what}; ${n} older version${n === 1 ? '' : 's'} carried forward (${mb(result.carriedBytes)})${pruned}`;
}
