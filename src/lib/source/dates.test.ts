import { describe, expect, it } from 'vitest';
import { parseCalendarDate, parseSpreadsheetDate } from './dates';

/** [text, what each reader makes of it: calendar date, calendar date with time allowed, spreadsheet date]; undefined is refused. */
const CASES: [string, string | undefined, string | undefined, string | undefined][] = [
  ['2025-01-01', '2025-01-01', '2025-01-01', '2025-01-01'],
  ['1.2.2025', '2025-02-01', '2025-02-01', '2025-02-01'],
  ['31.12.2027', '2027-12-31', '2027-12-31', '2027-12-31'],
  ['29.02.2024', '2024-02-29', '2024-02-29', '2024-02-29'],
  // Days that do not exist are refused, never rolled over into the next month.
  ['2025-02-30', undefined, undefined, undefined],
  ['29.02.2025', undefined, undefined, undefined],
  ['31.04.2026', undefined, undefined, undefined],
  ['2025-13-01', undefined, undefined, undefined],
  // Two-digit years and unpadded ISO parts are not dates.
  ['1.1.25', undefined, undefined, undefined],
  ['2025-1-1', undefined, undefined, undefined],
  // A time after an ISO date only where it is allowed; nothing else around a date.
  ['2025-01-01T00:00:00', undefined, '2025-01-01', '2025-01-01'],
  ['2025-01-01 12:30', undefined, '2025-01-01', '2025-01-01'],
  ['2025-01-01x', undefined, undefined, undefined],
  ['01.01.2025 kl. 12', undefined, undefined, undefined],
  // Spaces around a cell are the spreadsheet reader's to trim, not the calendar rule's.
  [' 1.2.2025 ', undefined, undefined, '2025-02-01'],
  // Excel date serials (day 0 is 1899-12-30), the time of day ignored: only where a spreadsheet wrote them.
  ['45658', undefined, undefined, '2025-01-01'],
  ['45658.75', undefined, undefined, '2025-01-01'],
  ['46022', undefined, undefined, '2025-12-31'],
  ['123', undefined, undefined, undefined],
  ['1234567', undefined, undefined, undefined],
  ['', undefined, undefined, undefined],
  ['i morgen', undefined, undefined, undefined],
];

describe('dates from a source', () => {
  it.each(CASES)('%j', (text, calendar, withTime, spreadsheet) => {
    expect([parseCalendarDate(text), parseCalendarDate(text, { allowTime: true }), parseSpreadsheetDate(text)]).toEqual([calendar, withTime, spreadsheet]);
  });
});
