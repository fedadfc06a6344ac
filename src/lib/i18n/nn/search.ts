/** Nynorsk: the search box's words (build and browser). */
import type { Dictionary } from '../dictionary';

/** The search box and the search page. */
export const search: Dictionary['search'] = {
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
  services: { one: '{n} teneste', other: '{n} tenester' },
  pageTitle: 'Søk',
  pageIntro: 'Finn ein kommune, eit bibliotek, ein skule, ei teneste eller ein leverandør.',
  noScript:
    'Søket treng JavaScript, og utan det kan ikkje denne sida lese det du skreiv i søkjefeltet (det står berre i adresselinja). Finn kommunen din i lista nedanfor, og der biblioteket og skulane.',
  allMunicipalities: 'Alle kommunar frå A til Å',
  letters: 'Forbokstav',
  otherLists: 'Sjå òg alle',
  postcodeSource: 'Postnummer: aprestmo/norway-geodata (MIT).',
};
