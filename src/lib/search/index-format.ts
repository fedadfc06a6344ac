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
/**
 * [slug or 0 when it is slugify(name), name, 0 public / 1 school, municipality positions "seat other …"].
 * Positions as a string for the reason given at PlaceRow.
 */
export type LibraryRow = [string | 0, string, 0 | 1, string] | [string | 0, string, 0 | 1, string, string[]];
/** [slug, name] */
export type VendorRow = [string, string];
/** [slug, name, vendor position, category id] */
export type ServiceRow = [string, string, number, string];
/**
 * [place name, municipality position, postcodes as "first difference difference …"].
 * Every postcode of the country is in exactly one row. A string rather than a list of numbers:
 * as short, and runs of comma-separated digits would look like prices to the dist leak check.
 */
export type PlaceRow = [string, number, string];

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

/** The positions of a library's municipalities, its seat first. */
export function decodePositions(text: string): number[] {
  return text.split(' ').map(Number);
}

/** Ascending postcodes as the first code and the differences between neighbours: "3001 1 1 2". */
export function encodePostcodes(codes: readonly number[]): string {
  const sorted = [...codes].sort((a, b) => a - b);
  return sorted.map((code, i) => (i === 0 ? code : code - sorted[i - 1]!)).join(' ');
}

/** The four-digit postcodes of an encoded list. */
export function decodePostcodes(text: string): string[] {
  let code = 0;
  return text.split(' ').map((step) => {
    code += Number(step);
    return String(code).padStart(4, '0');
  });
}
