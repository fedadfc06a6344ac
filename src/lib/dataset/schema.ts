/**
 * The one dataset schema. `scripts/pull.ts` validates what it writes with it, and every page
 * reads `data/dataset.json` through it, so the pull and the pages can never disagree on shape.
 * Only public fields exist here: prices and contact persons have no place to go.
 */
import { z } from 'zod';
import { BUILD_MARKER, MAX_NAME_CHARS } from '../pull/clean-text';

const countyNumber = z.string().regex(/^\d{2}$/, 'two-digit county number (fylkesnummer)');
const municipalityNumber = z.string().regex(/^\d{4}$/, 'four-digit municipality number (kommunenummer)');
// A slug is a folder name in dist/: far below the 255 bytes a file name may have.
const slug = z
  .string()
  .max(200)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'lower-case ASCII slug');
/** A library's name is a page title, a slug and a folder: short, and never the build's own placeholders. */
const libraryName = z
  .string()
  .min(1)
  .max(MAX_NAME_CHARS)
  .refine((name) => !BUILD_MARKER.test(name), "a name may not hold the build's own placeholders (%%…%%, {name})");
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'date as YYYY-MM-DD');

export const LIBRARY_KINDS = ['public', 'school'] as const;
export const AUDIENCES = ['public', 'school', 'both'] as const;
/**
 * Who pays for a service: bought by the library through the consortium; supported by the county
 * (the library may still have to order it); paid by the state (registered at every public
 * library); free on the library's own network (the library signs up with the provider).
 * The first two are services a library chose; the last two are a baseline (see stats.isChosen).
 */
export const FUNDINGS = ['bought', 'county-funded', 'state-funded', 'network-free'] as const;
/** How the consortium bills a service, where a source says so. */
export const BILLINGS = ['subscription', 'pay-per-use'] as const;
/** How sure the catalogue is that a service is in the consortium's portfolio. */
export const SERVICE_STATUSES = ['confirmed', 'unconfirmed', 'example'] as const;
export const SUBSCRIPTION_STATUSES = ['active', 'cancelled'] as const;
/** The consortium's own categories (DOMAIN.md). */
export const CATEGORIES = ['news-magazines', 'film', 'music', 'reference', 'databases-journals', 'language-learning', 'books-audiobooks', 'other'] as const;

export const LocalizedText = z.object({ nb: z.string().min(1), nn: z.string().min(1), en: z.string().min(1) });

export const County = z.object({
  number: countyNumber,
  name: z.string().min(1),
  officialName: z.string().min(1),
  population: z.number().int().nonnegative(),
  slug,
});

export const Municipality = z.object({
  number: municipalityNumber,
  /** Official name, multilingual where official ("Guovdageaidnu - Kautokeino"). */
  name: z.string().min(1),
  shortName: z.string().min(1),
  countyNumber,
  population: z.number().int().nonnegative(),
});

export const Position = z.object({ lat: z.number().min(57).max(72), lon: z.number().min(4).max(32) });

export const Library = z.object({
  /** Stable id from registry keys: `fb-<kommunenummer>` or `vgs-<organisasjonsnummer>`. */
  id: z.string().regex(/^(fb-\d{4}|vgs-\d{9})$/),
  kind: z.enum(LIBRARY_KINDS),
  name: libraryName,
  slug,
  /**
   * Slugs the library had before it was renamed: each stays its address, a page that points to
   * `slug` (src/lib/pull/slug-stability.ts). Absent when it never changed (and in older datasets).
   */
  formerSlugs: z.array(slug).optional(),
  /** Where the library is seated. */
  municipalityNumber: municipalityNumber,
  /** Every municipality it serves: one, or several for an intermunicipal library. */
  servesMunicipalities: z.array(municipalityNumber).min(1),
  countyNumber,
  position: Position.nullable(),
  /** Public libraries: inhabitants of the municipalities served (SSB). */
  inhabitantsServed: z.number().int().nonnegative().nullable(),
  /** Schools: students plus staff, as reported to the ordering system. */
  studentsAndStaff: z.number().int().nonnegative().nullable(),
  libraryNumber: z
    .string()
    .regex(/^\d{7}$/)
    .nullable(),
  organisationNumber: z
    .string()
    .regex(/^\d{9}$/)
    .nullable(),
  /** Other names the library is known by ("Deichman"), from data/registry/aliases.json; search, compare and the map match them. */
  alsoKnownAs: z.array(z.string().min(1)).optional(),
});

