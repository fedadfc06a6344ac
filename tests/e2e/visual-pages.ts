/**
 * The fixed set of pages the visual snapshot test photographs, picked by stable identities in the
 * dataset (Bergen, Oslo, Vestland, a service by id) rather than by figures that move with the data.
 */
import { compareHref } from '../../src/lib/figures/compare';
import type { Dataset } from '../../src/lib/dataset/schema';

export interface VisualPage {
  name: string;
  /** Path under the language prefix. */
  path: string;
  /** Also photographed in English (the rest in bokmål only: the layout is the same, the words longer). */
  english?: boolean;
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
  const county = dataset.counties.find((c) => c.number === VESTLAND) ?? dataset.counties[0]!;
  const vendor = dataset.vendors.find((v) => v.id === service.vendorId)!;
  // Every page type: the first seven also in English (the set the baselines began with). Not
  // photographed, as other checks catch what a picture would: a school library's page (the same
  // template and components as Bergen's; only a label and figures differ, and figures-places.test.ts reads
  // every library page's) and the 404 page (the shell, prose paragraphs and the library search box,
  // each in other pictures: about, home).
  return [
    { name: 'home', path: '/', english: true },
    { name: 'service-vestland', path: `/tjenester/${service.slug}/?fylke=${VESTLAND}`, english: true },
    { name: 'library', path: `/bibliotek/${bergen.slug}/`, english: true },
    { name: 'municipality', path: '/kommuner/4601/', english: true },
    { name: 'compare', path: compareHref('/sammenlign/', [oslo, bergen, school]), english: true },
    { name: 'builder', path: '/bygg-inn/', english: true },
    { name: 'embed', path: `/embed/tjenester/${service.slug}/`, english: true },
    { name: 'services', path: '/tjenester/' },
    { name: 'vendors', path: '/leverandorer/' },
    { name: 'vendor', path: `/leverandorer/${vendor.slug}/` },
    { name: 'libraries', path: '/bibliotek/' },
    { name: 'municipalities', path: '/kommuner/' },
    { name: 'counties', path: '/fylker/' },
    { name: 'county', path: `/fylker/${county.slug}/` },
    { name: 'campaigns', path: '/kampanjer/' },
    { name: 'trends', path: '/utvikling/' },
    { name: 'changes', path: '/endringer/' },
    { name: 'data', path: '/data/' },
    { name: 'about', path: '/om/' },
    { name: 'accessibility', path: '/tilgjengelighet/' },
    { name: 'search', path: '/sok/?q=bergen' },
  ];
}
