import { describe, expect, it } from 'vitest';
import { parseCalendarDate, parseSpreadsheetDate } from './dates';

describe('parseCalendarDate', () => {
  it('reads ISO and Norwegian dates as ISO', () => {
    expect(parseCalendarDate('2025-01-01')).toBe('2025-01-01');
    expect(parseCalendarDate('1.2.2025')).toBe('2025-02-01');
    expect(parseCalendarDate('31.12.2027')).toBe('2027-12-31');
  });

  it('refuses days that do not exist instead of rolling them over, and two-digit or missing years', () => {
    for (const text of ['2025-13-01', '2025-02-30', '29.02.2025', '31.04.2026', '1.1.25', '0099-01-01'.replace('0099', '99'), '', '2025-1-1']) {
      expect(parseCalendarDate(text), text).toBeUndefined();
    }
    expect(parseCalendarDate('29.02.2024')).toBe('2024-02-29');
  });

  it('accepts a time after an ISO date only when asked, and nothing else around a date', () => {
    expect(parseCalendarDate('2025-01-01T00:00:00')).toBeUndefined();
    expect(parseCalendarDate('2025-01-01T00:00:00', { allowTime: true })).toBe('2025-01-01');
    expect(parseCalendarDate('2025-01-01 12:30', { allowTime: true })).toBe('2025-01-01');
    for (const text of ['2025-01-01x', ' 2025-01-01', '01.01.2025 kl. 12', '45658']) expect(parseCalendarDate(text, { allowTime: true }), text).toBeUndefined();
  });
});

describe('parseSpreadsheetDate', () => {
  it('reads ISO and Norwegian dates, a time after an ISO date, and surrounding spaces', () => {
    expect(parseSpreadsheetDate('2025-01-01')).toBe('2025-01-01');
    expect(parseSpreadsheetDate(' 1.2.2025 ')).toBe('2025-02-01');
    expect(parseSpreadsheetDate('2025-01-01T00:00:00')).toBe('2025-01-01');
  });

  it('reads Excel date serials (day 0 is 1899-12-30), ignoring the time of day', () => {
    expect(parseSpreadsheetDate('45658')).toBe('2025-01-01');
    expect(parseSpreadsheetDate('45658.75')).toBe('2025-01-01');
    expect(parseSpreadsheetDate('46022')).toBe('2025-12-31');
  });

  it('rejects impossible dates and other numbers', () => {
    for (const text of ['2025-13-01', '29.02.2025', '', '123', '1234567', 'i morgen']) expect(parseSpreadsheetDate(text), text).toBeUndefined();
  });
});
