/**
 * The Frictionless Data Package (datapackage.json) that types the open-data CSVs: each column's
 * type, constraints and meaning, the keys between the tables, licence and sources.
 */
import type { Lang } from '../i18n/lang';
import { DEMO_COLUMN, OPEN_TABLES, type OpenTable } from './tables';
import { AUDIENCES, BILLINGS, CATEGORIES, FUNDINGS, SERVICE_STATUSES, type Dataset } from '../dataset/schema';

/** A Table Schema field (https://specs.frictionlessdata.io/table-schema/). */
export interface SchemaField {
  name: string;
  type: 'string' | 'integer' | 'number' | 'boolean';
  format?: 'uri';
  description?: string;
  constraints?: { required?: boolean; unique?: boolean; pattern?: string; enum?: string[]; minimum?: number; maximum?: number };
}

const MUNICIPALITY = '\\d{4}';
const string = (constraints?: SchemaField['constraints']): Omit<SchemaField, 'name'> => ({ type: 'string', ...(constraints ? { constraints } : {}) });
const required = (pattern?: string) => string({ required: true, ...(pattern ? { pattern } : {}) });
const count = (): Omit<SchemaField, 'name'> => ({ type: 'integer', constraints: { minimum: 0 } });

/**
 * Types of every CSV column. Numbers that are codes (municipality 0301, county 03, organisation
 * and library numbers) are strings with a pattern, so no reader turns 0301 into 301.
 */
function columnTypes(dataset: Dataset): Record<OpenTable['name'], Record<string, Omit<SchemaField, 'name'>>> {
  const langs = (prefix: string, spec: Omit<SchemaField, 'name'>) => Object.fromEntries((['nb', 'nn', 'en'] as const).map((l) => [`${prefix}_${l}`, spec]));
  return {
    libraries: {
      id: string({ required: true, unique: true, pattern: '^(fb-\\d{4}|vgs-\\d{9})$' }),
      kind: string({ required: true, enum: ['public', 'school'] }),
      name: required(),
      slug: string({ required: true, unique: true, pattern: '^[a-z0-9]+(-[a-z0-9]+)*$' }),
      municipalityNumber: required(`^${MUNICIPALITY}$`),
      servesMunicipalities: required(`^${MUNICIPALITY}( ${MUNICIPALITY})*$`),
      countyNumber: string({ required: true, pattern: '^\\d{2}$', enum: dataset.counties.map((c) => c.number).sort() }),
      lat: { type: 'number', constraints: { minimum: 57, maximum: 72 } },
      lon: { type: 'number', constraints: { minimum: 4, maximum: 32 } },
      inhabitantsServed: count(),
      studentsAndStaff: count(),
      libraryNumber: string({ pattern: '^\\d{7}$' }),
      organisationNumber: string({ pattern: '^\\d{9}$' }),
    },
    services: {
      id: string({ required: true, unique: true, pattern: '^[a-z0-9]+(-[a-z0-9]+)*$' }),
      name: required(),
      vendor: required(),
      category: string({ required: true, enum: [...CATEGORIES] }),
      audience: string({ required: true, enum: [...AUDIENCES] }),
      funding: string({ required: true, enum: [...FUNDINGS] }),
      // Empty where no source says how the service is billed.
      billing: string({ enum: [...BILLINGS] }),
      status: string({ required: true, enum: [...SERVICE_STATUSES] }),
      // false: the ordering system does not record who has it (figures/counts.ts).
      recorded: string({ required: true, enum: ['true', 'false'] }),
      described: { type: 'boolean', constraints: { required: true } },
      // Empty where no product page was found (a company home page is not the product's page).
      url: { type: 'string', format: 'uri' },
      ...langs('description', required()),
      ...langs('access', required()),
      ...langs('evidence', { type: 'string' }),
    },
    subscriptions: {
      libraryId: required('^(fb-\\d{4}|vgs-\\d{9})$'),
      serviceId: required('^[a-z0-9]+(-[a-z0-9]+)*$'),
      year: { type: 'integer', constraints: { required: true, minimum: 2000, maximum: 2100 } },
      status: string({ required: true, enum: ['active', 'cancelled'] }),
    },
  };
}

