/** The county report's words in each language (the white-spot sentences come from the figures' strings). */
import type { Lang } from '../i18n/lang';
import type { ReportFigureId } from './key-figures';

export interface ReportStrings {
  /** The county page's link to the report. */
  link: string;
  title: (county: string) => string;
  lead: (county: string, year: number) => string;
  howToPrint: string;
  source: (name: string, date: string) => string;
  demoSource: (name: string, date: string) => string;
  mapHeading: string;
  mapAlt: (county: string, year: number) => string;
  figuresHeading: string;
  figure: Record<ReportFigureId, { label: string; definition: string }>;
  of: (value: string, whole: string) => string;
  whiteHeading: string;
  whiteMunicipalitiesCaption: (county: string, year: number) => string;
  whiteSchoolsCaption: (county: string, year: number) => string;
  municipality: string;
  population: string;
  school: string;
  library: string;
  service: string;
  services: string;
  count: string;
  none: string;
  trendHeading: string;
  trendCaption: (county: string) => string;
  year: string;
  subscriptions: string;
  changeFromBefore: string;
  offerHeading: string;
  offerNote: string;
  municipalitiesCaption: (county: string, year: number) => string;
  schoolsCaption: (county: string, year: number) => string;
  noLibrary: string;
  changesHeading: (year: number, previous: number | null) => string;
  changesCaption: (county: string, year: number, previous: number) => string;
  noChanges: string;
  noPrevious: string;
  change: string;
  added: string;
  cancelled: string;
  sourceHeading: string;
  pageAddress: string;
}

