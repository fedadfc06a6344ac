/**
 * The open-data files under /data/ (CSV and JSON of libraries, services and subscriptions), the
 * description of their fields, the Frictionless Data Package that types them (datapackage.json),
 * and the Atom feed of added and cancelled subscriptions.
 */
import { csvText } from './csv';
import type { Lang } from './i18n/lang';
import { AUDIENCES, BILLINGS, CATEGORIES, FUNDINGS, SERVICE_STATUSES, type Dataset } from './schema';
import type { YearChanges } from './stats';
import { libraryPath, localePath } from './site/urls';
import { escapeMarkup } from './escape';

type Text = Record<Lang, string>;
type Row = Record<string, string | number | boolean | null>;

export interface OpenTable {
  name: 'libraries' | 'services' | 'subscriptions';
  fields: { name: string; meaning: Text }[];
  rows: (dataset: Dataset) => Row[];
}

const f = (name: string, nb: string, nn: string, en: string) => ({ name, meaning: { nb, nn, en } });

export const OPEN_TABLES: OpenTable[] = [
  {
    name: 'libraries',
    fields: [
      f(
        'id',
        'Stabil nøkkel: fb-<kommunenummer> eller vgs-<organisasjonsnummer>',
        'Stabil nøkkel: fb-<kommunenummer> eller vgs-<organisasjonsnummer>',
        'Stable key: fb-<municipality number> or vgs-<organisation number>',
      ),
      f(
        'kind',
        'public (folkebibliotek) eller school (videregående skole)',
        'public (folkebibliotek) eller school (vidaregåande skule)',
        'public (public library) or school (upper-secondary school)',
      ),
      f('name', 'Navn', 'Namn', 'Name'),
      f('slug', 'Del av adressen til siden', 'Del av adressa til sida', 'Part of the page address'),
      f('municipalityNumber', 'Kommunenummeret der biblioteket ligger', 'Kommunenummeret der biblioteket ligg', 'Municipality number of the seat'),
      f(
        'servesMunicipalities',
        'Kommunene biblioteket betjener, skilt med mellomrom',
        'Kommunane biblioteket tener, skilde med mellomrom',
        'Municipalities served, separated by spaces',
      ),
      f('countyNumber', 'Fylkesnummer', 'Fylkesnummer', 'County number'),
      f('lat', 'Breddegrad (WGS 84), tom om ukjent', 'Breiddegrad (WGS 84), tom om ukjend', 'Latitude (WGS 84), empty if unknown'),
      f('lon', 'Lengdegrad (WGS 84), tom om ukjent', 'Lengdegrad (WGS 84), tom om ukjend', 'Longitude (WGS 84), empty if unknown'),
      f(
        'inhabitantsServed',
        'Folkebibliotek: innbyggere i kommunene det betjener (SSB)',
        'Folkebibliotek: innbyggjarar i kommunane det tener (SSB)',
        'Public libraries: inhabitants of the municipalities served (Statistics Norway)',
      ),
      f('studentsAndStaff', 'Skoler: elever og ansatte', 'Skular: elevar og tilsette', 'Schools: students and staff'),
      f(
        'libraryNumber',
        'Biblioteknummer i BaseBibliotek (ISIL NO-<nummer>), tom om ukjent',
        'Biblioteknummer i BaseBibliotek (ISIL NO-<nummer>), tom om ukjend',
        'Library number in BaseBibliotek (ISIL NO-<number>), empty if unknown',
      ),
      f('organisationNumber', 'Organisasjonsnummer (skoler)', 'Organisasjonsnummer (skular)', 'Organisation number (schools)'),
    ],
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
    fields: [
      f('id', 'Stabil nøkkel', 'Stabil nøkkel', 'Stable key'),
      f('name', 'Navn', 'Namn', 'Name'),
      f('vendor', 'Leverandør', 'Leverandør', 'Vendor'),
      f(
        'category',
        'Kategori (news-magazines, film, music, reference, databases-journals, language-learning, books-audiobooks)',
        'Kategori (news-magazines, film, music, reference, databases-journals, language-learning, books-audiobooks)',
        'Category (news-magazines, film, music, reference, databases-journals, language-learning, books-audiobooks)',
      ),
      f('audience', 'Hvem den er for: public, school eller both', 'Kven ho er for: public, school eller both', 'Who it is for: public, school or both'),
      f(
        'funding',
        'bought (kjøpt gjennom Bibliotek24), county-funded (støttet av fylket), state-funded (betalt av staten) eller network-free (gratis på bibliotekets nett)',
        'bought (kjøpt gjennom Bibliotek24), county-funded (støtta av fylket), state-funded (betalt av staten) eller network-free (gratis på nettet til biblioteket)',
        "bought (through Bibliotek24), county-funded (county-supported), state-funded (paid by the state) or network-free (free on the library's network)",
      ),
      f(
        'billing',
        'subscription, pay-per-use eller tom (ukjent)',
        'subscription, pay-per-use eller tom (ukjend)',
        'subscription, pay-per-use or empty (unknown)',
      ),
      f(
        'status',
        'confirmed, unconfirmed eller example (se /om/)',
        'confirmed, unconfirmed eller example (sjå /om/)',
        'confirmed, unconfirmed or example (see /om/)',
      ),
      f(
        'url',
        'Produktside (tom når bare firmaets hjemmeside er kjent)',
        'Produktside (tom når berre heimesida til firmaet er kjend)',
        "Product page (empty when only the company's home page is known)",
      ),
      f(
        'description_nb, description_nn, description_en',
        'Beskrivelse på bokmål, nynorsk og engelsk',
        'Skildring på bokmål, nynorsk og engelsk',
        'Description in bokmål, nynorsk and English',
      ),
      f('access_nb, access_nn, access_en', 'Slik får en bruker tilgang', 'Slik får ein brukar tilgang', 'How a user gets access'),
    ],
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
        url: s.url ?? '',
        description_nb: s.description.nb,
        description_nn: s.description.nn,
        description_en: s.description.en,
        access_nb: s.access.nb,
        access_nn: s.access.nn,
        access_en: s.access.en,
      }));
    },
  },
  {
    name: 'subscriptions',
    fields: [
      f('libraryId', 'Biblioteket (id i libraries)', 'Biblioteket (id i libraries)', 'The library (id in libraries)'),
      f('serviceId', 'Tjenesten (id i services)', 'Tenesta (id i services)', 'The service (id in services)'),
      f('year', 'Avtaleår', 'Avtaleår', 'Agreement year'),
      f('status', 'active eller cancelled (sagt opp)', 'active eller cancelled (sagt opp)', 'active or cancelled'),
    ],
    rows: (d) => d.subscriptions.map((s) => ({ libraryId: s.libraryId, serviceId: s.serviceId, year: s.year, status: s.status })),
  },
];