/**
 * Where a catalogue fact comes from: a document by its title and section, or a public page (`url`)
 * and the date it was read. `note` says what the source supports, in a sentence per language.
 */
export const Evidence = z
  .object({
    /** The document's or page's title as a reader can look it up (never an internal file id). */
    source: z.string().min(1),
    url: z.url({ protocol: /^https$/ }).optional(),
    section: z.string().min(1).optional(),
    date: isoDate.optional(),
    note: LocalizedText,
  })
  .refine((e) => e.section !== undefined || e.date !== undefined, 'evidence needs a section (documents) or a date (pages)');

/** A vendor; its website and who it is (issue 16) come from the catalogue and may be absent. */
export const Vendor = z.object({
  id: slug,
  slug,
  name: z.string().min(1),
  url: z.url({ protocol: /^https$/ }).optional(),
  about: LocalizedText.optional(),
});

/** A service's fields; `Service` adds the rule that only examples may lack evidence. */
export const ServiceFields = z.object({
  id: slug,
  slug,
  name: z.string().min(1),
  vendorId: slug,
  category: z.enum(CATEGORIES),
  audience: z.enum(AUDIENCES),
  funding: z.enum(FUNDINGS),
  /** Null where no source says how the service is billed. */
  billing: z.enum(BILLINGS).nullable(),
  /** confirmed: a source places it in the consortium's portfolio; unconfirmed: a source names it, not as sold; example: none (demo only). */
  status: z.enum(SERVICE_STATUSES),
  evidence: z.array(Evidence),
  /** The product's own page; null when only a company home page is known. */
  url: z.url({ protocol: /^https?$/ }).nullable(),
  /**
   * False when the ordering system does not record who has the service (Lovdata Pro: free on the
   * networks of libraries that ask the vendor). The site then cannot tell has from lacks: it says
   * "not recorded here" and leaves the service out of every count (figures/counts.ts). Absent: recorded.
   */
  recorded: z.boolean().optional(),
  /** How a library user gets in (library card, Feide, on site). */
  access: LocalizedText,
  description: LocalizedText,
  /** False for a product the catalogue lacks, published with what the export says ("not yet described"). */
  described: z.boolean().optional(),
  /** Published facts beside the orders, e.g. a national trial at every library (not a purchase). */
  trials: z.array(z.object({ year: z.number().int(), note: LocalizedText })).optional(),
});
/** Only a demo example may have no evidence. */
export function needsEvidence(s: { status: string; evidence: readonly unknown[] }): boolean {
  return s.status !== 'example' && s.evidence.length === 0;
}
export const Service = ServiceFields.refine((s) => !needsEvidence(s), { message: 'a confirmed or unconfirmed service needs evidence', path: ['evidence'] });

/** The agreement years a dataset can hold; the pull refuses a row outside them, naming it. */
export const AGREEMENT_YEARS = { first: 2000, last: 2100 } as const;

export const AgreementPeriod = z.object({
  year: z.number().int().min(AGREEMENT_YEARS.first).max(AGREEMENT_YEARS.last),
  start: isoDate,
  end: isoDate,
});

export const Subscription = z.object({
  libraryId: z.string(),
  serviceId: slug,
  year: z.number().int(),
  status: z.enum(SUBSCRIPTION_STATUSES),
});

/** A subscription that became active or stopped being active between two pulls. */
export const DatasetChange = z.object({
  /** The day of the pull that saw the change. */
  date: isoDate,
  libraryId: z.string(),
  serviceId: slug,
  year: z.number().int(),
  change: z.enum(['added', 'cancelled']),
});

export const DatasetSource = z.object({
  /** File name, or the URL without query string or credentials. */
  name: z.string().min(1),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  pulledAt: z.iso.datetime(),
  rows: z.number().int().nonnegative(),
  /** True when built from the embedded demo export: every page then says so. */
  isDemo: z.boolean(),
});

/** A row left out of the figures because its library can't be placed (pull/placement.ts). Public: no prices or contacts. */
export const UNPLACED_REASONS = ['unknown-municipality', 'unknown-school', 'unknown-status'] as const;
export const UnplacedRow = z.object({
  row: z.number().int().positive(),
  /** The member's name and number as the export gives them, cleaned and cut to a bounded length. */
  member: z.string().max(120),
  memberNumber: z.string().max(20).nullable(),
  reason: z.enum(UNPLACED_REASONS),
  /** The value that could not be placed (the municipality or organisation number, the status word). */
  value: z.string().max(60),
});