export const REPORT_STRINGS: Record<Lang, ReportStrings> = {
  nb: {
    link: 'Rapport for utskrift',
    title: (c) => `Rapport: ${c}`,
    lead: (c, y) => `Hvilke digitale tjenester bibliotekene i ${c} tilbyr i avtaleåret ${y}, gjennom innkjøpssamarbeidet Bibliotek24.`,
    howToPrint: 'Siden er laget for A4. Skriv den ut, eller lagre den som PDF fra nettleserens utskriftsvindu (Ctrl+P, på Mac Cmd+P).',
    source: (n, d) => `Kilde: Bibliotek24s bestillingssystem (${n}), hentet ${d}. Kommuner og innbyggertall: SSB. Kart: Kartverket (CC BY 4.0).`,
    demoSource: (n, d) => `Kilde: eksempeldata generert fra ${n}, ${d}. Kommuner og innbyggertall: SSB. Kart: Kartverket (CC BY 4.0).`,
    mapHeading: 'Kart',
    mapAlt: (c, y) => `Kart over ${c}: hvor mange betalte tjenester folkebiblioteket i hver kommune har i ${y}.`,
    figuresHeading: 'Nøkkeltall',
    figure: {
      publicLibraries: { label: 'Folkebibliotek', definition: 'Folkebibliotek i fylket. Et bibliotek kan betjene flere kommuner.' },
      schools: { label: 'Videregående skoler', definition: 'Offentlige videregående skoler i fylket med skolebibliotek i dataene.' },
      librariesWithPaid: {
        label: 'Bibliotek med betalt tjeneste',
        definition:
          'Bibliotek med minst én tjeneste de har valgt å kjøpe eller som fylket støtter. Tjenester staten betaler, eller som er gratis på bibliotekets nett, teller ikke.',
      },
      populationReached: { label: 'Innbyggere med betalt tjeneste', definition: 'Innbyggere i kommuner der folkebiblioteket har minst én betalt tjeneste.' },
      whiteSpotPopulation: {
        label: 'Innbyggere i hvite flekker',
        definition: 'Innbyggere i kommuner der folkebiblioteket ikke har noen betalt tjeneste (eller ikke finnes i dataene).',
      },
      subscriptions: {
        label: 'Aktive abonnementer',
        definition: 'Abonnementer som gjelder i avtaleåret, hos alle bibliotekene i fylket, grunntilbudet medregnet.',
      },
      servicesInUse: { label: 'Tjenester i bruk', definition: 'Tjenester som minst ett bibliotek i fylket har i avtaleåret, av alle tjenestene i katalogen.' },
    },
    of: (v, w) => `${v} av ${w}`,
    whiteHeading: 'Hvite flekker',
    whiteMunicipalitiesCaption: (c, y) => `Kommuner i ${c} uten betalt tjeneste i folkebiblioteket, ${y}`,
    whiteSchoolsCaption: (c, y) => `Videregående skoler i ${c} uten betalt tjeneste, ${y}`,
    municipality: 'Kommune',
    population: 'Innbyggere',
    school: 'Skole',
    library: 'Bibliotek',
    service: 'Tjeneste',
    services: 'Tjenester',
    count: 'Antall',
    none: 'Ingen',
    trendHeading: 'Utvikling over avtaleårene',
    trendCaption: (c) => `Aktive abonnementer i ${c} per avtaleår`,
    year: 'Avtaleår',
    subscriptions: 'Abonnementer',
    changeFromBefore: 'Endring fra året før',
    offerHeading: 'Tilbudet i hver kommune og skole',
    offerNote: 'Tjenestene biblioteket har kjøpt eller som fylket støtter. Grunntilbudet staten betaler er ikke med.',
    municipalitiesCaption: (c, y) => `Folkebibliotekenes tilbud i kommunene i ${c}, ${y}`,
    schoolsCaption: (c, y) => `De videregående skolenes tilbud i ${c}, ${y}`,
    noLibrary: 'Ingen i dataene',
    changesHeading: (y, p) => (p === null ? `Endringer i ${y}` : `Endringer fra ${p} til ${y}`),
    changesCaption: (c, y, p) => `Nye og oppsagte abonnementer i ${c} fra ${p} til ${y}`,
    noChanges: 'Ingen bibliotek i fylket fikk eller mistet en tjeneste.',
    noPrevious: 'Det finnes ikke noe tidligere avtaleår å sammenligne med.',
    change: 'Endring',
    added: 'Ny',
    cancelled: 'Sagt opp',
    sourceHeading: 'Kilde og dato',
    pageAddress: 'Rapporten på nett:',
  },
  nn: {
    link: 'Rapport for utskrift',
    title: (c) => `Rapport: ${c}`,
    lead: (c, y) => `Kva digitale tenester biblioteka i ${c} tilbyr i avtaleåret ${y}, gjennom innkjøpssamarbeidet Bibliotek24.`,
    howToPrint: 'Sida er laga for A4. Skriv henne ut, eller lagra henne som PDF frå utskriftsvindauget i nettlesaren (Ctrl+P, på Mac Cmd+P).',
    source: (n, d) => `Kjelde: bestillingssystemet til Bibliotek24 (${n}), henta ${d}. Kommunar og innbyggjartal: SSB. Kart: Kartverket (CC BY 4.0).`,
    demoSource: (n, d) => `Kjelde: eksempeldata genererte frå ${n}, ${d}. Kommunar og innbyggjartal: SSB. Kart: Kartverket (CC BY 4.0).`,
    mapHeading: 'Kart',
    mapAlt: (c, y) => `Kart over ${c}: kor mange betalte tenester folkebiblioteket i kvar kommune har i ${y}.`,
    figuresHeading: 'Nøkkeltal',
    figure: {
      publicLibraries: { label: 'Folkebibliotek', definition: 'Folkebibliotek i fylket. Eit bibliotek kan tene fleire kommunar.' },
      schools: { label: 'Vidaregåande skular', definition: 'Offentlege vidaregåande skular i fylket med skulebibliotek i dataa.' },
      librariesWithPaid: {
        label: 'Bibliotek med betalt teneste',
        definition:
          'Bibliotek med minst éi teneste dei har valt å kjøpe eller som fylket støttar. Tenester staten betaler, eller som er gratis på nettet til biblioteket, tel ikkje.',
      },
      populationReached: { label: 'Innbyggjarar med betalt teneste', definition: 'Innbyggjarar i kommunar der folkebiblioteket har minst éi betalt teneste.' },
      whiteSpotPopulation: {
        label: 'Innbyggjarar i kvite flekkar',
        definition: 'Innbyggjarar i kommunar der folkebiblioteket ikkje har nokon betalt teneste (eller ikkje finst i dataa).',
      },
      subscriptions: { label: 'Aktive abonnement', definition: 'Abonnement som gjeld i avtaleåret, hos alle biblioteka i fylket, grunntilbodet medrekna.' },
      servicesInUse: { label: 'Tenester i bruk', definition: 'Tenester som minst eitt bibliotek i fylket har i avtaleåret, av alle tenestene i katalogen.' },
    },
    of: (v, w) => `${v} av ${w}`,
    whiteHeading: 'Kvite flekkar',
    whiteMunicipalitiesCaption: (c, y) => `Kommunar i ${c} utan betalt teneste i folkebiblioteket, ${y}`,
    whiteSchoolsCaption: (c, y) => `Vidaregåande skular i ${c} utan betalt teneste, ${y}`,
    municipality: 'Kommune',
    population: 'Innbyggjarar',
    school: 'Skule',
    library: 'Bibliotek',
    service: 'Teneste',
    services: 'Tenester',
    count: 'Tal',
    none: 'Ingen',
    trendHeading: 'Utvikling over avtaleåra',
    trendCaption: (c) => `Aktive abonnement i ${c} per avtaleår`,
    year: 'Avtaleår',
    subscriptions: 'Abonnement',
    changeFromBefore: 'Endring frå året før',
    offerHeading: 'Tilbodet i kvar kommune og skule',
    offerNote: 'Tenestene biblioteket har kjøpt eller som fylket støttar. Grunntilbodet staten betaler er ikkje med.',
    municipalitiesCaption: (c, y) => `Tilbodet til folkebiblioteka i kommunane i ${c}, ${y}`,
    schoolsCaption: (c, y) => `Tilbodet til dei vidaregåande skulane i ${c}, ${y}`,
    noLibrary: 'Ingen i dataa',
    changesHeading: (y, p) => (p === null ? `Endringar i ${y}` : `Endringar frå ${p} til ${y}`),
    changesCaption: (c, y, p) => `Nye og oppsagde abonnement i ${c} frå ${p} til ${y}`,
    noChanges: 'Ingen bibliotek i fylket fekk eller miste ei teneste.',
    noPrevious: 'Det finst ikkje noko tidlegare avtaleår å samanlikne med.',
    change: 'Endring',
    added: 'Ny',
    cancelled: 'Sagd opp',
    sourceHeading: 'Kjelde og dato',
    pageAddress: 'Rapporten på nett:',
  },
  en: {
    link: 'Printable report',
    title: (c) => `Report: ${c}`,
    lead: (c, y) => `Which digital services the libraries of ${c} offer in the agreement year ${y}, through the purchasing consortium Bibliotek24.`,
    howToPrint: "The page is made for A4. Print it, or save it as a PDF from your browser's print dialog (Ctrl+P, on a Mac Cmd+P).",
    source: (n, d) =>
      `Source: Bibliotek24's ordering system (${n}), pulled ${d}. Municipalities and population: Statistics Norway. Map: Kartverket (CC BY 4.0).`,
    demoSource: (n, d) => `Source: demo data generated from ${n}, ${d}. Municipalities and population: Statistics Norway. Map: Kartverket (CC BY 4.0).`,
    mapHeading: 'Map',
    mapAlt: (c, y) => `Map of ${c}: how many paid services the public library of each municipality has in ${y}.`,
    figuresHeading: 'Key figures',
    figure: {
      publicLibraries: { label: 'Public libraries', definition: 'Public libraries in the county. One library may serve several municipalities.' },
      schools: { label: 'Upper-secondary schools', definition: 'Public upper-secondary schools in the county with a school library in the data.' },
      librariesWithPaid: {
        label: 'Libraries with a paid service',
        definition:
          'Libraries with at least one service they chose to buy or the county supports. Services the state pays for, or free on the library’s network, do not count.',
      },
      populationReached: {
        label: 'Inhabitants with a paid service',
        definition: 'Inhabitants of municipalities whose public library has at least one paid service.',
      },
      whiteSpotPopulation: {
        label: 'Inhabitants in white spots',
        definition: 'Inhabitants of municipalities whose public library has no paid service (or is not in the data).',
      },
      subscriptions: {
        label: 'Active subscriptions',
        definition: 'Subscriptions running in the agreement year at all the county’s libraries, the baseline included.',
      },
      servicesInUse: {
        label: 'Services in use',
        definition: 'Services at least one library in the county has in the agreement year, out of all services in the catalogue.',
      },
    },
    of: (v, w) => `${v} of ${w}`,
    whiteHeading: 'White spots',
    whiteMunicipalitiesCaption: (c, y) => `Municipalities in ${c} whose public library has no paid service, ${y}`,
    whiteSchoolsCaption: (c, y) => `Upper-secondary schools in ${c} without a paid service, ${y}`,
    municipality: 'Municipality',
    population: 'Inhabitants',
    school: 'School',
    library: 'Library',
    service: 'Service',
    services: 'Services',
    count: 'Number',
    none: 'None',
    trendHeading: 'Trend across the agreement years',
    trendCaption: (c) => `Active subscriptions in ${c} per agreement year`,
    year: 'Agreement year',
    subscriptions: 'Subscriptions',
    changeFromBefore: 'Change from the year before',
    offerHeading: 'The offer of each municipality and school',
    offerNote: 'The services the library bought or the county supports. The baseline the state pays for is not included.',
    municipalitiesCaption: (c, y) => `The public libraries' offer in the municipalities of ${c}, ${y}`,
    schoolsCaption: (c, y) => `The upper-secondary schools' offer in ${c}, ${y}`,
    noLibrary: 'None in the data',
    changesHeading: (y, p) => (p === null ? `Changes in ${y}` : `Changes from ${p} to ${y}`),
    changesCaption: (c, y, p) => `New and cancelled subscriptions in ${c} from ${p} to ${y}`,
    noChanges: 'No library in the county gained or lost a service.',
    noPrevious: 'There is no earlier agreement year to compare with.',
    change: 'Change',
    added: 'New',
    cancelled: 'Cancelled',
    sourceHeading: 'Source and date',
    pageAddress: 'The report online:',
  },
};
