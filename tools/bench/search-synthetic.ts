/**
 * A larger country for the benchmark: every municipality, library, place, service and vendor
 * repeated `factor` times under deterministic new names ("Drammen nord", "Drammen bibliotek sør"),
 * references kept within each copy, so query cost can be measured at 10x Norway.
 */
import { slugify } from '../../src/lib/slug';
import { decodePositions, type SearchIndex } from '../../src/lib/search/index-format';

const QUALIFIERS = ['', 'nord', 'sør', 'øst', 'vest', 'indre', 'ytre', 'øvre', 'nedre', 'store', 'lille', 'nye', 'gamle'];

export function multiplyIndex(index: SearchIndex, factor: number): SearchIndex {
  if (factor < 1 || factor > QUALIFIERS.length) throw new Error(`factor must be 1..${QUALIFIERS.length}`);
  const copies = Array.from({ length: factor }, (_, k) => k);
  const named = (name: string, k: number) => (k === 0 ? name : `${name} ${QUALIFIERS[k]}`);
  const slugged = (slug: string, k: number) => (k === 0 ? slug : `${slug}-${k}`);
  const m = index.municipalities.length;
  const v = index.vendors.length;
  return {
    ...index,
    municipalities: copies.flatMap((k) =>
      index.municipalities.map(([n, name, county, short]) => [n, named(name, k), county, short && named(short, k)] as SearchIndex['municipalities'][number]),
    ),
    libraries: copies.flatMap((k) =>
      index.libraries.map(
        ([slug, name, kind, served]) =>
          [
            slug === 0 && k === 0 ? 0 : slugged(String(slug || slugify(name)), k),
            named(name, k),
            kind,
            decodePositions(served)
              .map((s) => s + k * m)
              .join(' '),
          ] as SearchIndex['libraries'][number],
      ),
    ),
    vendors: copies.flatMap((k) => index.vendors.map(([slug, name]) => [slugged(slug, k), named(name, k)] as SearchIndex['vendors'][number])),
    services: copies.flatMap((k) =>
      index.services.map(([slug, name, vendor, category]) => [slugged(slug, k), named(name, k), vendor + k * v, category] as SearchIndex['services'][number]),
    ),
    places: copies.flatMap((k) =>
      index.places.map(([place, municipality, codes]) => [named(place, k), municipality + k * m, codes] as SearchIndex['places'][number]),
    ),
  };
}
