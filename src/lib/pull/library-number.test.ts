import { describe, expect, it } from 'vitest';
import { checkLibraryNumber } from './library-number';

describe('library number shape', () => {
  it('accepts seven digits with the type digit and the municipality', () => {
    expect(checkLibraryNumber('2030100', 'public', ['0301'])).toEqual({});
    expect(checkLibraryNumber('3460101', 'school', ['4601'])).toEqual({});
    // An intermunicipal library carries its seat's number, one of those it serves.
    expect(checkLibraryNumber('2460200', 'public', ['4601', '4602'])).toEqual({});
  });
  it('refuses the wrong length, a type digit other than 2 or 3, and a type that contradicts the member', () => {
    expect(checkLibraryNumber('203010', 'public', ['0301']).error).toMatch(/7-digit/);
    expect(checkLibraryNumber('20301a0', 'public', ['0301']).error).toMatch(/7-digit/);
    expect(checkLibraryNumber('1030100', 'public', ['0301']).error).toMatch(/starts with 1; expected 2 .* or 3/);
    expect(checkLibraryNumber('3030100', 'public', ['0301']).error).toMatch(/upper-secondary school, but the member is a public library/);
    expect(checkLibraryNumber('2030100', 'school', ['0301']).error).toMatch(/public library, but the member is an upper-secondary school/);
  });
  it('only warns when digits 2-5 are another municipality (numbers are not changed at reforms)', () => {
    // Bergen was 1201 before 2020 and is 4601 now.
    const check = checkLibraryNumber('2120100', 'public', ['4601']);
    expect(check.error).toBeUndefined();
    expect(check.warning).toMatch(/municipality 1201, not 4601/);
  });
});
