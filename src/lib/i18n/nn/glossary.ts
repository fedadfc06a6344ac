/** Nynorsk: the figure vocabulary's words (issue 24); see nb/glossary.ts. */
import { countText } from '../format';

const count = (n: number, one: string, other: string) => countText(n, 'nn', { one, other });
type N = number | string;

export const glossary = {
  heading: 'Ordliste: kva tala tyder',
  lead: 'Kvart tal på nettstaden har eitt namn og tyder det same overalt: på sidene, i karta, tabellane, innbyggingane og dei opne dataa.',
  terms: {
    'paid-services': {
      name: 'Betalte tenester',
      definition: 'Tenestene eit bibliotek har valt og har gjennom Bibliotek24 i år: kjøpte av biblioteket, også når fylket støttar kjøpet.',
    },
    'all-services': {
      name: 'Tenester i alt',
      definition: 'Dei betalte tenestene pluss dei staten betaler for alle folkebibliotek (Filmbib).',
    },
    'libraries-with-service': {
      name: 'Bibliotek med tenesta',
      definition: 'Kor mange bibliotek som har tenesta i år.',
    },
    coverage: {
      name: 'Del av biblioteka',
      definition: 'Biblioteka med tenesta delt på alle biblioteka ho er for: folkebibliotek, vidaregåande skular eller begge.',
    },
    'population-reach': {
      name: 'Del av innbyggjarane',
      definition: 'Innbyggjarane i kommunane der folkebiblioteket har tenesta, delt på alle innbyggjarane i landet. Skular tel ikkje her.',
    },
    'white-spots-public': {
      name: 'Kommunar utan betalt teneste',
      definition: 'Kommunar der folkebiblioteket ikkje har nokon betalt teneste i år (eller som ikkje har noko folkebibliotek), og kor mange som bur der.',
    },
    'white-spots-schools': {
      name: 'Skular utan betalt teneste',
      definition: 'Vidaregåande skular som ikkje har nokon betalt teneste i år.',
    },
    peers: {
      name: 'Liknande bibliotek',
      definition:
        'Dei fem biblioteka av same type i same fylke som liknar mest i storleik (innbyggjarar for folkebibliotek, elevar og tilsette for skular). Manglar storleiken, er det alle biblioteka av same type i fylket.',
    },
    change: {
      name: 'Endring frå i fjor',
      definition: 'Talet i år minus talet i førre avtaleår.',
    },
    'not-recorded': {
      name: 'Ikkje registrert her',
      definition:
        'Nokre tenester, som Lovdata Pro, blir ikkje bestilte gjennom Bibliotek24. Då veit vi ikkje kva bibliotek som har dei: dei blir viste som «ikkje registrert her», aldri som manglar, og tel ikkje i nokon av tala. Spør biblioteket ditt.',
    },
  },
  paidServices: (n: number) => count(n, '{n} betalt teneste', '{n} betalte tenester'),
  allServices: (n: number) => count(n, '{n} teneste i alt', '{n} tenester i alt'),
  librariesWithService: (n: number) => count(n, '{n} bibliotek med tenesta', '{n} bibliotek med tenesta'),
  coverageLabel: (share: string) => `${share} av biblioteka`,
  reachLabel: (share: string) => `${share} av innbyggjarane`,
  paidOf: (has: number, of: number) => `${count(has, '{n}', '{n}')} av ${count(of, '{n} betalt teneste', '{n} betalte tenester')}`,
  summaryOffer: (name: string, paid: string, all: string, year: N) => `${name} har ${paid} i ${year}, og ${all} når vi tek med det staten betaler.`,
  summaryGaps: (list: string) => `Dei fleste liknande bibliotek har ${list}, som dette biblioteket ikkje har.`,
  summaryNoGaps: 'Biblioteket har alt som dei fleste liknande bibliotek har.',
  summaryNoPeers: 'Det finst ikkje noko liknande bibliotek i fylket å samanlikne med.',
  notRecorded: 'Ikkje registrert her',
  notRecordedWhy: (name: string, vendor: string) =>
    `${name} blir ikkje bestilt gjennom Bibliotek24, så bestillingssystemet viser ikkje kva bibliotek som har ho. Vi kan difor ikkje seie om eit bibliotek har ho, og ho tel ikkje i nokon av tala på nettstaden. Spør biblioteket ditt, eller ${vendor}.`,
  notRecordedNote: (names: string) => `${names}: ikkje registrert her, fordi tenesta ikkje blir bestilt gjennom Bibliotek24. Ho er ikkje med i tabellen.`,
  stateFunded: 'betalt av staten',
  glossaryLink: 'Kva tyder tala?',
  mapServiceHeading: { public: 'Kart: folkebibliotek med {s}', school: 'Kart: vidaregåande skular med {s}', both: 'Kart: bibliotek og skular med {s}' },
  countyMapHeading: (county: string) => `Kart over ${county}: betalte tenester på folkebiblioteket`,
  peersColumn: 'Betalte tenester',
  peersWithIt: 'Liknande bibliotek som har ho',
};
