/** English: the search box's words (build and browser). */
import type { Dictionary } from '../dictionary';

/** The search box and the search page. */
export const search: Dictionary['search'] = {
  label: 'Find your library',
  placeholder: 'E.g. Tromsø, 3050 or PressReader',
  submit: 'Search',
  instructions: 'Type at least two characters. Use the up and down arrows to choose a result and Enter to open it.',
  loading: 'Loading search …',
  loadFailed: 'The search could not be loaded. Try again, or use the lists below.',
  noResults: 'No results',
  resultsOne: '1 result',
  resultsMany: '{n} results',
  groups: {
    municipality: 'Municipalities',
    place: 'Places',
    library: 'Public libraries',
    school: 'Upper-secondary schools',
    service: 'Services',
    vendor: 'Vendors',
    category: 'Categories',
    county: 'Counties',
  },
  postcode: 'postcode',
  municipalityNumber: 'municipality number',
  kommune: 'municipality',
  services: { one: '{n} service', other: '{n} services' },
  pageTitle: 'Search',
  pageIntro: 'Find a municipality, a library, a school, a service or a vendor.',
  noScript:
    'The search needs JavaScript. Without it this page cannot read what you typed in the search box (it is only in the address bar). Find your municipality in the list below, and its library and schools there.',
  allMunicipalities: 'All municipalities from A to Z',
  letters: 'First letter',
  otherLists: 'See also all',
  postcodeSource: 'Postcodes: aprestmo/norway-geodata (MIT).',
};
