/**
 * Checks on the built dist/: a page for everything in the dataset, and nothing private from the
 * export anywhere in it.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { PATHS } from '../../src/lib/paths';
import { data } from './dataset';

function filesUnder(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(join(directory, entry.name)) : [join(directory, entry.name)],
  );
}

describe('dist/', () => {
  const page = (path: string) => existsSync(join(PATHS.dist, path, 'index.html'));

  it('has a page for every library, service, vendor, municipality and county', () => {
    const missing = [
      ...data.dataset.libraries.map((l) => `bibliotek/${l.slug}`),
      ...data.dataset.services.map((s) => `tjenester/${s.slug}`),
      ...data.dataset.vendors.map((v) => `leverandorer/${v.slug}`),
      ...data.dataset.municipalities.map((m) => `kommuner/${m.number}`),
      ...data.dataset.counties.map((c) => `fylker/${c.slug}`),
    ].filter((path) => !page(path));
    expect(missing).toEqual([]);
    expect(data.dataset.libraries.length).toBeGreaterThan(700);
    expect(data.dataset.municipalities).toHaveLength(357);
    expect(data.dataset.counties).toHaveLength(15);
  });

  it('contains no price, contact name, e-mail or phone number from the export', () => {
    const rows = parse(readFileSync(PATHS.demoExport), { columns: true, bom: true }) as Record<string, string>[];
    const secrets = {
      price: new Set(rows.map((r) => r['Pris (NOK)']!).filter((p) => !/^0+,00$/.test(p))),
      name: new Set(rows.map((r) => r['Kontaktperson']!)),
      email: new Set(rows.map((r) => r['E-post']!)),
      phone: new Set(rows.map((r) => r['Telefon']!)),
    };
    expect(secrets.email.size).toBeGreaterThan(100);
    const files = filesUnder(PATHS.dist).filter((f) => /\.(html|json|csv|xml|txt|m?js|svg)$/.test(f));
    const text = files.map((f) => readFileSync(f, 'utf8')).join('\n');
    // Prices are looked for outside the compiled bundles in _astro/ (minified library code is
    // full of "12,34"-shaped argument lists and carries no data), and not inside number lists
    // such as the boundaries' coordinates or the map data's service indices.
    const dataText = files.filter((f) => !f.includes(`${join('dist', '_astro')}`)).map((f) => readFileSync(f, 'utf8')).join('\n');
    // Pull out everything in dist/ shaped like an e-mail, phone number or price, then compare.
    const found = (pattern: RegExp) => new Set(text.match(pattern) ?? []);
    const leaked = [
      ...[...found(/[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g)].filter((e) => secrets.email.has(e)),
      ...[...found(/\+47 ?\d{8}/g)].filter((p) => secrets.phone.has(p)),
      ...[...new Set(dataText.match(/(?<![\d.,[-])\d+,\d{2}(?![\d,\]])/g) ?? [])].filter((p) => secrets.price.has(p)),
      ...[...secrets.name].filter((n) => text.includes(n)),
    ];
    expect(leaked).toEqual([]);
  });
});
