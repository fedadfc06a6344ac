import { describe, expect, it } from 'vitest';
import { formatProblem } from '../pull/problems';
import { readCsvTable } from '../pull/read-table';
import { applyConsent, parseManifest } from './manifest';

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
      'manifest.csv, row 2, column "Samtykke utløper": expected a date like 2027-12-31 or 31.12.2027, or an empty cell, found "snart"',
      'manifest.csv, row 3, column "Asset-ID": asset id "a1" is already used on row 2',
      'manifest.csv, row 3, column "Tittel": expected a title, found an empty cell',
      'manifest.csv, row 3, column "Fil": expected a relative path or an https URL, found "ftp://x/a.svg"',
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
