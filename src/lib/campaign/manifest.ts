/**
 * The media bank's manifest of campaign material: one row per asset. Read through the input layer
 * (src/lib/source/) (CSV or XLSX, header matching, problems with file, row and column), so the same
 * export habits and the same error messages apply.
 */
import { posix } from 'node:path';
import { normaliseName } from '../dataset/catalogue';
import { findColumns, makeValueLookup } from '../source/columns';
import { parseCalendarDate } from '../source/dates';
import { shownAddress } from '../source/fetch';
import type { Problem } from '../source/problems';
import type { Table } from '../source/table';

export const ASSET_FORMATS = {
  'poster-a3': { nb: 'Plakat A3', nn: 'Plakat A3', en: 'Poster A3', width: 1754, height: 2480 },
  'poster-a4': { nb: 'Plakat A4', nn: 'Plakat A4', en: 'Poster A4', width: 1240, height: 1754 },
  'feed-1x1': { nb: 'Sosiale medier, kvadrat', nn: 'Sosiale medium, kvadrat', en: 'Social feed, square', width: 1080, height: 1080 },
  'feed-4x5': { nb: 'Sosiale medier, 4:5', nn: 'Sosiale medium, 4:5', en: 'Social feed, 4:5', width: 1080, height: 1350 },
  'story-9x16': { nb: 'Story 9:16', nn: 'Story 9:16', en: 'Story 9:16', width: 1080, height: 1920 },
  'screen-16x9': { nb: 'Infoskjerm 16:9', nn: 'Infoskjerm 16:9', en: 'Info screen 16:9', width: 1920, height: 1080 },
  'web-16x9': { nb: 'Nettside 16:9', nn: 'Nettside 16:9', en: 'Web 16:9', width: 1600, height: 900 },
} as const;
export type AssetFormat = keyof typeof ASSET_FORMATS;

export const ASSET_LANGUAGES = {
  nb: { nb: 'Bokmål', nn: 'Bokmål', en: 'Norwegian Bokmål' },
  nn: { nb: 'Nynorsk', nn: 'Nynorsk', en: 'Norwegian Nynorsk' },
  se: { nb: 'Nordsamisk', nn: 'Nordsamisk', en: 'North Sami' },
  sma: { nb: 'Sørsamisk', nn: 'Sørsamisk', en: 'South Sami' },
  en: { nb: 'Engelsk', nn: 'Engelsk', en: 'English' },
} as const;
export type AssetLanguage = keyof typeof ASSET_LANGUAGES;

export interface ManifestAsset {
  row: number;
  id: string;
  title: string;
  /** Service ids (the dataset's), at least one. */
  serviceIds: string[];
  format: AssetFormat;
  language: AssetLanguage;
  /** A path relative to the manifest, or an https URL. */
  file: string;
  credit: string;
  consent: 'given' | 'withdrawn';
  /** The last day consent is valid, or null when it does not expire. */
  consentExpires: string | null;
}

const COLUMNS = {
  id: ['Asset-ID', 'Id', 'Bilde-ID'],
  title: ['Tittel', 'Title'],
  services: ['Tjenester', 'Tjeneste', 'Services', 'Service'],
  format: ['Format'],
  language: ['Språk', 'Målform', 'Language'],
  file: ['Fil', 'Filsti', 'URL', 'File'],
  credit: ['Kreditering', 'Fotograf', 'Credit', 'Photographer'],
  consent: ['Samtykke', 'Consent', 'Consent status'],
  consentExpires: ['Samtykke utløper', 'Samtykke til', 'Consent expires', 'Consent expiry'],
};
type ManifestField = keyof typeof COLUMNS;
const REQUIRED: ManifestField[] = ['id', 'title', 'services', 'format', 'language', 'file', 'credit', 'consent'];

/**
 * An asset id becomes file names (`<id>.png`, `<id>-640.avif`) and part of the zips' entries: a
 * longer id would make a name longer than a file system allows (255 bytes) and fail the build.
 */
export const MAX_ASSET_ID_LENGTH = 100;

