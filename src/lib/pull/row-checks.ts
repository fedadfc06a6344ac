/**
 * Checks of single cells that the schema would otherwise catch only at the end, as a dump without
 * the row, or not at all: the municipality numbers a public library serves, and the agreement year.
 */
import { AGREEMENT_YEARS } from '../dataset/schema';

/**
 * The municipality numbers in a cell (`4601/4602`), seat first, each once: a number listed twice
 * (`4203/4203/4203`) is one municipality, and counting it again would multiply the inhabitants.
 * Excel stores 0301 as the number 301: the leading zero is restored.
 */
export function uniqueMunicipalityNumbers(raw: string): { numbers: string[]; warning?: string } {
  const listed = raw
    .split(/[/,;+ ]+/)
    .filter(Boolean)
    .map((n) => (/^\d{3}$/.test(n) ? `0${n}` : n));
  const numbers = [...new Set(listed)];
  if (numbers.length === listed.length) return { numbers };
  const repeated = [...new Set(listed.filter((n, i) => listed.indexOf(n) !== i))];
  return { numbers, warning: `municipality ${repeated.join(', ')} is listed more than once in "${raw.slice(0, 80)}"; counted once` };
}

/** Why a period date's year can't be an agreement year, or undefined when it can. */
export function checkAgreementYear(date: string): string | undefined {
  const year = Number(date.slice(0, 4));
  if (year >= AGREEMENT_YEARS.first && year <= AGREEMENT_YEARS.last) return undefined;
  return `the date ${date} lies in ${year}; expected an agreement year from ${AGREEMENT_YEARS.first} to ${AGREEMENT_YEARS.last}`;
}