const KEYS: Record<OpenTable['name'], { primaryKey: string[]; foreignKeys?: { fields: string; reference: { resource: string; fields: string } }[] }> = {
  libraries: { primaryKey: ['id'] },
  services: { primaryKey: ['id'] },
  subscriptions: {
    primaryKey: ['libraryId', 'serviceId', 'year'],
    foreignKeys: [
      { fields: 'libraryId', reference: { resource: 'libraries', fields: 'id' } },
      { fields: 'serviceId', reference: { resource: 'services', fields: 'id' } },
    ],
  },
};

/** Each CSV column's meaning in a language, from the table's field descriptions. */
function meanings(table: OpenTable, lang: Lang): Map<string, string> {
  return new Map(table.fields.flatMap((f) => f.name.split(', ').map((name) => [name, f.meaning[lang]] as const)));
}

/**
 * The Frictionless Data Package (https://specs.frictionlessdata.io/data-package/) that describes
 * /data/*.csv: a Table Schema per file with types, patterns, enums, keys, and the licences and
 * sources. Paths are relative, so the package reads the same on any host.
 */
export function dataPackage(dataset: Dataset, site: string): Record<string, unknown> {
  const types = columnTypes(dataset);
  return {
    profile: 'tabular-data-package',
    name: 'hvem-har-hva',
    title: 'Hvem har hva? Digitale tjenester i norske folkebibliotek og videregående skoler',
    description:
      'Which digital content services (bought through the national consortium Bibliotek24) each Norwegian public library and county-run upper-secondary school library offers, per agreement year.' +
      (dataset.source.isDemo ? ' DEMO DATA: the subscriptions are fictitious; every row says so in the column "eksempeldata".' : ''),
    homepage: new URL('/data/', site).href,
    version: dataset.source.sha256.slice(0, 12),
    created: dataset.source.pulledAt,
    keywords: ['bibliotek', 'library', 'Bibliotek24', 'digitale tjenester', 'Norway'],
    licenses: [
      { name: 'NLOD-2.0', path: 'https://data.norge.no/nlod/no/2.0', title: 'Norsk lisens for offentlige data (NLOD) 2.0' },
      {
        name: 'CC-BY-4.0',
        path: 'https://creativecommons.org/licenses/by/4.0/',
        title: 'Creative Commons Attribution 4.0: municipality and county boundaries © Kartverket; population SSB',
      },
    ],
    sources: [
      { title: `Bibliotek24 ordering system export (${dataset.source.isDemo ? 'embedded demo export, fictitious subscriptions' : dataset.source.name})` },
      { title: 'Kartverket, Administrative enheter 2024 (municipalities, counties)', path: 'https://kartkatalog.geonorge.no/' },
      { title: 'Statistics Norway (SSB), population 1 January 2024, table 07459', path: 'https://www.ssb.no/statbank/table/07459' },
      { title: 'Utdanningsdirektoratet, Nasjonalt skoleregister (NSR), via Geonorge', path: 'https://nsr.udir.no/' },
    ],
    resources: OPEN_TABLES.map((table) => {
      const meaning = meanings(table, 'en');
      const columns = Object.keys(table.rows(dataset)[0] ?? Object.fromEntries(Object.keys(types[table.name]).map((k) => [k, null])));
      const fields: SchemaField[] = columns.map((name) => ({ name, ...types[table.name][name]!, description: meaning.get(name) }));
      if (dataset.source.isDemo)
        fields.push({
          name: DEMO_COLUMN.name,
          type: 'string',
          description: 'Demo data: every row is fictitious',
          constraints: { required: true, enum: [DEMO_COLUMN.value] },
        });
      return {
        profile: 'tabular-data-resource',
        name: table.name,
        path: `${table.name}.csv`,
        format: 'csv',
        mediatype: 'text/csv',
        encoding: 'utf-8',
        dialect: { delimiter: ',', header: true, doubleQuote: true },
        schema: { fields, missingValues: [''], ...KEYS[table.name] },
      };
    }),
  };
}