/** The column that marks every CSV row as demo data (a CSV travels without the page's banner). */
export const DEMO_COLUMN = { name: 'eksempeldata', value: 'ja' } as const;

/** A table's rows as its CSV writes them: with the demo column while the dataset is the demo. */
export function csvRows(table: OpenTable, dataset: Dataset): Row[] {
  const rows = table.rows(dataset);
  return dataset.source.isDemo ? rows.map((row) => ({ ...row, [DEMO_COLUMN.name]: DEMO_COLUMN.value })) : rows;
}

/** A Table Schema field (https://specs.frictionlessdata.io/table-schema/). */
export interface SchemaField {
  name: string;
  type: 'string' | 'integer' | 'number';
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
      // Empty where no product page was found (a company home page is not the product's page).
      url: { type: 'string', format: 'uri' },
      ...langs('description', required()),
      ...langs('access', required()),
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

export function toCsv(rows: Row[]): string {
  if (rows.length === 0) return '';
  const columns = Object.keys(rows[0]!);
  // csvText: a name from the export never runs as a spreadsheet formula (numbers stay numbers).
  return csvText(
    columns,
    rows.map((row) => columns.map((column) => row[column])),
  );
}

/**
 * The naming authority and date of the feeds' tag: URIs (RFC 4151). Entry ids must not change when
 * the site moves host (SITE_URL), so they are not built from it.
 */
export const FEED_TAG = 'tag:hvemharhva.no,2024:';

export interface FeedOptions {
  site: string;
  lang: Lang;
  title: string;
  added: (library: string, service: string, year: number) => string;
  cancelled: (library: string, service: string, year: number) => string;
}

/** The feed's address in a language: /endringer/feed.xml, /nn/endringer/feed.xml, /en/endringer/feed.xml. */
export function feedPath(lang: Lang): string {
  return localePath(lang, '/endringer/feed.xml');
}

/** A change's entry id: the same in every build and on every host; one per language, as each feed has its own wording. */
export function feedEntryId(lang: Lang, year: number, libraryId: string, serviceId: string, kind: 'added' | 'cancelled'): string {
  return `${FEED_TAG}${lang}/change/${year}/${encodeURIComponent(libraryId)}/${encodeURIComponent(serviceId)}/${kind}`;
}

/**
 * When the feed says a change happened: the day of the pull that first saw it, as the pull records
 * it (dataset.changes). A change older than the record (it was already in the first pull's export)
 * was first seen by the earliest recorded pull, or, before any record, by this dataset's pull.
 * Never the agreement year's 1 January, which is when the agreement starts, not when we learnt it.
 */
export function changeDates(
  dataset: Pick<Dataset, 'changes' | 'source'>,
): (year: number, kind: 'added' | 'cancelled', libraryId: string, serviceId: string) => string {
  const seen = new Map<string, string>();
  let earliest = dataset.source.pulledAt.slice(0, 10);
  for (const c of dataset.changes ?? []) {
    seen.set(`${c.year}|${c.change}|${c.libraryId}|${c.serviceId}`, c.date);
    if (c.date < earliest) earliest = c.date;
  }
  return (year, kind, libraryId, serviceId) => seen.get(`${year}|${kind}|${libraryId}|${serviceId}`) ?? earliest;
}

/** An Atom feed in one language with one entry per added or cancelled subscription, newest agreement year first. */
export function atomFeed(dataset: Dataset, changes: readonly YearChanges[], options: FeedOptions): string {
  const library = new Map(dataset.libraries.map((l) => [l.id, l]));
  const service = new Map(dataset.services.map((s) => [s.id, s]));
  const dateOf = changeDates(dataset);
  const url = (path: string) => new URL(localePath(options.lang, path), options.site).href;
  const entries: string[] = [];
  for (const c of [...changes].sort((a, b) => b.year - a.year)) {
    for (const [kind, list] of [
      ['added', c.added],
      ['cancelled', c.cancelled],
    ] as const) {
      for (const change of list) {
        const updated = `${dateOf(c.year, kind, change.libraryId, change.serviceId)}T00:00:00Z`;
        const l = library.get(change.libraryId)!;
        const s = service.get(change.serviceId)!;
        const title = options[kind](l.name, s.name, c.year);
        entries.push(
          `<entry><id>${escapeMarkup(feedEntryId(options.lang, c.year, l.id, s.id, kind))}</id><title>${escapeMarkup(title)}</title>` +
            `<updated>${updated}</updated><link href="${escapeMarkup(url(libraryPath(l.slug)))}"/>` +
            `<category term="${kind}"/><content type="text">${escapeMarkup(title)}</content></entry>`,
        );
      }
    }
  }
  return (
    `<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${options.lang}">` +
    `<title>${escapeMarkup(options.title)}</title><id>${FEED_TAG}${options.lang}/changes</id>` +
    `<link rel="self" type="application/atom+xml" href="${escapeMarkup(new URL(feedPath(options.lang), options.site).href)}"/>` +
    `<link rel="alternate" type="text/html" hreflang="${options.lang}" href="${escapeMarkup(url('/endringer/'))}"/>` +
    `<updated>${dataset.source.pulledAt}</updated><author><name>Hvem har hva?</name></author>\n` +
    entries.join('\n') +
    `\n</feed>\n`
  );
}
