import { describe, expect, it } from 'vitest';
import { Dataset } from './schema';
import { oneLibraryDataset as minimalDataset, publicLibrary, testMunicipality } from './test-data';

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

  it("rejects a library whose former slug is another library's slug: an address belongs to one library", () => {
    const dataset = minimalDataset();
    dataset.municipalities.push(testMunicipality('0302', 'Oslo 2', 10));
    dataset.libraries.push(publicLibrary('0302', { name: 'Ny', slug: 'ny', formerSlugs: ['deichman'] }));
    expect(Dataset.safeParse(dataset).error?.issues.map((i) => i.message)).toEqual(['duplicate libraries key "slug:deichman" (also library 0)']);
    dataset.libraries[1]!.formerSlugs = ['gammel'];
    expect(Dataset.safeParse(dataset).success).toBe(true);
  });

  it("rejects a library name the build can't publish: too long, or holding the build's placeholders", () => {
    for (const name of ['x'.repeat(151), 'Oslo %%hhh-frozen-0%%', 'Oslo {n}']) {
      const dataset = minimalDataset();
      dataset.libraries[0]!.name = name;
      expect(Dataset.safeParse(dataset).success, name).toBe(false);
    }
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
