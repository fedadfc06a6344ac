/**
 * The Frictionless Data Package beside each embed's data.csv (views.ts rowsToCsv writes it): the
 * columns' types in the CSV's own language, so a reader keeps 0301 as text and reads the value as
 * a number. Paths are relative: the package reads the same on any host and in a frozen version.
 */
import type { SchemaField } from '../open-data/data-package';

export interface EmbedPackageInput {
  /** The widget's title, the package's title. */
  title: string;
  /** The CSV's column headings (number, municipality, county, value, text). */
  header: readonly string[];
  /** Demo data: the extra column and its one value. */
  demoColumn?: readonly [string, string];
  /** The dataset version (frozen URL segment). */
  version: string;
  created: string;
}

export function embedDataPackage({ title, header, demoColumn, version, created }: EmbedPackageInput): Record<string, unknown> {
  const [number = 'kommunenummer', municipality = 'kommune', county = 'fylke', value = 'verdi', text = 'tekst'] = header;
  const fields: SchemaField[] = [
    {
      name: number,
      type: 'string',
      description: 'Municipality number (four digits, keep the leading zero)',
      constraints: { required: true, unique: true, pattern: '^\\d{4}$' },
    },
    { name: municipality, type: 'string', description: 'Municipality', constraints: { required: true } },
    { name: county, type: 'string', description: 'County', constraints: { required: true } },
    { name: value, type: 'number', description: "The figure the widget's map shades by", constraints: { required: true } },
    { name: text, type: 'string', description: 'The figure as the widget writes it' },
  ];
  if (demoColumn)
    fields.push({
      name: demoColumn[0],
      type: 'string',
      description: 'Demo data: every row is fictitious',
      constraints: { required: true, enum: [demoColumn[1]] },
    });
  return {
    profile: 'tabular-data-package',
    name: 'hvem-har-hva-embed',
    title,
    version,
    created,
    licenses: [{ name: 'NLOD-2.0', path: 'https://data.norge.no/nlod/no/2.0', title: 'Norsk lisens for offentlige data (NLOD) 2.0' }],
    resources: [
      {
        profile: 'tabular-data-resource',
        name: 'data',
        path: 'data.csv',
        format: 'csv',
        mediatype: 'text/csv',
        encoding: 'utf-8',
        dialect: { delimiter: ',', header: true, doubleQuote: true, lineTerminator: '\r\n' },
        schema: { fields, missingValues: [''], primaryKey: [number] },
      },
    ],
  };
}
