/**
 * The search index as shipped to the browser (/sok/indeks.json): only the fields a result shows,
 * as positional tuples that refer to each other by array position, so the file stays small.
 * It carries no language: labels for kinds and categories live in ./strings.ts.
 */
export const SEARCH_INDEX_VERSION = 1;

/** [slug, name, official name when different] */
export type CountyRow = [string, string, string?];
/** [kommunenummer, official name (may be multilingual), county position, short name when different] */
export type MunicipalityRow = [string, string, number, string?];
/** [slug or 0 when it is slugify(name), name, 0 public / 1 school, seat municipality position, ...other municipalities served] */
export type LibraryRow = [string | 0, string, 0 | 1, number, ...number[]];
/** [slug, name] */
export type VendorRow = [string, string];
/** [slug, name, vendor position, category id] */
export type ServiceRow = [string, string, number, string];
/**
 * [place name, municipality position, first postcode, ...differences to the previous postcode].
 * Every postcode of the country is in exactly one row.
 */
export type PlaceRow = [string, number, number, ...number[]];

export interface SearchIndex {
  v: typeof SEARCH_INDEX_VERSION;
  counties: CountyRow[];
  municipalities: MunicipalityRow[];
  libraries: LibraryRow[];
  vendors: VendorRow[];
  services: ServiceRow[];
  /** Category ids in display order. */
  categories: string[];
  places: PlaceRow[];
}
