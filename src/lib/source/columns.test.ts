import { describe, expect, it } from 'vitest';
import { findColumns, makeValueLookup, normaliseHeader } from './columns';
import { formatProblem, InvalidInputError } from './problems';

describe('findColumns', () => {
  const columns = { name: ['Navn', 'Name'], expires: ['Samtykke utløper', 'Consent expires'], note: ['Merknad'] };

  it('matches headers whatever their case, spacing or punctuation, taking the first alternative found', () => {
    expect(findColumns([' NAVN ', 'samtykke_utløper', 'Name'], columns, ['name', 'expires'], 'x.csv')).toEqual({ name: 0, expires: 1 });
    expect(findColumns(['Consent-Expires', 'name'], columns, ['name'], 'x.csv')).toEqual({ name: 1, expires: 0 });
  });

  it('compares composed and decomposed letters as one (an å typed either way)', () => {
    expect(findColumns(['Ma\u030Alform', 'Navn'], { language: ['Målform'] }, ['language'], 'x.csv')).toEqual({ language: 0 });
  });

  it('names every missing required field on row 1, with what it looked for and what was found', () => {
    const error = (() => {
      try {
        findColumns(['Tittel', 'Merknad'], columns, ['name', 'expires'], 'manifest.csv');
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(InvalidInputError);
    expect((error as InvalidInputError).problems.map(formatProblem)).toEqual([
      'manifest.csv, row 1: missing required column(s): name (Navn | Name); expires (Samtykke utløper | Consent expires). Found: Tittel, Merknad',
    ]);
  });

  it('does not match an empty header to anything', () => {
    expect(findColumns(['', ' '], { blank: [' '] }, [], 'x.csv')).toEqual({});
  });
});

describe('makeValueLookup', () => {
  it('maps words from a file to ours the way headers match, and anything else to undefined', () => {
    const status = makeValueLookup({ active: ['Bekreftet', 'Accepted'], cancelled: ['Oppsagt'] });
    expect(status('bekreftet')).toBe('active');
    expect(status(' ACCEPTED ')).toBe('active');
    expect(status('Oppsagt')).toBe('cancelled');
    expect(status('constructor')).toBeUndefined();
    expect(status('')).toBeUndefined();
  });

  it('normalises headers to one key', () => {
    expect(normaliseHeader('Periode (fra)')).toBe(normaliseHeader('periode_fra'));
  });
});
