/**
 * Bokmål: the figure vocabulary's words (issue 24). Every figure the site shows has one name, one
 * plain definition and one label here; src/lib/figures/vocabulary.ts says what each counts and how.
 * Its own module: depends on nothing but format.ts.
 */
import { countText } from '../format';

const count = (n: number, one: string, other: string) => countText(n, 'nb', { one, other });
/** A figure already formatted for the page ("1 234") or a plain number. */
type N = number | string;

export const glossary = {
  heading: 'Ordliste: hva tallene betyr',
  lead: 'Hvert tall på nettstedet har ett navn og betyr det samme overalt: på sidene, i kartene, tabellene, innbyggingene og de åpne dataene.',
  /** One entry per figure, keyed by its id (figures/vocabulary.ts); the id is the anchor on /om/. */
  terms: {
    'paid-services': {
      name: 'Betalte tjenester',
      definition: 'Tjenestene et bibliotek har valgt og har gjennom Bibliotek24 i år: kjøpt av biblioteket, også når fylket støtter kjøpet.',
    },
    'all-services': {
      name: 'Tjenester i alt',
      definition: 'De betalte tjenestene pluss dem staten betaler for alle folkebibliotek (Filmbib).',
    },
    'libraries-with-service': {
      name: 'Bibliotek med tjenesten',
      definition: 'Hvor mange bibliotek som har tjenesten i år.',
    },
    coverage: {
      name: 'Andel av bibliotekene',
      definition: 'Bibliotekene med tjenesten delt på alle bibliotekene den er for: folkebibliotek, videregående skoler eller begge.',
    },
    'population-reach': {
      name: 'Andel av innbyggerne',
      definition: 'Innbyggerne i kommunene der folkebiblioteket har tjenesten, delt på alle innbyggerne i landet. Skoler teller ikke her.',
    },
    'white-spots-public': {
      name: 'Kommuner uten betalt tjeneste',
      definition: 'Kommuner der folkebiblioteket ikke har noen betalt tjeneste i år (eller som ikke har noe folkebibliotek), og hvor mange som bor der.',
    },
    'white-spots-schools': {
      name: 'Skoler uten betalt tjeneste',
      definition: 'Videregående skoler som ikke har noen betalt tjeneste i år.',
    },
    peers: {
      name: 'Lignende bibliotek',
      definition:
        'De fem bibliotekene av samme type i samme fylke som ligner mest i størrelse (innbyggere for folkebibliotek, elever og ansatte for skoler). Mangler størrelsen, er det alle bibliotekene av samme type i fylket.',
    },
    change: {
      name: 'Endring fra i fjor',
      definition: 'Tallet i år minus tallet i forrige avtaleår.',
    },
    'not-recorded': {
      name: 'Ikke registrert her',
      definition:
        'Noen tjenester, som Lovdata Pro, bestilles ikke gjennom Bibliotek24. Da vet vi ikke hvilke bibliotek som har dem: de vises som «ikke registrert her», aldri som mangler, og teller ikke i noen av tallene. Spør biblioteket ditt.',
    },
  },
  paidServices: (n: number) => count(n, '{n} betalt tjeneste', '{n} betalte tjenester'),
  allServices: (n: number) => count(n, '{n} tjeneste i alt', '{n} tjenester i alt'),
  librariesWithService: (n: number) => count(n, '{n} bibliotek med tjenesten', '{n} bibliotek med tjenesten'),
  coverageLabel: (share: string) => `${share} av bibliotekene`,
  reachLabel: (share: string) => `${share} av innbyggerne`,
  /** "2 av 24 betalte tjenester": what a library has of what it could have. */
  paidOf: (has: number, of: number) => `${count(has, '{n}', '{n}')} av ${count(of, '{n} betalt tjeneste', '{n} betalte tjenester')}`,
  /** The answer first (a library's and a municipality's page): what it offers, paid and in all. */
  summaryOffer: (name: string, paid: string, all: string, year: N) => `${name} har ${paid} i ${year}, og ${all} når vi tar med det staten betaler.`,
  summaryGaps: (list: string) => `De fleste lignende bibliotek har ${list}, som dette biblioteket ikke har.`,
  summaryNoGaps: 'Biblioteket har alt som de fleste lignende bibliotek har.',
  summaryNoPeers: 'Det finnes ikke noe lignende bibliotek i fylket å sammenligne med.',
  /** The third state: the data cannot tell. */
  notRecorded: 'Ikke registrert her',
  notRecordedWhy: (name: string, vendor: string) =>
    `${name} bestilles ikke gjennom Bibliotek24, så bestillingssystemet viser ikke hvilke bibliotek som har den. Vi kan derfor ikke si om et bibliotek har den, og den teller ikke i noen av tallene på nettstedet. Spør biblioteket ditt, eller ${vendor}.`,
  notRecordedNote: (names: string) => `${names}: ikke registrert her, fordi tjenesten ikke bestilles gjennom Bibliotek24. Den er ikke med i tabellen.`,
  stateFunded: 'betalt av staten',
  glossaryLink: 'Hva betyr tallene?',
  /** Service maps are headed by the libraries they show. */
  mapServiceHeading: { public: 'Kart: folkebibliotek med {s}', school: 'Kart: videregående skoler med {s}', both: 'Kart: bibliotek og skoler med {s}' },
  countyMapHeading: (county: string) => `Kart over ${county}: betalte tjenester på folkebiblioteket`,
  peersColumn: 'Betalte tjenester',
  peersWithIt: 'Lignende bibliotek som har den',
};
