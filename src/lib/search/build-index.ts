/** Builds the compact search index from the dataset and the postcode register, at build time. */
import type { Dataset } from '../dataset/schema';
import { CATEGORIES } from '../dataset/schema';
import { slugify } from '../slug';
import type { Postcode } from './postcodes';
import { encodePostcodes, SEARCH_INDEX_VERSION, type LibraryRow, type PlaceRow, type SearchIndex } from './index-format';

export function buildSearchIndex(dataset: Dataset, postcodes: readonly Postcode[]): SearchIndex {
  const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name, 'nb');
  const counties = [...dataset.counties].sort(byName);
  const municipalities = [...dataset.municipalities].sort(byName);
  const vendors = [...dataset.vendors].sort(byName);
  const countyAt = new Map(counties.map((c, i) => [c.number, i]));
  const municipalityAt = new Map(municipalities.map((m, i) => [m.number, i]));
  const vendorAt = new Map(vendors.map((v, i) => [v.id, i]));
  const position = (map: Map<string, number>, key: string, what: string) => {
    const at = map.get(key);
    if (at === undefined) throw new Error(`search index: unknown ${what} ${key}`);
    return at;
  };

  const libraries = [...dataset.libraries].sort(byName).map((l): LibraryRow => {
    const others = l.servesMunicipalities.filter((n) => n !== l.municipalityNumber).map((n) => position(municipalityAt, n, 'municipality'));
    const seat = position(municipalityAt, l.municipalityNumber, 'municipality');
    const row: LibraryRow = [l.slug === slugify(l.name) ? 0 : l.slug, l.name, l.kind === 'public' ? 0 : 1, [seat, ...others].join(' ')];
    // Other names it is known by ("Deichman"), only where it has some: most rows stay short.
    return l.alsoKnownAs?.length ? [...row, l.alsoKnownAs] : row;
  });

  // One row per place and municipality, carrying its postcodes.
  const codesByPlace = new Map<string, { place: string; municipality: number; codes: number[] }>();
  for (const p of postcodes) {
    const municipality = position(municipalityAt, p.municipalityNumber, 'municipality (postcode ' + p.code + ')');
    const key = `${p.place}|${municipality}`;
    const entry = codesByPlace.get(key) ?? { place: p.place, municipality, codes: [] };
    entry.codes.push(Number(p.code));
    codesByPlace.set(key, entry);
  }
  const places = [...codesByPlace.values()]
    .sort((a, b) => a.place.localeCompare(b.place, 'nb') || a.municipality - b.municipality)
    .map(({ place, municipality, codes }): PlaceRow => [place, municipality, encodePostcodes(codes)]);

  return {
    v: SEARCH_INDEX_VERSION,
    counties: counties.map((c) => (c.officialName !== c.name ? [c.slug, c.name, c.officialName] : [c.slug, c.name])),
    municipalities: municipalities.map((m) => {
      const county = position(countyAt, m.countyNumber, 'county');
      return m.shortName !== m.name ? [m.number, m.name, county, m.shortName] : [m.number, m.name, county];
    }),
    libraries,
    vendors: vendors.map((v) => [v.slug, v.name]),
    services: [...dataset.services].sort(byName).map((s) => [s.slug, s.name, position(vendorAt, s.vendorId, 'vendor'), s.category]),
    categories: CATEGORIES.filter((c) => dataset.services.some((s) => s.category === c)),
    places,
  };
}
