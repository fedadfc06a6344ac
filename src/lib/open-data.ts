/**
 * The open-data files under /data/ (CSV and JSON of libraries, services and subscriptions), the
 * description of their fields, and the Atom feed of added and cancelled subscriptions.
 */
import { stringify } from 'csv-stringify/sync';
import type { Lang } from './i18n/lang';
import type { Dataset } from './schema';
import type { YearChanges } from './stats';

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
      f('id', 'Stabil nøkkel: fb-<kommunenummer> eller vgs-<organisasjonsnummer>', 'Stabil nøkkel: fb-<kommunenummer> eller vgs-<organisasjonsnummer>', 'Stable key: fb-<municipality number> or vgs-<organisation number>'),
      f('kind', 'public (folkebibliotek) eller school (videregående skole)', 'public (folkebibliotek) eller school (vidaregåande skule)', 'public (public library) or school (upper-secondary school)'),
      f('name', 'Navn', 'Namn', 'Name'),
      f('slug', 'Del av adressen til siden', 'Del av adressa til sida', 'Part of the page address'),
      f('municipalityNumber', 'Kommunenummeret der biblioteket ligger', 'Kommunenummeret der biblioteket ligg', 'Municipality number of the seat'),
      f('servesMunicipalities', 'Kommunene biblioteket betjener, skilt med mellomrom', 'Kommunane biblioteket tener, skilde med mellomrom', 'Municipalities served, separated by spaces'),
      f('countyNumber', 'Fylkesnummer', 'Fylkesnummer', 'County number'),
      f('lat', 'Breddegrad (WGS 84), tom om ukjent', 'Breiddegrad (WGS 84), tom om ukjend', 'Latitude (WGS 84), empty if unknown'),
      f('lon', 'Lengdegrad (WGS 84), tom om ukjent', 'Lengdegrad (WGS 84), tom om ukjend', 'Longitude (WGS 84), empty if unknown'),
      f('inhabitantsServed', 'Folkebibliotek: innbyggere i kommunene det betjener (SSB)', 'Folkebibliotek: innbyggjarar i kommunane det tener (SSB)', 'Public libraries: inhabitants of the municipalities served (Statistics Norway)'),
      f('studentsAndStaff', 'Skoler: elever og ansatte', 'Skular: elevar og tilsette', 'Schools: students and staff'),
      f('libraryNumber', 'Biblioteknummer i BaseBibliotek (ISIL NO-<nummer>), tom om ukjent', 'Biblioteknummer i BaseBibliotek (ISIL NO-<nummer>), tom om ukjend', 'Library number in BaseBibliotek (ISIL NO-<number>), empty if unknown'),
      f('organisationNumber', 'Organisasjonsnummer (skoler)', 'Organisasjonsnummer (skular)', 'Organisation number (schools)'),
    ],
    rows: (d) => d.libraries.map((l) => ({
      id: l.id, kind: l.kind, name: l.name, slug: l.slug, municipalityNumber: l.municipalityNumber,
      servesMunicipalities: l.servesMunicipalities.join(' '), countyNumber: l.countyNumber,
      lat: l.position?.lat ?? null, lon: l.position?.lon ?? null, inhabitantsServed: l.inhabitantsServed,
      studentsAndStaff: l.studentsAndStaff, libraryNumber: l.libraryNumber, organisationNumber: l.organisationNumber,
    })),
  },
  {
    name: 'services',
    fields: [
      f('id', 'Stabil nøkkel', 'Stabil nøkkel', 'Stable key'),
      f('name', 'Navn', 'Namn', 'Name'),
      f('vendor', 'Leverandør', 'Leverandør', 'Vendor'),
      f('category', 'Kategori (news-magazines, film, music, reference, databases-journals, language-learning, books-audiobooks)', 'Kategori (news-magazines, film, music, reference, databases-journals, language-learning, books-audiobooks)', 'Category (news-magazines, film, music, reference, databases-journals, language-learning, books-audiobooks)'),
      f('audience', 'Hvem den er for: public, school eller both', 'Kven ho er for: public, school eller both', 'Who it is for: public, school or both'),
      f('funding', 'bought (kjøpt gjennom Bibliotek24), county-funded (støttet av fylket), state-funded (betalt av staten) eller network-free (gratis på bibliotekets nett)', 'bought (kjøpt gjennom Bibliotek24), county-funded (støtta av fylket), state-funded (betalt av staten) eller network-free (gratis på nettet til biblioteket)', "bought (through Bibliotek24), county-funded (county-supported), state-funded (paid by the state) or network-free (free on the library's network)"),
      f('billing', 'subscription, pay-per-use eller tom (ukjent)', 'subscription, pay-per-use eller tom (ukjend)', 'subscription, pay-per-use or empty (unknown)'),
      f('status', 'confirmed, unconfirmed eller example (se /om/)', 'confirmed, unconfirmed eller example (sjå /om/)', 'confirmed, unconfirmed or example (see /om/)'),
      f('url', 'Produktside (tom når bare firmaets hjemmeside er kjent)', 'Produktside (tom når berre heimesida til firmaet er kjend)', "Product page (empty when only the company's home page is known)"),
      f('description_nb, description_nn, description_en', 'Beskrivelse på bokmål, nynorsk og engelsk', 'Skildring på bokmål, nynorsk og engelsk', 'Description in bokmål, nynorsk and English'),
      f('access_nb, access_nn, access_en', 'Slik får en bruker tilgang', 'Slik får ein brukar tilgang', 'How a user gets access'),
    ],
    rows: (d) => {
      const vendor = new Map(d.vendors.map((v) => [v.id, v.name]));
      return d.services.map((s) => ({
        id: s.id, name: s.name, vendor: vendor.get(s.vendorId) ?? s.vendorId, category: s.category, audience: s.audience, funding: s.funding, billing: s.billing ?? '', status: s.status, url: s.url ?? '',
        description_nb: s.description.nb, description_nn: s.description.nn, description_en: s.description.en,
        access_nb: s.access.nb, access_nn: s.access.nn, access_en: s.access.en,
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

export function toCsv(rows: Row[]): string {
  if (rows.length === 0) return '';
  return stringify(rows, { header: true, columns: Object.keys(rows[0]!), cast: { boolean: (b) => String(b) } });
}

function xml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

export interface FeedOptions {
  site: string;
  title: string;
  added: (library: string, service: string, year: number) => string;
  cancelled: (library: string, service: string, year: number) => string;
}

/** An Atom feed with one entry per added or cancelled subscription, newest agreement year first. */
export function atomFeed(dataset: Dataset, changes: readonly YearChanges[], options: FeedOptions): string {
  const library = new Map(dataset.libraries.map((l) => [l.id, l]));
  const service = new Map(dataset.services.map((s) => [s.id, s]));
  const start = new Map(dataset.periods.map((p) => [p.year, p.start]));
  // The pull records the day it saw each change (issue 3); without that record, the start of the agreement year stands in.
  const seen = new Map<string, string>();
  for (const c of dataset.changes ?? []) seen.set(`${c.year}|${c.change}|${c.libraryId}|${c.serviceId}`, c.date);
  const url = (path: string) => new URL(path, options.site).href;
  const entries: string[] = [];
  for (const c of [...changes].sort((a, b) => b.year - a.year)) {
    for (const [kind, list] of [['added', c.added], ['cancelled', c.cancelled]] as const) {
      for (const change of list) {
        const updated = `${seen.get(`${c.year}|${kind}|${change.libraryId}|${change.serviceId}`) ?? start.get(c.year)}T00:00:00Z`;
        const l = library.get(change.libraryId)!;
        const s = service.get(change.serviceId)!;
        const title = options[kind](l.name, s.name, c.year);
        entries.push(
          `<entry><id>${xml(url(`/endringer/#${c.year}-${kind}-${l.id}-${s.id}`))}</id><title>${xml(title)}</title>` +
            `<updated>${updated}</updated><link href="${xml(url(`/bibliotek/${l.slug}/`))}"/>` +
            `<category term="${kind}"/><content type="text">${xml(title)}</content></entry>`,
        );
      }
    }
  }
  return (
    `<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom">` +
    `<title>${xml(options.title)}</title><id>${xml(url('/endringer/'))}</id>` +
    `<link rel="self" href="${xml(url('/endringer/feed.xml'))}"/><link href="${xml(url('/endringer/'))}"/>` +
    `<updated>${dataset.source.pulledAt}</updated><author><name>Hvem har hva?</name></author>\n` +
    entries.join('\n') +
    `\n</feed>\n`
  );
}
