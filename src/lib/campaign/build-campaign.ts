/**
 * Prepares the campaign material for one build: reads the media bank's manifest (file or
 * authenticated URL), keeps only assets whose consent is valid today, copies their originals,
 * renders responsive previews (AVIF, WebP and a JPEG fallback) with sharp, zips each service's
 * set, and writes the index the pages read. The output folder is emptied first, so an asset whose
 * consent was withdrawn since the last build is gone from this one.
 */
import { lstatSync, mkdirSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { zipSync } from 'fflate';
import sharp, { type Metadata } from 'sharp';
import { type DownloadOptions, shownAddress } from '../source/fetch';
import { DEFAULT_LIMITS } from '../source/limits';
import { failureReason, InvalidInputError, type Problem } from '../source/problems';
import { isUrl, readSource, sha256 } from '../source/read-source';
import { readTable } from '../source/read-table';
import { writeFileAtomic } from '../source/write-atomic';
import { checkAsset, MAX_INPUT_PIXELS, MAX_ORIGINAL_BYTES, PUBLISHED_TYPES } from './asset-type';
import { applyConsent, parseManifest, pathInsideFolder, type AssetFormat, type AssetLanguage } from './manifest';
import { PREVIEW_FORMATS, type PreviewFormat, previewHeight, renderPreview } from './previews';
import { stripMetadata } from './strip-metadata';

export const PREVIEW_WIDTHS = [320, 640] as const;

export interface Preview {
  width: number;
  height: number;
  /** Site-relative URLs per format. */
  src: Record<PreviewFormat, string>;
}

export interface PublishedAsset {
  id: string;
  title: string;
  serviceIds: string[];
  format: AssetFormat;
  language: AssetLanguage;
  credit: string;
  width: number;
  height: number;
  original: { href: string; bytes: number; type: string };
  previews: Preview[];
}

export interface CampaignIndex {
  isDemo: boolean;
  builtOn: string;
  assets: PublishedAsset[];
  excluded: { withdrawn: number; expired: number };
  zips: { serviceId: string; href: string; bytes: number; assets: number }[];
}

/** Where the files go under dist/. */
export const CAMPAIGN_URL = '/kampanjer/filer/';
/**
 * Previews live in a folder of their own: an asset id cannot contain "/", so no original (`x-320.jpg`
 * of asset `x-320`) can overwrite another asset's preview (`x` at 320 pixels).
 */
export const PREVIEW_FOLDER = 'forhandsvisning';

export interface BuildCampaignOptions {
  manifest: string;
  demoManifestPath: string;
  outputDirectory: string;
  previewCacheDirectory: string;
  services: { id: string; slug: string; name: string }[];
  buildDate: string;
  download?: DownloadOptions;
  /** Largest original accepted, in bytes (default MAX_ORIGINAL_BYTES). */
  maxOriginalBytes?: number;
  log?: (line: string) => void;
}

/**
 * The path of a row's file in a local manifest's folder: backslashes as separators, nothing
 * outside the folder, and no symbolic link on the way (a link could publish any file the build
 * machine can read). Throws with the reason, which the build reports against the row.
 */
export function localAssetPath(folder: string, file: string): string {
  const inside = pathInsideFolder(file);
  if (inside === undefined) throw new Error(`"${file}" is not a path inside the manifest's folder`);
  let current = realpathSync(folder);
  for (const part of inside.split('/')) {
    current = join(current, part);
    let isLink: boolean;
    try {
      isLink = lstatSync(current).isSymbolicLink();
    } catch (error) {
      throw new Error(`the source can't be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
    }
    if (isLink) throw new Error(`${inside} is or passes through a symbolic link (${part}), which is not followed: put the file itself in the media folder`);
  }
  return current;
}

/** A row's file as messages show it: a URL by its origin only (its path or user info may hold a key). */
const shownFile = (file: string) => (isUrl(file) ? `${shownAddress(file)}/…` : file);

/** The material with its index written; `previews` settles when every preview file is written too. */
export interface PreparedCampaign {
  index: CampaignIndex;
  previews: Promise<void>;
}

export async function buildCampaign(options: BuildCampaignOptions): Promise<CampaignIndex> {
  const { index, previews } = await prepareCampaign(options);
  await previews;
  return index;
}

/**
 * buildCampaign in two parts: everything the pages read (originals, zips, the index with each
 * preview's size) first, then the previews' encoding, which only the copy into dist/ needs. The
 * build runs Astro meanwhile: encoding is most of the campaign's 10 CPU s on a clean clone, and
 * sharp does it on libuv's threads while Astro mostly keeps the main thread busy.
 */
export async function prepareCampaign(options: BuildCampaignOptions): Promise<PreparedCampaign> {
  const log = options.log ?? (() => {});
  const download: DownloadOptions = { logLabel: 'campaign', credentialSetting: 'HHH_MEDIA_TOKEN', log, ...options.download };
  const manifestSource = await readSource(options.manifest, { maxBytes: DEFAULT_LIMITS.maxBytes, download });
  const manifestName = manifestSource.file;
  const base = isUrl(options.manifest) ? options.manifest : dirname(resolve(options.manifest));
  const maxBytes = options.maxOriginalBytes ?? MAX_ORIGINAL_BYTES;
  // The media-bank credential goes only to the manifest's own origin, never to another host an
  // asset URL names (such an asset is fetched without it); a local manifest's assets get none.
  // Asset URLs may name only the manifest's host and those the configuration adds (host-policy.ts).
  const assetDownload: DownloadOptions = isUrl(options.manifest)
    ? { ...download, credentialOrigin: new URL(options.manifest).origin, allowedHosts: download.allowedHosts ?? [new URL(options.manifest).hostname] }
    : { ...download, credential: undefined, allowedHosts: download.allowedHosts ?? [] };
  // A file named on a row: a URL (resolved against a URL manifest) or a path in the manifest's folder.
  const readAsset = async (file: string) =>
    isUrl(file) || isUrl(base)
      ? (await readSource(isUrl(file) ? file : new URL(pathInsideFolder(file) ?? file, base).href, { maxBytes, download: assetDownload })).bytes
      : readSource(localAssetPath(base, file), { maxBytes }).then((read) => read.bytes);
  const table = await readTable(manifestSource.bytes, manifestName);
  const parsed = parseManifest(table, manifestName, options.services);
  if (parsed.problems.length > 0) throw new InvalidInputError(parsed.problems);

  const decision = applyConsent(parsed.assets, options.buildDate, base);
  const excluded = { withdrawn: 0, expired: 0 };
  // Consent belongs to the file: the same bytes under another name or URL stay out too. A
  // withdrawn file that can no longer be read (the bank deleted it) is simply not compared.
  const refusedHashes = new Map<string, 'withdrawn' | 'expired'>();
  for (const { asset, reason } of decision.excluded) {
    excluded[reason]++;
    const why =
      asset.consent === 'withdrawn'
        ? 'withdrawn'
        : asset.consentExpires !== null && asset.consentExpires < options.buildDate
          ? `expired ${asset.consentExpires}`
          : `${reason} for the same file on another row`;
    log(`campaign: left out ${asset.id} (row ${asset.row}): consent ${why}`);
    try {
      const raw = await readAsset(asset.file);
      refusedHashes.set(sha256(raw), reason);
      // Also as it would be published: the same picture with other metadata is the same file.
      const check = await checkAsset(raw, maxBytes);
      const stripped = check.ok ? await stripMetadata(check.bytes, check.type) : undefined;
      if (stripped?.ok) refusedHashes.set(sha256(stripped.bytes), reason);
    } catch {
      // Nothing to compare against.
    }
  }

  rmSync(options.outputDirectory, { recursive: true, force: true });
  const filesDirectory = join(options.outputDirectory, 'files');
  mkdirSync(join(filesDirectory, PREVIEW_FOLDER), { recursive: true });

  const problems: Problem[] = [];
  const assets: PublishedAsset[] = [];
  const originals = new Map<string, { name: string; bytes: Uint8Array }>();
  const renders: { original: Uint8Array; width: number; format: PreviewFormat; file: string }[] = [];
  const { fileColumn } = parsed;
  for (const asset of decision.published) {
    let bytes: Uint8Array;
    let metadata: Metadata;
    let type: keyof typeof PUBLISHED_TYPES;
    try {
      bytes = await readAsset(asset.file);
    } catch (error) {
      problems.push({
        file: manifestName,
        row: asset.row,
        column: fileColumn,
        message: `the file "${shownFile(asset.file)}" could not be read as an image: ${failureReason(error)}`,
      });
      continue;
    }
    const withdrawnCopy = refusedHashes.get(sha256(bytes));
    if (withdrawnCopy) {
      excluded[withdrawnCopy]++;
      log(`campaign: left out ${asset.id} (row ${asset.row}): the same file is listed with consent ${withdrawnCopy} on another row`);
      continue;
    }
    // The type comes from the bytes, never the name; an SVG is published only as sanitised.
    const check = await checkAsset(bytes, maxBytes);
    if (!check.ok) {
      problems.push({
        file: manifestName,
        row: asset.row,
        column: fileColumn,
        message: `the file "${shownFile(asset.file)}" is not published: ${check.reason}`,
      });
      continue;
    }
    if (check.removed.length > 0)
      log(`campaign: ${asset.id} (row ${asset.row}): removed from the SVG: ${check.removed.slice(0, 10).join(', ')}${check.removed.length > 10 ? ', …' : ''}`);
    type = check.type;
    // Published files carry no EXIF, GPS, XMP, IPTC or text chunks (strip-metadata.ts).
    const stripped = await stripMetadata(check.bytes, type);
    if (!stripped.ok) {
      problems.push({ file: manifestName, row: asset.row, column: fileColumn, message: `the file "${asset.file}" is not published: ${stripped.reason}` });
      continue;
    }
    const withdrawnPicture = refusedHashes.get(sha256(stripped.bytes));
    if (withdrawnPicture) {
      excluded[withdrawnPicture]++;
      log(`campaign: left out ${asset.id} (row ${asset.row}): the same picture (other metadata) is listed with consent ${withdrawnPicture} on another row`);
      continue;
    }
    if (stripped.removed.length > 0)
      log(
        `campaign: ${asset.id} (row ${asset.row}): removed metadata: ${stripped.removed.slice(0, 10).join(', ')}${stripped.removed.length > 10 ? ', …' : ''}`,
      );
    bytes = stripped.bytes;
    try {
      metadata = await sharp(bytes, { limitInputPixels: MAX_INPUT_PIXELS }).metadata();
      if (!metadata.width || !metadata.height) throw new Error('it has no width and height');
      if (metadata.width * metadata.height > MAX_INPUT_PIXELS)
        throw new Error(`it is ${metadata.width} × ${metadata.height} pixels, more than the limit of ${MAX_INPUT_PIXELS / 1e6} megapixels`);
    } catch (error) {
      problems.push({
        file: manifestName,
        row: asset.row,
        column: fileColumn,
        message: `the file "${shownFile(asset.file)}" could not be read as an image: ${(error as Error).message}`,
      });
      continue;
    }
    const name = `${asset.id}${PUBLISHED_TYPES[type].extension}`;
    writeFileSync(join(filesDirectory, name), bytes);
    originals.set(asset.id, { name, bytes });
    const previews: Preview[] = [];
    for (const width of PREVIEW_WIDTHS) {
      const src = {} as Record<PreviewFormat, string>;
      for (const format of PREVIEW_FORMATS) {
        const file = `${PREVIEW_FOLDER}/${asset.id}-${width}.${format === 'jpeg' ? 'jpg' : format}`;
        renders.push({ original: bytes, width, format, file });
        src[format] = `${CAMPAIGN_URL}${file}`;
      }
      const height = await previewHeight(bytes, width, options.previewCacheDirectory);
      previews.push({ width: Math.min(width, metadata.width ?? width), height, src });
    }
    assets.push({
      id: asset.id,
      title: asset.title,
      serviceIds: asset.serviceIds,
      format: asset.format,
      language: asset.language,
      credit: asset.credit,
      width: metadata.width ?? 0,
      height: metadata.height ?? 0,
      original: { href: `${CAMPAIGN_URL}${name}`, bytes: bytes.length, type: PUBLISHED_TYPES[type].mime },
      previews,
    });
  }
  if (problems.length > 0) throw new InvalidInputError(problems);

  const zips: CampaignIndex['zips'] = [];
  for (const service of options.services) {
    const own = assets.filter((a) => a.serviceIds.includes(service.id));
    if (own.length === 0) continue;
    const entries = Object.fromEntries(own.map((a) => [originals.get(a.id)!.name, originals.get(a.id)!.bytes]));
    // A fixed date makes the zip byte-identical from build to build when nothing changed.
    const zip = zipSync(entries, { level: 6, mtime: new Date('2020-01-01T00:00:00Z') });
    const name = `${service.slug}-kampanjemateriell.zip`;
    writeFileSync(join(filesDirectory, name), zip);
    zips.push({ serviceId: service.id, href: `${CAMPAIGN_URL}${name}`, bytes: zip.length, assets: own.length });
  }

  const isDemo = !isUrl(options.manifest) && resolve(options.manifest) === resolve(options.demoManifestPath);
  const index: CampaignIndex = { isDemo, builtOn: options.buildDate, assets, excluded, zips };
  writeFileAtomic(join(options.outputDirectory, 'index.json'), `${JSON.stringify(index)}\n`);
  log(`campaign: ${assets.length} assets published, ${excluded.withdrawn} left out (consent withdrawn), ${excluded.expired} left out (consent expired)`);
  // One at a time: in the background of Astro's build, more would take libuv's threads from its file writes.
  const previews = (async () => {
    for (const { original, width, format, file } of renders)
      writeFileSync(join(filesDirectory, file), await renderPreview(original, width, format, options.previewCacheDirectory));
  })();
  return { index, previews };
}
