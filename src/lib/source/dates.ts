/**
 * Dates read from a source. One rule for the export's period dates and the media bank's consent
 * dates: a real calendar day or nothing; 2025-02-30 and two-digit years are refused, never rolled over.
 */

/** Excel's day 0 is 1899-12-30 (it counts 1900 as a leap year). */
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;

/**
 * `yyyy-mm-dd` (followed by a time only when `allowTime`) or `d.m.yyyy` / `dd.mm.yyyy`, as
 * `yyyy-mm-dd`, if it names a real calendar day; anything else is undefined.
 */
export function parseCalendarDate(text: string, options: { allowTime?: boolean } = {}): string | undefined {
  let match = (options.allowTime ? /^(\d{4})-(\d{2})-(\d{2})(?:[T ].*)?$/ : /^(\d{4})-(\d{2})-(\d{2})$/).exec(text);
  let y: number, m: number, d: number;
  if (match) [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  else if ((match = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(text))) [y, m, d] = [Number(match[3]), Number(match[2]), Number(match[1])];
  else return undefined;
  const date = new Date(Date.UTC(y, m - 1, d));
  // Date.UTC rolls 2025-02-30 over to March and maps years 0-99 to 1900-1999: both are caught here.
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return undefined;
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/**
 * A spreadsheet export's date: ISO (2025-01-01, a time after it ignored), Norwegian (01.01.2025)
 * or an Excel date serial (45658, what an unformatted date cell holds).
 */
export function parseSpreadsheetDate(raw: string): string | undefined {
  const text = raw.trim();
  if (/^\d{5}(?:\.\d+)?$/.test(text)) {
    return new Date(EXCEL_EPOCH_MS + Math.floor(Number(text)) * DAY_MS).toISOString().slice(0, 10);
  }
  return parseCalendarDate(text, { allowTime: true });
}
