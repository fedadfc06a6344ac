/**
 * The search box's own words in bokmål, nynorsk and English. Kept apart from the pages' strings so
 * the search can move between pages unchanged; category labels are here because the search finds
 * categories by their names in any of the three languages.
 */
import type { Lang } from '../i18n/lang';
import type { HitKind } from './engine';
import { fillTemplate } from '../fill-template';

export interface SearchStrings {
  label: string;
  placeholder: string;
  submit: string;
  /** Read after the label: how to use the list (shown only when the script runs). */
  instructions: string;
  loading: string;
  loadFailed: string;
  noResults: string;
  /** "{n}" is replaced by the number of results. */
  resultsOne: string;
  resultsMany: string;
  groups: Record<HitKind, string>;
  postcode: string;
  municipalityNumber: string;
  kommune: string;
  servicesOne: string;
  servicesMany: string;
  /** The results page without JavaScript. */
  pageTitle: string;
  pageIntro: string;
  noScript: string;
  allMunicipalities: string;
  letters: string;
  otherLists: string;
  postcodeSource: string;
}

export const SEARCH_STRINGS: Record<Lang, SearchStrings> = {
  nb: {
    label: 'Finn biblioteket ditt',
    placeholder: 'F.eks. Tromsø, 3050 eller PressReader',
    submit: 'Søk',
    instructions: 'Skriv minst to tegn. Bruk pil opp og ned for å velge et treff og Enter for å åpne det.',
    loading: 'Laster søket …',
    loadFailed: 'Søket kunne ikke lastes. Prøv igjen, eller bruk listene nedenfor.',
    noResults: 'Ingen treff',
    resultsOne: '1 treff',
    resultsMany: '{n} treff',
    groups: {
      municipality: 'Kommuner',
      place: 'Steder',
      library: 'Folkebibliotek',
      school: 'Videregående skoler',
      service: 'Tjenester',
      vendor: 'Leverandører',
      category: 'Kategorier',
      county: 'Fylker',
    },
    postcode: 'postnummer',
    municipalityNumber: 'kommunenummer',
    kommune: 'kommune',
    servicesOne: '1 tjeneste',
    servicesMany: '{n} tjenester',
    pageTitle: 'Søk',
    pageIntro: 'Finn en kommune, et bibliotek, en skole, en tjeneste eller en leverandør.',
    noScript: 'Søket trenger JavaScript. Uten det finner du kommunen din i listen nedenfor, og der biblioteket og skolene.',
    allMunicipalities: 'Alle kommuner fra A til Å',
    letters: 'Forbokstav',
    otherLists: 'Se også alle',
    postcodeSource: 'Postnumre: aprestmo/norway-geodata (MIT).',
  },
  nn: {
    label: 'Finn biblioteket ditt',
    placeholder: 'T.d. Tromsø, 3050 eller PressReader',
    submit: 'Søk',
    instructions: 'Skriv minst to teikn. Bruk pil opp og ned for å velje eit treff og Enter for å opne det.',
    loading: 'Lastar søket …',
    loadFailed: 'Søket kunne ikkje lastast. Prøv igjen, eller bruk listene nedanfor.',
    noResults: 'Ingen treff',
    resultsOne: '1 treff',
    resultsMany: '{n} treff',
    groups: {
      municipality: 'Kommunar',
      place: 'Stader',
      library: 'Folkebibliotek',
      school: 'Vidaregåande skular',
      service: 'Tenester',
      vendor: 'Leverandørar',
      category: 'Kategoriar',
      county: 'Fylke',
    },
    postcode: 'postnummer',
    municipalityNumber: 'kommunenummer',
    kommune: 'kommune',
    servicesOne: '1 teneste',
    servicesMany: '{n} tenester',
    pageTitle: 'Søk',
    pageIntro: 'Finn ein kommune, eit bibliotek, ein skule, ei teneste eller ein leverandør.',
    noScript: 'Søket treng JavaScript. Utan det finn du kommunen din i lista nedanfor, og der biblioteket og skulane.',
    allMunicipalities: 'Alle kommunar frå A til Å',
    letters: 'Forbokstav',
    otherLists: 'Sjå òg alle',
    postcodeSource: 'Postnummer: aprestmo/norway-geodata (MIT).',
  },
  en: {
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
    servicesOne: '1 service',
    servicesMany: '{n} services',
    pageTitle: 'Search',
    pageIntro: 'Find a municipality, a library, a school, a service or a vendor.',
    noScript: 'The search needs JavaScript. Without it, find your municipality in the list below, and its library and schools there.',
    allMunicipalities: 'All municipalities from A to Z',
    letters: 'First letter',
    otherLists: 'See also all',
    postcodeSource: 'Postcodes: aprestmo/norway-geodata (MIT).',
  },
};

export { CATEGORY_LABELS } from '../i18n/categories';

export function countText(n: number, one: string, many: string): string {
  return n === 1 ? one : fillTemplate(many, { n });
}
