/**
 * The fixed set of pages the visual snapshot test photographs, picked by stable identities in the
 * dataset (Bergen, Oslo, Vestland, a service by id) rather than by figures that move with the data.
 */
import { compareHref } from '../../src/lib/compare';
import type { Dataset } from '../../src/lib/schema';

export interface VisualPage {
  name: string;
  /** Path under the language prefix. */
  path: string;
}

const VESTLAND = '46';
const PREFERRED_SERVICE = 'pressreader';

export function visualPages(dataset: Dataset): VisualPage[] {
  const library = (id: string) => {
    const found = dataset.libraries.find((l) => l.id === id);
    if (!found) throw new Error(`visual pages: no library ${id} in the dataset`);
    return found;
  };
  const service = dataset.services.find((s) => s.id === PREFERRED_SERVICE) ?? [...dataset.services].sort((a, b) => a.id.localeCompare(b.id))[0]!;
  const bergen = library('fb-4601');
  const oslo = library('fb-0301');
  const school = [...dataset.libraries].filter((l) => l.kind === 'school' && l.countyNumber === VESTLAND).sort((a, b) => a.id.localeCompare(b.id))[0]!;
  return [
    { name: 'home', path: '/' },
    { name: 'service-vestland', path: `/tjenester/${service.slug}/?fylke=${VESTLAND}` },
    { name: 'library', path: `/bibliotek/${bergen.slug}/` },
    { name: 'municipality', path: '/kommuner/4601/' },
    { name: 'compare', path: compareHref('/sammenlign/', [oslo, bergen, school]) },
    { name: 'builder', path: '/bygg-inn/' },
    { name: 'embed', path: `/embed/tjenester/${service.slug}/` },
  ];
}
