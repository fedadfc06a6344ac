/**
 * The open-data files under /data/ (CSV and JSON of libraries, services and subscriptions) and the
 * description of their fields. Their Data Package is in data-package.ts, the Atom feed of changes
 * in feeds/national.ts.
 */
import { csvText, DEMO_COLUMN } from './csv';
import { openData as en } from '../i18n/en';
import type { Lang } from '../i18n/lang';
import { openData as nb } from '../i18n/nb';
import { openData as nn } from '../i18n/nn';
import type { Dataset } from '../dataset/schema';
import { evidenceText } from './evidence';

type Text = Record<Lang, string>;
export type Row = Record<string, string | number | boolean | null>;

export interface OpenTable {
  name: 'libraries' | 'services' | 'subscriptions';
  fields: { name: string; meaning: Text }[];
  rows: (dataset: Dataset) => Row[];
}

/** A table's columns in the dictionaries' order, each with its meaning in every language. */
function fieldsOf(table: OpenTable['name']): OpenTable['fields'] {
  const meanings = (byTable: Record<string, string>) => byTable;
  return Object.keys(nb[table]).map((name) => ({
    name,
    meaning: { nb: meanings(nb[table])[name]!, nn: meanings(nn[table])[name]!, en: meanings(en[table])[name]! },
  }));
}

export const OPEN_TABLES: OpenTable[] = [
  {
    name: 'libraries',
    fields: fieldsOf('libraries'),
    rows: (d) =>
      d.libraries.map((l) => ({
        id: l.id,
        kind: l.kind,
        name: l.name,
        slug: l.slug,
        municipalityNumber: l.municipalityNumber,
        servesMunicipalities: l.servesMunicipalities.join(' '),
        countyNumber: l.countyNumber,
        lat: l.position?.lat ?? null,
        lon: l.position?.lon ?? null,
        inhabitantsServed: l.inhabitantsServed,
        studentsAndStaff: l.studentsAndStaff,
        libraryNumber: l.libraryNumber,
        organisationNumber: l.organisationNumber,
      })),
  },
  {
    name: 'services',
    fields: fieldsOf('services'),
    rows: (d) => {
      const vendor = new Map(d.vendors.map((v) => [v.id, v.name]));
      return d.services.map((s) => ({
        id: s.id,
        name: s.name,
        vendor: vendor.get(s.vendorId) ?? s.vendorId,
        category: s.category,
        audience: s.audience,
        funding: s.funding,
        billing: s.billing ?? '',
        status: s.status,
        recorded: s.recorded === false ? 'false' : 'true',
        described: s.described !== false,
        url: s.url ?? '',
        description_nb: s.description.nb,
        description_nn: s.description.nn,
        description_en: s.description.en,
        access_nb: s.access.nb,
        access_nn: s.access.nn,
        access_en: s.access.en,
        evidence_nb: evidenceText(s.evidence, 'nb'),
        evidence_nn: evidenceText(s.evidence, 'nn'),
        evidence_en: evidenceText(s.evidence, 'en'),
      }));
    },
  },
  {
    name: 'subscriptions',
    fields: fieldsOf('subscriptions'),
    rows: (d) => d.subscriptions.map((s) => ({ libraryId: s.libraryId, serviceId: s.serviceId, year: s.year, status: s.status })),
  },
];

export { DEMO_COLUMN };

/** A table's rows as its CSV writes them: with the demo column while the dataset is the demo. */
export function csvRows(table: OpenTable, dataset: Dataset): Row[] {
  const rows = table.rows(dataset);
  return dataset.source.isDemo ? rows.map((row) => ({ ...row, [DEMO_COLUMN.name]: DEMO_COLUMN.value })) : rows;
}

export function toCsv(rows: Row[]): string {
  if (rows.length === 0) return '';
  const columns = Object.keys(rows[0]!);
  // csvText: a name from the export never runs as a spreadsheet formula (numbers stay numbers).
  return csvText(
    columns,
    rows.map((row) => columns.map((column) => row[column])),
  );
}
