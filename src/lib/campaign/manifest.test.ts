import { describe, expect, it } from 'vitest';
import { formatProblem } from '../source/problems';
import { readCsvTable } from '../source/read-table';
import { applyConsent, osloDate, parseConsentDate, parseManifest } from './manifest';

const services = [
  { id: 'pressreader', name: 'PressReader' },
  { id: 'filmbib', name: 'Filmbib' },
];
const HEADER = 'Asset-ID,Tittel,Tjenester,Format,Språk,Fil,Kreditering,Samtykke,Samtykke utløper';
const table = (rows: string[]) => readCsvTable(new TextEncoder().encode([HEADER, ...rows].join('\n')), 'manifest.csv');
const parse = (rows: string[]) => parseManifest(table(rows), 'manifest.csv', services);

describe('parseManifest', () => {
  it('reads assets with one or more services', () => {
    const { assets, problems } = parse([
      'a1,Plakat,PressReader,poster-a4,nb,a1.svg,Foto: Kari Berg,gitt,',
      'a2,Story,PressReader | filmbib,STORY-9X16,se,https://media.example/a2.png,NTB,Ja,31.12.2027',
    ]);
    expect(problems).toEqual([]);
    expect(assets.map((a) => [a.id, a.serviceIds, a.format, a.language, a.consent, a.consentExpires])).toEqual([
      ['a1', ['pressreader'], 'poster-a4', 'nb', 'given', null],
      ['a2', ['pressreader', 'filmbib'], 'story-9x16', 'se', 'given', '2027-12-31'],
    ]);
  });

  it('names the row and column of every bad cell', () => {
    const messages = parse([
      'a1,Plakat,Netflix,poster-a5,de,../secret.svg,,kanskje,snart',
      'a1,,PressReader,poster-a4,nb,ftp://x/a.svg,NTB,gitt,',
    ]).problems.map(formatProblem);
    expect(messages).toEqual([
      'manifest.csv, row 2, column "Tjenester": unknown service "Netflix": not in data/catalogue/services.json',
      'manifest.csv, row 2, column "Format": unknown format "poster-a5"; expected one of: poster-a3, poster-a4, feed-1x1, feed-4x5, story-9x16, screen-16x9, web-16x9',
      'manifest.csv, row 2, column "Språk": unknown language "de"; expected one of: nb, nn, se, sma, en',
      'manifest.csv, row 2, column "Fil": expected a path inside the manifest\'s folder, found "../secret.svg"',
      'manifest.csv, row 2, column "Kreditering": expected a credit (photographer or designer), found an empty cell',
      'manifest.csv, row 2, column "Samtykke": unknown consent status "kanskje"; expected gitt (given) or trukket (withdrawn)',
      'manifest.csv, row 2, column "Samtykke utløper": expected a calendar date like 2027-12-31 or 31.12.2027 (nothing before or after it), or an empty cell, found "snart"',
      'manifest.csv, row 3, column "Asset-ID": asset id "a1" is already used on row 2',
      'manifest.csv, row 3, column "Tittel": expected a title, found an empty cell',
      'manifest.csv, row 3, column "Fil": expected a relative path or an https URL, found an address at ftp://x',
    ]);
  });

  it('refuses a format or language that is a prototype name', () => {
    const messages = parse(['a,A,PressReader,constructor,__proto__,a.svg,NTB,gitt,']).problems.map(formatProblem);
    expect(messages).toEqual([
      expect.stringContaining('column "Format": unknown format "constructor"'),
      expect.stringContaining('column "Språk": unknown language "__proto__"'),
    ]);
  });

  it('lists missing columns', () => {
    const bad = readCsvTable(new TextEncoder().encode('Asset-ID,Tittel\na,b\n'), 'manifest.csv');
    expect(() => parseManifest(bad, 'manifest.csv', services)).toThrow(/missing required column\(s\): services \(Tjenester .*Found: Asset-ID, Tittel/);
  });
});

describe('applyConsent', () => {
  const { assets } = parse([
    'given,A,PressReader,poster-a4,nb,a.svg,NTB,gitt,',
    'withdrawn,B,PressReader,poster-a4,nb,b.svg,NTB,trukket,',
    'expired,C,PressReader,poster-a4,nb,c.svg,NTB,gitt,2026-11-24',
    'last-day,D,PressReader,poster-a4,nb,d.svg,NTB,gitt,2026-11-25',
    'withdrawn-later,E,PressReader,poster-a4,nb,e.svg,NTB,trukket,2030-01-01',
  ]);

  it('publishes only what has valid consent on the build day, the expiry day included', () => {
    const decision = applyConsent(assets, '2026-11-25');
    expect(decision.published.map((a) => a.id)).toEqual(['given', 'last-day']);
    expect(decision.excluded.map((e) => [e.asset.id, e.reason])).toEqual([
      ['withdrawn', 'withdrawn'],
      ['expired', 'expired'],
      ['withdrawn-later', 'withdrawn'],
    ]);
  });

  it('drops an asset the day after its consent expires', () => {
    expect(applyConsent(assets, '2026-11-26').published.map((a) => a.id)).toEqual(['given']);
  });
});

describe('consent expiry dates', () => {
  it.each([
    ['2027-12-31', '2027-12-31'],
    ['31.12.2027', '2027-12-31'],
    ['1.2.2028', '2028-02-01'],
    ['2028-02-29', '2028-02-29'],
  ])('reads "%s" as %s', (text, iso) => expect(parseConsentDate(text)).toBe(iso));

  it.each([
    '2025-02-30',
    '2026-02-29',
    '31.04.2027',
    '2027-13-01',
    '2027-00-10',
    '00.01.2027',
    '2027-12-31 gammel',
    '2027-12-31T23:00',
    '2027-12-31x',
    '31.12.2027 (fornyes)',
    '46752',
    '46752.5',
    '2027',
    '20271231',
    '2027-1-5',
    '31/12/2027',
    '31.12.27',
    ' ',
    '2027–12–31',
    '２０２７-12-31',
  ])('refuses "%s"', (text) => expect(parseConsentDate(text)).toBeUndefined());

  it('names the row and column of a date with trailing text or a bare number', () => {
    const messages = parse([
      'a,A,PressReader,poster-a4,nb,a.svg,NTB,gitt,2027-12-31 sjekk med fotograf',
      'b,B,PressReader,poster-a4,nb,b.svg,NTB,gitt,46752',
      'c,C,PressReader,poster-a4,nb,c.svg,NTB,gitt,2025-02-30',
    ]).problems.map(formatProblem);
    expect(messages).toHaveLength(3);
    expect(messages[0]).toMatch(/^manifest\.csv, row 2, column "Samtykke utløper": expected a calendar date .* found "2027-12-31 sjekk med fotograf"$/);
    expect(messages[1]).toMatch(/^manifest\.csv, row 3, column "Samtykke utløper": .*found "46752"$/);
    expect(messages[2]).toMatch(/^manifest\.csv, row 4, column "Samtykke utløper": .*found "2025-02-30"$/);
  });
});

describe('osloDate', () => {
  it('is the calendar date in Norway, not in UTC', () => {
    // 22:30 UTC on 30 June is 00:30 on 1 July in Oslo (summer time, UTC+2).
    expect(osloDate(new Date('2026-06-30T22:30:00Z'))).toBe('2026-07-01');
    // 23:30 UTC on 31 December is 00:30 on 1 January (winter time, UTC+1).
    expect(osloDate(new Date('2026-12-31T23:30:00Z'))).toBe('2027-01-01');
    expect(osloDate(new Date('2026-12-31T22:59:00Z'))).toBe('2026-12-31');
  });

  it('drops an asset whose consent ended yesterday in Oslo although it is still that day in UTC', () => {
    const { assets } = parse(['a,A,PressReader,poster-a4,nb,a.svg,NTB,gitt,30.06.2026']);
    expect(applyConsent(assets, osloDate(new Date('2026-06-30T22:30:00Z'))).published).toEqual([]);
  });
});

describe('consent per file', () => {
  it('leaves a file out under every row when any row withdraws it, however the path is spelled', () => {
    const { assets, problems } = parse([
      'poster-nb,A,PressReader,poster-a4,nb,media/a.png,NTB,gitt,',
      'poster-nn,B,Filmbib,poster-a4,nn,./media//a.png,NTB,gitt,2030-01-01',
      'poster-se,C,Filmbib,poster-a4,se,media\\a.png,NTB,gitt,',
      'poster-en,D,Filmbib,poster-a4,en,media/%61.png,NTB,gitt,',
      'withdrawn,E,PressReader,feed-1x1,nb,media/a.png,NTB,trukket,',
      'other,F,PressReader,feed-1x1,nb,media/b.png,NTB,gitt,',
    ]);
    expect(problems).toEqual([]);
    const decision = applyConsent(assets, '2026-11-25', '/bank');
    expect(decision.published.map((a) => a.id)).toEqual(['other']);
    expect(decision.excluded.map((e) => [e.asset.id, e.reason])).toEqual([
      ['poster-nb', 'withdrawn'],
      ['poster-nn', 'withdrawn'],
      ['poster-se', 'withdrawn'],
      ['poster-en', 'withdrawn'],
      ['withdrawn', 'withdrawn'],
    ]);
  });

  it('treats a relative path and the full URL under a URL manifest as one file, and expired consent like withdrawn', () => {
    const { assets } = parse([
      'a,A,PressReader,poster-a4,nb,https://bank.example/media/a.png,NTB,gitt,',
      'b,B,PressReader,poster-a4,nb,a.png,NTB,gitt,2026-01-01',
    ]);
    const decision = applyConsent(assets, '2026-11-25', 'https://bank.example/media/manifest.csv');
    expect(decision.published).toEqual([]);
    expect(decision.excluded.map((e) => e.reason)).toEqual(['expired', 'expired']);
  });
});