export const Dataset = z
  .object({
    schemaVersion: z.literal(1),
    source: DatasetSource,
    counties: z.array(County),
    municipalities: z.array(Municipality),
    libraries: z.array(Library),
    vendors: z.array(Vendor),
    services: z.array(Service),
    periods: z.array(AgreementPeriod),
    subscriptions: z.array(Subscription),
    /** Changes recorded pull by pull, oldest first; absent before the first comparison. */
    changes: z.array(DatasetChange).optional(),
    /** What the last pull left out, for the data-quality page; absent in datasets from before it existed. */
    dataQuality: z.object({ unplaced: z.array(UnplacedRow) }).optional(),
  })
  .superRefine((dataset, ctx) => {
    // Referential integrity: a dataset that passes can be rendered without lookups failing.
    const has = <T>(items: T[], key: (item: T) => string) => new Set(items.map(key));
    const counties = has(dataset.counties, (c) => c.number);
    const municipalities = has(dataset.municipalities, (m) => m.number);
    const libraries = has(dataset.libraries, (l) => l.id);
    const vendors = has(dataset.vendors, (v) => v.id);
    const services = has(dataset.services, (s) => s.id);
    const years = has(dataset.periods, (p) => String(p.year));
    const issue = (path: (string | number)[], message: string) => ctx.addIssue({ code: 'custom', path, message });
    const unique = (name: string, keys: string[]) => {
      const seen = new Set<string>();
      keys.forEach((key, i) => {
        if (seen.has(key)) issue([name, i], `duplicate ${name} key "${key}"`);
        seen.add(key);
      });
    };
    unique(
      'libraries',
      dataset.libraries.map((l) => l.id),
    );
    // A former slug is an address too: no two libraries may share any of them.
    const addresses = new Map<string, number>();
    dataset.libraries.forEach((l, i) => {
      for (const s of [l.slug, ...(l.formerSlugs ?? [])]) {
        if (addresses.has(s)) issue(['libraries', i], `duplicate libraries key "slug:${s}" (also library ${addresses.get(s)})`);
        addresses.set(s, i);
      }
    });
    unique(
      'services',
      dataset.services.map((s) => s.id),
    );
    unique(
      'vendors',
      dataset.vendors.map((v) => v.id),
    );
    unique(
      'subscriptions',
      dataset.subscriptions.map((s) => `${s.libraryId}|${s.serviceId}|${s.year}`),
    );
    dataset.municipalities.forEach((m, i) => {
      if (!counties.has(m.countyNumber)) issue(['municipalities', i], `unknown county ${m.countyNumber}`);
    });
    dataset.libraries.forEach((l, i) => {
      for (const number of [l.municipalityNumber, ...l.servesMunicipalities]) {
        if (!municipalities.has(number)) issue(['libraries', i], `unknown municipality ${number}`);
      }
      if (!counties.has(l.countyNumber)) issue(['libraries', i], `unknown county ${l.countyNumber}`);
    });
    dataset.services.forEach((s, i) => {
      if (!vendors.has(s.vendorId)) issue(['services', i], `unknown vendor ${s.vendorId}`);
    });
    dataset.subscriptions.forEach((s, i) => {
      if (!libraries.has(s.libraryId)) issue(['subscriptions', i], `unknown library ${s.libraryId}`);
      if (!services.has(s.serviceId)) issue(['subscriptions', i], `unknown service ${s.serviceId}`);
      if (!years.has(String(s.year))) issue(['subscriptions', i], `unknown agreement year ${s.year}`);
    });
  });

export type County = z.infer<typeof County>;
export type Municipality = z.infer<typeof Municipality>;
export type Library = z.infer<typeof Library>;
export type LibraryKind = Library['kind'];
export type Vendor = z.infer<typeof Vendor>;
export type Service = z.infer<typeof Service>;
export type Category = Service['category'];
export type AgreementPeriod = z.infer<typeof AgreementPeriod>;
export type Subscription = z.infer<typeof Subscription>;
export type DatasetSource = z.infer<typeof DatasetSource>;
export type DatasetChange = z.infer<typeof DatasetChange>;
export type Dataset = z.infer<typeof Dataset>;
export type UnplacedRow = z.infer<typeof UnplacedRow>;
