/**
 * The shape of a library number (biblioteknummer, BaseBibliotek; ISIL NO-<number>): seven digits,
 * the first the type (2 public library, 3 upper-secondary school), digits 2-5 the municipality
 * number when the number was given, 6-7 a running number. Municipal reforms renumber
 * municipalities but not libraries, so a different municipality in digits 2-5 is only a warning.
 */
export interface LibraryNumberCheck {
  /** The number cannot be right: the row is refused. */
  error?: string;
  /** The number may be right but is worth a look. */
  warning?: string;
}

const TYPE_DIGIT = { public: '2', school: '3' } as const;

export function checkLibraryNumber(number: string, kind: 'public' | 'school' | undefined, municipalityNumbers: readonly string[]): LibraryNumberCheck {
  if (!/^\d{7}$/.test(number)) return { error: `expected a 7-digit library number (biblioteknummer), found "${number}"` };
  const type = number[0]!;
  if (type !== '2' && type !== '3') return { error: `library number ${number} starts with ${type}; expected 2 (public library) or 3 (upper-secondary school)` };
  if (kind && type !== TYPE_DIGIT[kind]) {
    return {
      error: `library number ${number} starts with ${type}, the digit for ${type === '2' ? 'a public library' : 'an upper-secondary school'}, but the member is ${kind === 'public' ? 'a public library (2)' : 'an upper-secondary school (3)'}`,
    };
  }
  const municipality = number.slice(1, 5);
  if (municipalityNumbers.length > 0 && !municipalityNumbers.includes(municipality)) {
    return {
      warning: `library number ${number} carries municipality ${municipality}, not ${municipalityNumbers.join('/')}: an older municipality number from before a reform, or a typing error`,
    };
  }
  return {};
}
