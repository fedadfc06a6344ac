/** English: the figure vocabulary's words (issue 24); see nb/glossary.ts. */
import { countText } from '../format';

const count = (n: number, one: string, other: string) => countText(n, 'en', { one, other });
type N = number | string;

export const glossary = {
  heading: 'Glossary: what the figures mean',
  lead: 'Every figure on this site has one name and means the same everywhere: on the pages, in the maps, tables, embeds and open data.',
  terms: {
    'paid-services': {
      name: 'Paid services',
      definition: 'The services a library chose and has through Bibliotek24 this year: bought by the library, also when the county supports the purchase.',
    },
    'all-services': {
      name: 'Services in all',
      definition: 'The paid services plus those the state pays for at every public library (Filmbib).',
    },
    'libraries-with-service': {
      name: 'Libraries with the service',
      definition: 'How many libraries have the service this year.',
    },
    coverage: {
      name: 'Share of libraries',
      definition: 'The libraries with the service divided by all the libraries it is for: public libraries, upper-secondary schools or both.',
    },
    'population-reach': {
      name: 'Share of inhabitants',
      definition:
        'The inhabitants of the municipalities whose public library has the service, divided by all inhabitants of the country. Schools do not count here.',
    },
    'white-spots-public': {
      name: 'Municipalities with no paid service',
      definition: 'Municipalities whose public library has no paid service this year (or that have no public library), and how many people live there.',
    },
    'white-spots-schools': {
      name: 'Schools with no paid service',
      definition: 'Upper-secondary schools with no paid service this year.',
    },
    peers: {
      name: 'Similar libraries',
      definition:
        'The five libraries of the same kind in the same county closest in size (inhabitants for public libraries, students and staff for schools). Where sizes are missing, every library of the same kind in the county.',
    },
    change: {
      name: 'Change from last year',
      definition: 'This year’s figure minus the previous agreement year’s.',
    },
    'not-recorded': {
      name: 'Not recorded here',
      definition:
        'Some services, such as Lovdata Pro, are not ordered through Bibliotek24, so we cannot tell which libraries have them: they are shown as “not recorded here”, never as lacking, and count in none of the figures. Ask your library.',
    },
  },
  paidServices: (n: number) => count(n, '{n} paid service', '{n} paid services'),
  allServices: (n: number) => count(n, '{n} service in all', '{n} services in all'),
  librariesWithService: (n: number) => count(n, '{n} library with the service', '{n} libraries with the service'),
  coverageLabel: (share: string) => `${share} of libraries`,
  reachLabel: (share: string) => `${share} of inhabitants`,
  paidOf: (has: number, of: number) => `${count(has, '{n}', '{n}')} of ${count(of, '{n} paid service', '{n} paid services')}`,
  summaryOffer: (name: string, paid: string, all: string, year: N) => `${name} has ${paid} in ${year}, and ${all} counting what the state pays for.`,
  summaryGaps: (list: string) => `Most similar libraries have ${list}, which this library does not.`,
  summaryNoGaps: 'The library has everything most similar libraries have.',
  summaryNoPeers: 'There is no similar library in the county to compare with.',
  notRecorded: 'Not recorded here',
  notRecordedWhy: (name: string, vendor: string) =>
    `${name} is not ordered through Bibliotek24, so the ordering system does not show which libraries have it. We therefore cannot tell whether a library has it, and it counts in none of the figures on this site. Ask your library, or ${vendor}.`,
  notRecordedNote: (names: string) => `${names}: not recorded here, as the service is not ordered through Bibliotek24. It is left out of the table.`,
  stateFunded: 'paid for by the state',
  glossaryLink: 'What do the figures mean?',
  mapServiceHeading: { public: 'Map: public libraries with {s}', school: 'Map: upper-secondary schools with {s}', both: 'Map: libraries and schools with {s}' },
  countyMapHeading: (county: string) => `Map of ${county}: paid services at the public library`,
  peersColumn: 'Paid services',
  peersWithIt: 'Similar libraries with it',
};
