import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { aliasesById } from '../dataset/aliases';
import { readCatalogue } from '../dataset/catalogue';
import { DEMO_HEADERS, DEMO_SEED, DEMO_TARGET_TOTALS, DEMO_YEARS, generateDemoExport, STATUS_ACTIVE } from './export';
import { MEMBER_TYPE_PUBLIC, MEMBER_TYPE_SCHOOL } from './members';
import { PATHS } from '../paths';
import { readRegistry } from '../dataset/registry';

const registry = readRegistry(PATHS.registry);
const catalogue = readCatalogue(PATHS.catalogue);
const knownAs = aliasesById();
const demo = generateDemoExport(registry, catalogue, DEMO_SEED, 1, knownAs);
const rows = parse(demo.csv, { columns: true }) as Record<(typeof DEMO_HEADERS)[number], string>[];
const years: number[] = [...DEMO_YEARS];
const active = (year: number) => rows.filter((r) => r['Periode fra'].startsWith(String(year)) && r.Status === STATUS_ACTIVE);

describe('the demo export generator', () => {
  it('is deterministic: the same seed gives a byte-identical file', () => {
    expect(generateDemoExport(registry, catalogue, DEMO_SEED, 1, knownAs).csv).toBe(demo.csv);
    expect(generateDemoExport(registry, catalogue, 7, 1, knownAs).csv).not.toBe(demo.csv);
  });

  it('matches the committed data/source/demo-export.csv (run `npm run demo-export` after changing it)', () => {
    expect(readFileSync(PATHS.demoExport, 'utf8')).toBe(demo.csv);
  });

  it('carries the columns an ordering-system export has, private ones included', () => {
    expect(Object.keys(rows[0]!)).toEqual([...DEMO_HEADERS]);
    expect(rows.every((r) => /@/.test(r['E-post']) && r.Kontaktperson.includes(' ') && /^\d+,\d{2}$/.test(r['Pris (NOK)']))).toBe(true);
  });

  it('sells exactly the published totals per agreement year, Filmbib registrations not counted as sales', () => {
    const paid = new Set(catalogue.services.filter((s) => s.funding === 'bought' || s.funding === 'county-funded').map((s) => s.name));
    const sales = years.map((y) => active(y).filter((r) => paid.has(r.Produkt)).length);
    // The published figures, one per agreement year: 973 (2023), 1,077 (2024), 1,079 (2025).
    expect(sales).toEqual([973, 1077, 1079]);
    expect(sales).toEqual(years.map((y) => DEMO_TARGET_TOTALS[y as keyof typeof DEMO_TARGET_TOTALS]));
    expect(years.map((y) => active(y).length)).toEqual(years.map((y) => demo.activeByYear[y]));
  });

  it('follows the yearly cycle: calendar-year periods for the years a source covers, none after', () => {
    expect(new Set(rows.map((r) => r['Periode fra'].slice(0, 4)))).toEqual(new Set(['2023', '2024', '2025']));
    expect(rows.every((r) => r['Periode fra'].endsWith('-01-01') && r['Periode til'] === `${r['Periode fra'].slice(0, 4)}-12-31`)).toBe(true);
  });

  it('places every order in the autumn joining period before its year, and none for the Filmbib registrations', () => {
    const filmbib = catalogue.services.find((s) => s.funding === 'state-funded')!.name;
    for (const r of rows) {
      const year = Number(r['Periode fra'].slice(0, 4));
      if (r.Produkt === filmbib) expect(r.Bestilt).toBe('');
      else {
        expect(r.Bestilt >= `${year - 1}-10-16` && r.Bestilt <= `${year - 1}-11-12`, `${r.Medlem} ${r.Produkt} ${r.Bestilt}`).toBe(true);
      }
    }
  });

  it('has no rows for a network-free service: it is not ordered through the consortium', () => {
    const free = new Set(catalogue.services.filter((s) => s.funding === 'network-free').map((s) => s.name));
    expect(free.size).toBeGreaterThan(0);
    expect(rows.filter((r) => free.has(r.Produkt))).toEqual([]);
  });

  it('draws them from 450-550 libraries a year, about a third of them schools', () => {
    for (const year of years) {
      const members = new Map(active(year).map((r) => [r.Medlemsnummer, r.Medlemstype]));
      const schools = [...members.values()].filter((t) => t === MEMBER_TYPE_SCHOOL).length;
      expect(members.size, String(year)).toBeGreaterThanOrEqual(450);
      expect(members.size, String(year)).toBeLessThanOrEqual(550);
      expect(schools / members.size, String(year)).toBeGreaterThan(0.25);
      expect(schools / members.size, String(year)).toBeLessThan(0.4);
    }
  });

  it('has one public library per municipality, a few intermunicipal ones serving two', () => {
    const publicMembers = new Map(rows.filter((r) => r.Medlemstype === MEMBER_TYPE_PUBLIC).map((r) => [r.Medlemsnummer, r.Kommunenummer]));
    const served = [...publicMembers.values()].flatMap((numbers) => numbers.split('/'));
    expect(new Set(served).size).toBe(357);
    expect(served).toHaveLength(357);
    const shared = [...publicMembers.values()].filter((numbers) => numbers.includes('/'));
    expect(shared.length).toBeGreaterThanOrEqual(3);
    expect(shared.length).toBeLessThanOrEqual(8);
  });

  it('includes every county-run school as a possible member and only those', () => {
    const known = new Set(registry.schools.map((s) => s.organisationNumber));
    const schoolRows = rows.filter((r) => r.Medlemstype === MEMBER_TYPE_SCHOOL);
    expect(schoolRows.every((r) => known.has(r.Organisasjonsnummer))).toBe(true);
  });

  it('gives every public library the state-funded service every year', () => {
    const stateFunded = catalogue.services.filter((s) => s.funding === 'state-funded');
    expect(stateFunded).toHaveLength(1);
    const publicLibraries = new Set(rows.filter((r) => r.Medlemstype === MEMBER_TYPE_PUBLIC).map((r) => r.Medlemsnummer));
    for (const year of years) {
      const withIt = new Set(
        active(year)
          .filter((r) => r.Produkt === stateFunded[0]!.name)
          .map((r) => r.Medlemsnummer),
      );
      expect(withIt).toEqual(publicLibraries);
    }
  });

  it("uses only services a source names, FörlagEtt's film service among them, and no Amedia", () => {
    expect(catalogue.services.every((s) => s.evidence.length > 0 && s.status !== 'example')).toBe(true);
    const used = new Set(rows.map((r) => r.Produkt));
    expect(used.has('FörlagEtt film')).toBe(true);
    expect([...used].some((name) => /amedia/i.test(name))).toBe(false);
  });

  it('names the largest libraries as people know them, where a source gives the name', () => {
    expect(rows.find((r) => r.Kommunenummer === '0301')!.Medlem).toBe('Deichman');
  });

  it('declares itself demo data on every row', () => {
    expect(rows.every((r) => r.Eksempeldata === 'ja')).toBe(true);
  });

  it('never sells a school-only service to a public library or the reverse', () => {
    const audience = new Map(catalogue.services.map((s) => [s.name, s.audience]));
    for (const r of rows) {
      const a = audience.get(r.Produkt);
      if (r.Medlemstype === MEMBER_TYPE_PUBLIC) expect(a, r.Produkt).not.toBe('school');
      else expect(a, r.Produkt).not.toBe('public');
    }
  });
});
