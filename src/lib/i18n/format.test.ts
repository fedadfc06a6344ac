import { describe, expect, it } from 'vitest';
import * as en from './en';
import { countText, formatBytes, formatDate, formatInteger, formatPercent, formatSigned, pluralForm, signedCountText } from './format';
import * as nb from './nb';
import * as nn from './nn';

// Intl writes a no-break space between digit groups and before "%" in Norwegian.
const nbsp = (s: string) => s.replace(/ /g, '\u00a0');

describe('numbers', () => {
  it('groups digits the way each language does', () => {
    expect([formatInteger(5550203, 'nb'), formatInteger(5550203, 'nn'), formatInteger(5550203, 'en')]).toEqual([
      nbsp('5 550 203'),
      nbsp('5 550 203'),
      '5,550,203',
    ]);
  });

  it('writes shares as whole percents', () => {
    expect([formatPercent(0.374, 'nb'), formatPercent(0.374, 'nn'), formatPercent(0.374, 'en')]).toEqual([nbsp('37 %'), nbsp('37 %'), '37%']);
  });

  it('signs changes with a minus sign, not a hyphen', () => {
    expect([formatSigned(1234, 'nb'), formatSigned(-2, 'en'), formatSigned(0, 'nn')]).toEqual([nbsp('+1 234'), '−2', '0']);
  });

  it('writes file sizes with the language decimal mark and no stray separator ("7,4 MB", never "7, 4 KB")', () => {
    const size = 7.4 * 1024 * 1024;
    expect([formatBytes(size, 'nb'), formatBytes(size, 'nn'), formatBytes(size, 'en')]).toEqual(['7,4 MB', '7,4 MB', '7.4 MB']);
    expect([formatBytes(4 * 1024, 'nb'), formatBytes(4 * 1024, 'en'), formatBytes(10, 'nb')]).toEqual(['4 KB', '4 KB', '1 KB']);
  });

  it("writes dates in the language, in Norway's time zone", () => {
    // 23:30 UTC on 30 November is 1 December in Oslo.
    expect([formatDate('2026-11-30T23:30:00Z', 'nb'), formatDate('2026-11-30T23:30:00Z', 'nn'), formatDate('2026-11-30T23:30:00Z', 'en')]).toEqual([
      '1. desember 2026',
      '1. desember 2026',
      '1 December 2026',
    ]);
  });
});

describe('plurals', () => {
  const forms = {
    nb: { one: '{n} tjeneste', other: '{n} tjenester' },
    nn: { one: '{n} teneste', other: '{n} tenester' },
    en: { one: '{n} service', other: '{n} services' },
  };

  it.each([
    ['nb', ['0 tjenester', '1 tjeneste', '2 tjenester', '1\u00a0234 tjenester']],
    ['nn', ['0 tenester', '1 teneste', '2 tenester', '1\u00a0234 tenester']],
    ['en', ['0 services', '1 service', '2 services', '1,234 services']],
  ] as const)('%s picks the form by Intl.PluralRules and formats the count', (lang, expected) => {
    expect([0, 1, 2, 1234].map((n) => countText(n, lang, forms[lang]))).toEqual(expected);
  });

  it('a signed change takes the form of its size', () => {
    expect([signedCountText(1, 'nb', forms.nb), signedCountText(-1, 'en', forms.en), signedCountText(-3, 'nn', forms.nn)]).toEqual([
      '+1 tjeneste',
      '−1 service',
      '−3 tenester',
    ]);
    expect(pluralForm(1, 'en', { one: 'has', other: 'have' })).toBe('has');
  });
});

describe('the dictionaries count through the plural rules ("1 tjenester" cannot happen)', () => {
  it.each([
    [nb, '1 tjeneste', '2 tjenester', '1 tjeneste er ulik.', 'Fylkesnummer 03. 700 innbyggere i 1 kommune.', '1 betalt tjeneste', '2 betalte tjenester'],
    [nn, '1 teneste', '2 tenester', '1 teneste er ulik.', 'Fylkesnummer 03. 700 innbyggjarar i 1 kommune.', '1 betalt teneste', '2 betalte tenester'],
    [en, '1 service', '2 services', '1 service differs.', 'County number 03. 700 inhabitants in 1 municipality.', '1 paid service', '2 paid services'],
  ])('%#: services, comparison, a county of one municipality', (d, one, two, differs, county, paidOne, paidTwo) => {
    expect([d.site.servicesCount(1), d.site.servicesCount(2), d.site.compareDiffersCount(1), d.site.countyLead('03', '700', 1)]).toEqual([
      one,
      two,
      differs,
      county,
    ]);
    // The map's breadth is the figure "paid services", with its label (figures/vocabulary.ts).
    expect([d.map.services(1), d.map.services(2), d.glossary.paidServices(1), d.glossary.paidServices(2)]).toEqual([paidOne, paidTwo, paidOne, paidTwo]);
  });

  it.each([
    [nb, 'ZIP, 7 filer, 4 KB', 'ZIP, 1 fil, 7,4 MB'],
    [nn, 'ZIP, 7 filer, 4 KB', 'ZIP, 1 fil, 7,4 MB'],
    [en, 'ZIP, 7 files, 4 KB', 'ZIP, 1 file, 7.4 MB'],
  ])('%#: a zip names its file count, so it cannot read "7, 4 KB"', (d, seven, one) => {
    expect([d.campaign.zip(7, 4 * 1024), d.campaign.zip(1, 7.4 * 1024 * 1024)]).toEqual([seven, one]);
  });

  it('the white spots of a county with one municipality', () => {
    expect(nb.figures.whiteHeadline(1, '900', 2026)).toBe('1 kommune med til sammen 900 innbyggere har et folkebibliotek uten noen betalt tjeneste i 2026.');
    expect(en.figures.whiteHeadline(1, '900', 2026)).toBe('1 municipality with 900 inhabitants in all has a public library without any paid service in 2026.');
    expect(nn.figures.whiteChange(-1, '−900', 2025)).toBe('Endring frå 2025: −1 kommune, −900 innbyggjarar.');
  });
});
