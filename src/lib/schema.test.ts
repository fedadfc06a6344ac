import { describe, expect, it } from 'vitest';
import { Dataset } from './schema';

function minimalDataset() {
  const text = { nb: 'a', nn: 'a', en: 'a' };
  return {
    schemaVersion: 1 as const,
    source: { name: 'x.csv', sha256: 'a'.repeat(64), pulledAt: '2026-11-25T12:00:00.000Z', rows: 1, isDemo: false },
    counties: [{ number: '03', name: 'Oslo', officialName: 'Oslo', population: 10, slug: 'oslo' }],
    municipalities: [{ number: '0301', name: 'Oslo', shortName: 'Oslo', countyNumber: '03', population: 10 }],
    libraries: [
      {
        id: 'fb-0301',
        kind: 'public' as const,
        name: 'Deichman',
        slug: 'deichman',
        municipalityNumber: '0301',
        servesMunicipalities: ['0301'],
        countyNumber: '03',
        position: null,
        inhabitantsServed: 10,
        studentsAndStaff: null,
        libraryNumber: null,
        organisationNumber: null,
      },
    ],
    vendors: [{ id: 'nfi', slug: 'nfi', name: 'NFI' }],
    services: [
      {
        id: 'filmbib',
        slug: 'filmbib',
        name: 'Filmbib',
        vendorId: 'nfi',
        category: 'film' as const,
        audience: 'public' as const,
        funding: 'state-funded' as const,
        billing: null,
        status: 'confirmed' as const,
        evidence: [{ source: 'test fixture', section: '1', note: 'invented for the test' }],
        url: 'https://filmbib.no/',
        access: text,
        description: text,
      },
    ],
    periods: [{ year: 2026, start: '2026-01-01', end: '2026-12-31' }],
    subscriptions: [{ libraryId: 'fb-0301', serviceId: 'filmbib', year: 2026, status: 'active' as const }],
  };
}

describe('the dataset schema', () => {
  it('accepts a consistent dataset', () => {
    expect(Dataset.safeParse(minimalDataset()).success).toBe(true);
  });

  it('drops fields outside the public schema, so private columns cannot pass through', () => {
    const dataset = minimalDataset();
    const withPrivate = { ...dataset, subscriptions: [{ ...dataset.subscriptions[0], price: 1234.5, contactEmail: 'kari@example.no' }] };
    const parsed = Dataset.parse(withPrivate);
    expect(JSON.stringify(parsed)).not.toMatch(/price|1234|kari@/);
  });

  it('rejects references to things that do not exist', () => {
    const dataset = minimalDataset();
    dataset.subscriptions.push({ libraryId: 'fb-9999', serviceId: 'netflix', year: 2030, status: 'active' });
    const messages = Dataset.safeParse(dataset).error?.issues.map((i) => i.message);
    expect(messages).toEqual(['unknown library fb-9999', 'unknown service netflix', 'unknown agreement year 2030']);
  });

  it('rejects duplicate subscriptions and malformed identifiers', () => {
    const dataset = minimalDataset();
    dataset.subscriptions.push({ ...dataset.subscriptions[0]! });
    dataset.municipalities[0]!.number = '301';
    const messages = Dataset.safeParse(dataset).error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    expect(messages).toContain('municipalities.0.number: four-digit municipality number (kommunenummer)');
    const duplicate = Dataset.safeParse({ ...minimalDataset(), subscriptions: dataset.subscriptions }).error?.issues.map((i) => i.message);
    expect(duplicate).toEqual(['duplicate subscriptions key "fb-0301|filmbib|2026"']);
  });
});
