/**
 * The export is the catalogue's source: every product it lists is published. The hand catalogue
 * (data/catalogue/services.json) only enriches a product it knows, by its name or an alias (for a
 * renamed product). A product it lacks is created from what the export says (publisher, product
 * category, who ordered it), marked "not yet described", counted as bought (it was ordered), and
 * named in the pull's summary as a warning.
 */
import { normaliseName, type Catalogue, type CatalogueService } from '../dataset/catalogue';
import { CATEGORIES, type Category } from '../dataset/schema';
import type { Problem } from '../source/problems';
import type { ExportRow } from './export-row';

/** The catalogue's services by their normalised name and every alias. */
export function catalogueLookup(catalogue: Catalogue): Map<string, CatalogueService> {
  const lookup = new Map<string, CatalogueService>();
  for (const service of catalogue.services) {
    for (const name of [service.name, ...(service.aliases ?? [])]) lookup.set(normaliseName(name), service);
  }
  return lookup;
}

/** The ordering system's category words (nb and en) mapped to the dataset's categories. */
const CATEGORY_WORDS: [RegExp, Category][] = [
  [/avis|magasin|news|magazine|tidsskrift.*avis/i, 'news-magazines'],
  [/film|video|strøm|stream/i, 'film'],
  [/musikk|music|lyd(?!bok)/i, 'music'],
  [/oppslag|ordbok|ordbøker|leksikon|reference|dictionar|encyclop/i, 'reference'],
  [/database|tidsskrift|journal|artikl|article/i, 'databases-journals'],
  [/språk|sprak|language/i, 'language-learning'],
  [/bøker|bok|book|lydbok|audio/i, 'books-audiobooks'],
];

export function categoryFromExport(word: string): Category {
  const trimmed = word.trim();
  if ((CATEGORIES as readonly string[]).includes(trimmed)) return trimmed as Category;
  return CATEGORY_WORDS.find(([pattern]) => pattern.test(trimmed))?.[1] ?? 'other';
}

export const NOT_DESCRIBED = { nb: 'Ikke beskrevet ennå.', nn: 'Ikkje skildra enno.', en: 'Not yet described.' } as const;

/** Where a product the catalogue lacks has no publisher in the export. */
export const UNKNOWN_VENDOR = 'Leverandør ikke oppgitt';

export interface GrownCatalogue {
  catalogue: Catalogue;
  /** Products the export lists and the catalogue lacked, as the export names them. */
  created: string[];
  /** The rows, each naming its product as the grown catalogue does. */
  rows: ExportRow[];
  warnings: Problem[];
}

/** The catalogue with every product of `rows` it lacks added (rows carry the export's name for those). */
export function growCatalogue(catalogue: Catalogue, rows: readonly ExportRow[], file: string, sourceName: string, pulledOn: string): GrownCatalogue {
  const known = catalogueLookup(catalogue);
  const vendors = [...catalogue.vendors];
  const vendorNames = new Set(vendors.map((v) => normaliseName(v.name)));
  const byName = new Map<string, { name: string; vendor: string; category: string; audiences: Set<ExportRow['memberType']>; row: number }>();
  for (const row of rows) {
    const key = normaliseName(row.serviceName);
    if (known.has(key)) continue;
    const entry = byName.get(key) ?? { name: row.serviceName, vendor: '', category: '', audiences: new Set(), row: row.row };
    entry.vendor ||= row.vendorName;
    entry.category ||= row.productCategory;
    entry.audiences.add(row.memberType);
    byName.set(key, entry);
  }
  const services = [...catalogue.services];
  const warnings: Problem[] = [];
  for (const entry of byName.values()) {
    const vendor = entry.vendor || UNKNOWN_VENDOR;
    if (!vendorNames.has(normaliseName(vendor))) {
      vendors.push({ name: vendor });
      vendorNames.add(normaliseName(vendor));
    }
    const vendorName = vendors.find((v) => normaliseName(v.name) === normaliseName(vendor))!.name;
    services.push({
      name: entry.name,
      vendor: vendorName,
      category: categoryFromExport(entry.category),
      audience: entry.audiences.size === 2 ? 'both' : entry.audiences.has('school') ? 'school' : 'public',
      funding: 'bought',
      billing: null,
      // The export proves it was ordered through the consortium: that is the evidence.
      status: 'confirmed',
      evidence: [
        {
          source: `Bibliotek24: the ordering system's export (${sourceName})`,
          date: pulledOn,
          note: {
            nb: 'Bestilt gjennom Bibliotek24 ifølge eksporten fra bestillingssystemet; tjenesten er ikke beskrevet ennå.',
            nn: 'Bestilt gjennom Bibliotek24 ifølgje eksporten frå bestillingssystemet; tenesta er ikkje skildra enno.',
            en: "Ordered through Bibliotek24 according to the ordering system's export; the service is not yet described.",
          },
        },
      ],
      url: null,
      access: { ...NOT_DESCRIBED },
      description: { ...NOT_DESCRIBED },
      described: false,
    });
    warnings.push({
      file,
      row: entry.row,
      message: `new product "${entry.name}" (${vendorName}) is not in data/catalogue/services.json: published as "not yet described"; add a description there (or an alias if it was renamed)`,
    });
  }
  const grown = { vendors, services };
  const lookup = catalogueLookup(grown);
  const named = rows.map((row) => ({ ...row, serviceName: lookup.get(normaliseName(row.serviceName))!.name }));
  return { catalogue: grown, created: [...byName.values()].map((e) => e.name), rows: named, warnings };
}
