/** Bokmål: the search box's words (build and browser). Its own module, so the search script ships no other feature's text. */

/** The search box and the search page. */
export const search = {
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
  services: { one: '{n} tjeneste', other: '{n} tjenester' },
  pageTitle: 'Søk',
  pageIntro: 'Finn en kommune, et bibliotek, en skole, en tjeneste eller en leverandør.',
  noScript:
    'Søket trenger JavaScript, og uten det kan ikke denne siden lese det du skrev i søkefeltet (det står bare i adresselinjen). Finn kommunen din i listen nedenfor, og der biblioteket og skolene.',
  allMunicipalities: 'Alle kommuner fra A til Å',
  letters: 'Forbokstav',
  otherLists: 'Se også alle',
  postcodeSource: 'Postnumre: aprestmo/norway-geodata (MIT).',
};