/**
 * A row's file as a path inside the manifest's folder: backslashes read as folder separators (a
 * Windows export writes `bilder\\plakat.png`), and nothing that leaves the folder (`..`, a leading
 * separator, a drive letter). Undefined when the path would leave it.
 */
export function pathInsideFolder(file: string): string | undefined {
  const path = file.replace(/\\/g, '/');
  if (path.startsWith('/') || /^[a-z]:/i.test(path)) return undefined;
  const parts = path.split('/').filter((part) => part !== '' && part !== '.');
  if (parts.length === 0 || parts.includes('..')) return undefined;
  return parts.join('/');
}

const consentOf = makeValueLookup({
  given: ['gitt', 'ja', 'given', 'granted', 'yes'],
  withdrawn: ['trukket', 'trukket tilbake', 'nei', 'withdrawn', 'revoked', 'no'],
});

export function parseManifest(
  table: Table,
  file: string,
  services: { id: string; name: string }[],
): { assets: ManifestAsset[]; problems: Problem[]; fileColumn: string } {
  const columns = findColumns(table.headers, COLUMNS, REQUIRED, file);
  const serviceIdByName = new Map(services.flatMap((s) => [[normaliseName(s.name), s.id] as const, [s.id, s.id] as const]));
  const problems: Problem[] = [];
  const assets: ManifestAsset[] = [];
  // Case-insensitively: `Poster` and `poster` would be one file on a case-insensitive disk.
  const seen = new Map<string, number>();

  for (const { row, cells } of table.records) {
    const cell = (field: ManifestField) => (columns[field] === undefined ? '' : (cells[columns[field]!] ?? '').trim());
    const problem = (field: ManifestField, message: string) => problems.push({ file, row, column: table.headers[columns[field]!] ?? field, message });
    const before = problems.length;

    const id = cell('id');
    if (id.length > MAX_ASSET_ID_LENGTH)
      problem('id', `expected an asset id of at most ${MAX_ASSET_ID_LENGTH} characters, found one of ${id.length} ("${id.slice(0, 40)}…")`);
    else if (!/^[A-Za-z0-9][\w.-]*$/.test(id)) problem('id', `expected an asset id of letters, digits, "-", "_" or ".", found "${id}"`);
    else if (seen.has(id.toLowerCase())) problem('id', `asset id "${id}" is already used on row ${seen.get(id.toLowerCase())}`);
    else seen.set(id.toLowerCase(), row);
    const title = cell('title');
    if (!title) problem('title', 'expected a title, found an empty cell');
    const serviceNames = cell('services')
      .split(/[|;,]/)
      .map((s) => s.trim())
      .filter(Boolean);
    const serviceIds = serviceNames.map((name) => serviceIdByName.get(normaliseName(name)));
    if (serviceNames.length === 0) problem('services', 'expected one or more services (separated by |), found an empty cell');
    serviceNames.forEach((name, i) => {
      if (!serviceIds[i]) problem('services', `unknown service "${name}": not in data/catalogue/services.json`);
    });
    const format = cell('format').toLowerCase();
    if (!Object.hasOwn(ASSET_FORMATS, format))
      problem('format', `unknown format "${cell('format')}"; expected one of: ${Object.keys(ASSET_FORMATS).join(', ')}`);
    const language = cell('language').toLowerCase();
    if (!Object.hasOwn(ASSET_LANGUAGES, language))
      problem('language', `unknown language "${cell('language')}"; expected one of: ${Object.keys(ASSET_LANGUAGES).join(', ')}`);
    const path = cell('file');
    if (!path) problem('file', 'expected a file path or an https URL, found an empty cell');
    else if (/^[a-z]+:/i.test(path) && !/^https:\/\//i.test(path))
      problem('file', `expected a relative path or an https URL, found an address at ${shownAddress(path)}`);
    else if (!/^https:/i.test(path) && pathInsideFolder(path) === undefined) problem('file', `expected a path inside the manifest's folder, found "${path}"`);
    const credit = cell('credit');
    if (!credit) problem('credit', 'expected a credit (photographer or designer), found an empty cell');
    const consent = consentOf(cell('consent'));
    if (!consent) problem('consent', `unknown consent status "${cell('consent')}"; expected gitt (given) or trukket (withdrawn)`);
    const expiresRaw = cell('consentExpires');
    const consentExpires = expiresRaw === '' ? null : parseConsentDate(expiresRaw);
    if (consentExpires === undefined)
      problem('consentExpires', `expected a calendar date like 2027-12-31 or 31.12.2027 (nothing before or after it), or an empty cell, found "${expiresRaw}"`);

    if (problems.length > before) continue;
    assets.push({
      row,
      id,
      title,
      serviceIds: [...new Set(serviceIds as string[])],
      format: format as AssetFormat,
      language: language as AssetLanguage,
      file: path,
      credit,
      consent: consent!,
      consentExpires: consentExpires ?? null,
    });
  }
  // The file column's header as the manifest spells it, for problems found later with a row's file.
  return { assets, problems, fileColumn: table.headers[columns.file!] ?? 'file' };
}

/**
 * A consent expiry date: ISO `yyyy-mm-dd` (what an XLSX date cell becomes) or `dd.mm.yyyy`, a real
 * calendar day, and nothing else. Stricter than the export's dates on purpose: a time, trailing
 * text or a bare number (an unformatted spreadsheet date) could move the day consent ends, so
 * they are errors rather than guesses.
 */
export function parseConsentDate(text: string): string | undefined {
  return parseCalendarDate(text);
}

/** The calendar date in Norway at a moment: consent given "until 31.12" ends at midnight Oslo time, not UTC. */
export function osloDate(now: Date = new Date()): string {
  const parts = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Oslo', year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(now);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)!.value;
  return `${part('year')}-${part('month')}-${part('day')}`;
}

/**
 * Which file a row names, so two rows naming one file by different spellings (`a.svg`,
 * `./a.svg`, `demo\\a.svg` and `demo/a.svg`, `%61.svg`, or the full URL) count as one: a path
 * resolved against the manifest's folder, a URL against the manifest's URL.
 */
export function fileKey(file: string, base = ''): string {
  const decode = (text: string) => {
    try {
      return decodeURIComponent(text);
    } catch {
      return text;
    }
  };
  if (/^https?:/i.test(base) || /^https?:/i.test(file)) {
    // A local manifest's folder is no base for a URL (new URL would throw on it): an https row stands alone.
    const url = new URL(file.replace(/\\/g, '/'), /^https?:/i.test(base) ? base : undefined);
    return `${url.origin}${decode(url.pathname)}${url.search}`;
  }
  return posix.normalize(posix.join(base.replace(/\\/g, '/'), decode(file).replace(/\\/g, '/')));
}

export interface ConsentDecision {
  published: ManifestAsset[];
  excluded: { asset: ManifestAsset; reason: 'withdrawn' | 'expired' }[];
}

/**
 * An asset is published only while its consent is valid on the build day (the expiry day
 * included). Consent belongs to the file, not the row: a file that any row withdraws (or whose
 * consent any row lets expire) is left out under every row that names it. `base` is the
 * manifest's folder or URL, so different spellings of one file count as one; the build also
 * compares the files' bytes (build-campaign.ts).
 */
export function applyConsent(assets: ManifestAsset[], buildDate: string, base = ''): ConsentDecision {
  const rowReason = (asset: ManifestAsset): 'withdrawn' | 'expired' | null =>
    asset.consent === 'withdrawn' ? 'withdrawn' : asset.consentExpires !== null && asset.consentExpires < buildDate ? 'expired' : null;
  const refused = new Map<string, 'withdrawn' | 'expired'>();
  for (const asset of assets) {
    const reason = rowReason(asset);
    const key = fileKey(asset.file, base);
    if (reason && refused.get(key) !== 'withdrawn') refused.set(key, reason);
  }
  const decision: ConsentDecision = { published: [], excluded: [] };
  for (const asset of assets) {
    const reason = rowReason(asset) ?? refused.get(fileKey(asset.file, base));
    if (reason) decision.excluded.push({ asset, reason });
    else decision.published.push(asset);
  }
  return decision;
}
