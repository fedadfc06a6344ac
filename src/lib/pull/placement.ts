/**
 * Rows whose library can't be placed (a school or municipality the registries lack, a status word
 * the column map doesn't know) are left out of the figures rather than stopping the night, and
 * listed publicly on the data-quality page. Too many of them means the export or the registries are
 * wrong, not a few members: then the pull stops (exit 2) and keeps the last good dataset.
 */
import type { UnplacedRow } from '../dataset/schema';
import { InvalidInputError } from '../source/problems';

export type { UnplacedRow };

/** Default share of rows that may be unplaceable before the pull refuses (HHH_MAX_UNPLACED). */
export const DEFAULT_MAX_UNPLACED_SHARE = 0.02;
const MAX_NAME = 120;
const MAX_NUMBER = 20;
const MAX_VALUE = 60;

/**
 * Text from the export as the public page may show it: control and bidirectional-override
 * characters removed (they could reorder or hide text), spaces collapsed, cut to `max` characters.
 * Escaping for HTML is the page's job (Astro escapes every expression).
 */
export function boundedText(text: string, max: number): string {
  const clean = text
    .normalize('NFC')
    .replace(/[\u0000-\u001F\u007F-\u009F\u200B-\u200F\u2028-\u202E\u2060-\u2069\uFEFF]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  const chars = [...clean];
  return chars.length <= max ? clean : `${chars.slice(0, max - 1).join('')}…`;
}

export function unplacedRow(row: number, member: string, memberNumber: string | null, reason: UnplacedRow['reason'], value: string): UnplacedRow {
  const number = memberNumber === null ? '' : boundedText(memberNumber, MAX_NUMBER);
  return {
    row,
    member: boundedText(member, MAX_NAME),
    memberNumber: number === '' ? null : number,
    reason,
    value: boundedText(value, MAX_VALUE),
  };
}

const REASON_TEXT: Record<UnplacedRow['reason'], string> = {
  'unknown-municipality': 'municipality number not in the registry',
  'unknown-school': 'organisation number not a county-run upper-secondary school in the registry',
  'unknown-status': 'unknown status word',
};

/** One line for the pull's summary (the row number is the problem's own). */
export function describeUnplaced(u: UnplacedRow): string {
  return `${u.member}${u.memberNumber ? ` (${u.memberNumber})` : ''}: ${REASON_TEXT[u.reason]} ("${u.value}"); left out of the figures`;
}

/**
 * Throws (exit 2, nothing written) when more than `maxShare` of the rows read are unplaceable,
 * naming the share, the limit and the first rows.
 */
export function checkUnplacedShare(unplaced: readonly UnplacedRow[], rowsRead: number, maxShare: number, file: string): void {
  if (unplaced.length === 0 || unplaced.length <= maxShare * rowsRead) return;
  const share = ((unplaced.length / Math.max(rowsRead, 1)) * 100).toFixed(1);
  throw new InvalidInputError([
    {
      file,
      message: `${unplaced.length} of ${rowsRead} rows (${share} %) can't be placed, more than the ${(maxShare * 100).toFixed(1)} % allowed (HHH_MAX_UNPLACED): the export or the registries are likely wrong, so the last good dataset is kept`,
    },
    ...unplaced.map((u) => ({ file, row: u.row, message: describeUnplaced(u) })),
  ]);
}
