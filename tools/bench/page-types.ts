/**
 * The build's output by page type, for the scale benchmark: which kind of page holds the bytes.
 * A page type is the first URL segment after the language prefix (`bibliotek`, `kommuner`,
 * `embed`...; `/nn/bibliotek/x/` counts as `bibliotek`); files at the root are `(root)`; entity feeds
 * (`<type>/<key>/feed.xml`) and county reports (`fylker/<slug>/rapport/`) are types of their own.
 * A type whose KB per page grows with the dataset is a page that grows with more than its subject.
 */
import { LANGS } from '../../src/lib/i18n/lang';

export interface PageTypeSize {
  type: string;
  /** HTML pages (index.html and other .html files). */
  pages: number;
  files: number;
  bytes: number;
}

/** Groups output files (paths relative to dist/, with '/') by page type, the largest first. */
export function sizeByPageType(files: readonly { path: string; bytes: number }[]): PageTypeSize[] {
  const types = new Map<string, PageTypeSize>();
  for (const { path, bytes } of files) {
    const parts = path.split('/').filter(Boolean);
    if (parts.length > 1 && (LANGS as readonly string[]).includes(parts[0]!)) parts.shift();
    // Issue 28's additions get rows of their own: each entity's feed beside its page, and the county reports.
    const type =
      parts.length > 2 && parts.at(-1) === 'feed.xml'
        ? 'feeds per entity'
        : parts[0] === 'fylker' && parts[2] === 'rapport'
          ? 'fylker (report)'
          : parts.length > 1
            ? parts[0]!
            : '(root)';
    let entry = types.get(type);
    if (!entry) types.set(type, (entry = { type, pages: 0, files: 0, bytes: 0 }));
    entry.files++;
    entry.bytes += bytes;
    if (path.endsWith('.html')) entry.pages++;
  }
  return [...types.values()].sort((a, b) => b.bytes - a.bytes || a.type.localeCompare(b.type));
}
