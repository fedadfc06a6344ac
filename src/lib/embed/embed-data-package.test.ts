import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { embedDataPackage } from './embed-data-package';
import { rowsToCsv } from './views';

const header = ['kommunenummer', 'kommune', 'fylke', 'verdi', 'tekst'];

describe('embedDataPackage', () => {
  it("types every column of the embed's CSV: the municipality number as text (0301 keeps its zero), the value as a number", () => {
    const pkg = embedDataPackage({ title: 'PressReader', header, demoColumn: ['eksempeldata', 'ja'], version: 'abc', created: '2026-01-01T00:00:00Z' });
    const resource = (pkg.resources as Array<{ path: string; schema: { fields: Array<{ name: string; type: string }> } }>)[0]!;
    expect(resource.path).toBe('data.csv');
    const csv = rowsToCsv([{ kommunenummer: '0301', kommune: 'Oslo', fylke: 'Oslo', verdi: 3, tekst: '3 tjenester' }], header, ['eksempeldata', 'ja']);
    const columns = Object.keys((parse(csv, { columns: true, bom: true }) as Record<string, string>[])[0]!);
    expect(resource.schema.fields.map((f) => f.name)).toEqual(columns);
    expect(resource.schema.fields.find((f) => f.name === 'kommunenummer')!.type).toBe('string');
    expect(resource.schema.fields.find((f) => f.name === 'verdi')!.type).toBe('number');
  });
});
