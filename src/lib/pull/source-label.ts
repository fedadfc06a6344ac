/**
 * What the site says its data came from (the footer of every page, `source.name` in /data/*.json,
 * the data package's title): a label safe to publish. The source's address never is: share and
 * signed links carry their key in the path, and the nightly keeps HHH_SOURCE as a secret.
 */
import { isUrl } from '../source/read-source';

export const CONSORTIUM = 'Bibliotek24';
const MAX_LABEL = 120;

/**
 * The configured label (HHH_SOURCE_LABEL), checked; by default a local file's name, or for a URL the
 * consortium's name and the export's file name (already made safe: see safeFileName).
 * Returns a reason instead when the configured label can't be published.
 */
export function sourceLabel(source: string, file: string, configured?: string): { label: string } | { problem: string } {
  if (configured === undefined || configured.trim() === '') return { label: isUrl(source) ? `${CONSORTIUM}: ${file}` : file };
  const label = configured.trim();
  if (label.length > MAX_LABEL) return { problem: `the label is ${label.length} characters; at most ${MAX_LABEL}` };
  if (/[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069]/.test(label))
    return { problem: 'the label contains control or direction characters' };
  if (/[a-z][a-z0-9+.-]*:\/\/|@/i.test(label))
    return { problem: 'the label looks like an address; it is published on every page, so name the source in words' };
  return { label };
}
