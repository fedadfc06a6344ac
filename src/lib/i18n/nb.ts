/**
 * Bokmål: the reference dictionary. Every piece of interface text on the site, grouped by feature,
 * one named export per feature, so a browser script that imports the map's words ships only those.
 * nn.ts and en.ts are typed against this file (`Dictionary`, dictionary.ts): a missing or extra key,
 * or a function with other parameters, fails the type check, and i18n.test.ts checks every feature
 * in every language at run time (same keys, same arity, no empty text).
 * Numbers and plurals go through format.ts: a count's noun is chosen by `Intl.PluralRules`.
 */
import { countText, formatBytes, signedCountText } from './format';

/** A figure already formatted for the page ("1 234") or a plain number. */
type N = number | string;

/** A count in bokmål with the form its plural rule picks: `{n}` is the formatted count. */
const count = (n: number, one: string, other: string) => countText(n, 'nb', { one, other });
const signedCount = (n: number, one: string, other: string) => signedCountText(n, 'nb', { one, other });

/** A section of a prose page (about, accessibility). */
export interface ProseSection {
  /** Anchor other pages link to (e.g. "hvite-flekker"). */
  id?: string;
  heading: string;
  paragraphs: string[];
  /** A list after the paragraphs (the accessibility statement's known failures); same length in every language. */
  items?: string[];
}

export interface Prose {
  lead: string;
  sections: ProseSection[];
}

// The features the browser also uses live in modules of their own, so a script imports only its own words.
export { categories } from './nb/categories';
export { map } from './nb/map';
export { glossary } from './nb/glossary';
export { search } from './nb/search';
import { categories } from './nb/categories';

const compareDiffersForms = { one: '{n} tjeneste er ulik.', other: '{n} tjenester er ulike.' };

/** The site's pages. */
export const site = {
  /** The site's name is a name: the same in every language. */
  siteName: 'Hvem har hva?',
  defaultDescription: 'Hvilke digitale tjenester tilbyr folkebibliotekene og de videregående skolene i Norge?',
  skipLink: 'Hopp til innholdet',
  mainMenu: 'Hovedmeny',
  languageMenu: 'Språk',
  // The frame (shell): compact menu, demo alert, tables on phones.
  menu: 'Meny',
  moreMenu: 'Mer',
  footerPages: 'Sider',
  footerAbout: 'Om nettstedet',
  /** Whose service this is: the consortium, named in the header as Norwegian public services do. */
  owner: 'En tjeneste fra',
  footerContact: 'Kontakt',
  footerContactText: 'Spørsmål om tjenestene eller dataene: brukerstøtten til',
  demoShort: 'Abonnementene er oppdiktet og viser ikke hva bibliotekene faktisk tilbyr.',
  demoMore: 'Hva er ekte?',
  tableScrollHint: 'Tabellen er bredere enn skjermen: rull sidelengs for å se alle kolonnene.',
  languageName: 'Norsk bokmål',
  nav: {
    services: 'Tjenester',
    vendors: 'Leverandører',
    libraries: 'Bibliotek',
    municipalities: 'Kommuner',
    counties: 'Fylker',
    compare: 'Sammenlign',
    campaigns: 'Kampanjer',
    trends: 'Utvikling',
    embed: 'Bygg inn kart',
    data: 'Åpne data',
    about: 'Om',
    accessibility: 'Tilgjengelighet',
    changes: 'Endringer',
  },
  demoLabel: 'Eksempeldata',
  demoText: 'Abonnementene på denne siden er oppdiktet og viser ikke hva bibliotekene faktisk tilbyr. Kommuner, skoler og tjenester er ekte.',
  /** The demo banner, generated from the catalogue (demo/banner.ts); `confirmedList` is " (A, B og C)" or empty. */
  demoBanner: (total: number, confirmed: number, confirmedList: string, unconfirmed: number, examples: number) =>
    `Kommuner, fylker, folketall, skoler og kartgrenser er ekte (SSB, Nasjonalt skoleregister, Kartverket). Abonnementene er oppdiktet og viser ikke hva bibliotekene faktisk tilbyr. Av de ${count(total, '{n}', '{n}')} tjenestene er ${count(confirmed, '{n}', '{n}')} bekreftet i kildene${confirmedList}, ${count(unconfirmed, '{n}', '{n}')} er nevnt der uten å være bekreftet som solgt, og ${count(examples, '{n} er et eksempel', '{n} er eksempler')} uten kilde.`,
  footerDemoSource: 'eksempeldata generert fra',
  footerRealSource: 'bestillingssystemet til Bibliotek24,',
  footerData: 'Data:',
  footerPulled: 'hentet',
  footerCredits: 'Kommune- og fylkesgrenser © Kartverket (CC BY 4.0). Folketall: SSB (CC BY 4.0). Skoler: Utdanningsdirektoratet, NSR (NLOD).',
  yes: 'Ja',
  no: 'Nei',
  none: 'Ingen',
  unknown: 'Ukjent',
  total: 'I alt',
  year: 'Avtaleår',
  library: 'Bibliotek',
  service: 'Tjeneste',
  services: 'Tjenester',
  county: 'Fylke',
  municipality: 'Kommune',
  municipalities: 'Kommuner',
  kind: 'Type',
  vendor: 'Leverandør',
  category: 'Kategori',
  audience: 'For',
  funding: 'Finansiering',
  access: 'Slik får du tilgang',
  website: 'Nettsted',
  inhabitants: 'Innbyggere',
  studentsAndStaff: 'Elever og ansatte',
  coverage: 'Andel av bibliotekene',
  reach: 'Andel av innbyggerne',
  subscriptions: 'Abonnementer',
  count: 'Antall',
  share: 'Andel',
  added: 'Nye',
  cancelled: 'Sagt opp',
  net: 'Netto',
  servicesCount: (n: number) => count(n, '{n} tjeneste', '{n} tjenester'),
  librariesCount: (n: number) => count(n, '{n} bibliotek', '{n} bibliotek'),
  ofTotal: (a: N, b: N) => `${a} av ${b}`,
  // Home
  homeLead: 'Hvilke digitale innholdstjenester – aviser, film, oppslagsverk, databaser – tilbyr folkebibliotekene og de videregående skolene der du bor?',
  figuresHeading: (year: N) => `Tallene for ${year}`,
  figLibraries: 'Bibliotek i alt',
  figLibrariesWithServices: 'Bibliotek med minst én betalt tjeneste',
  figServices: 'Tjenester',
  figSubscriptions: (year: N) => `Abonnementer i ${year}`,
  figPopulationShare: 'Andel av befolkningen med minst én betalt tjeneste på folkebiblioteket',
  homeLibrariesNote: (libraries: number, municipalities: number) =>
    `Av ${count(libraries, '{n} bibliotek', '{n} bibliotek')} i alt: folkebibliotekene i alle ${count(municipalities, '{n} kommune', '{n} kommuner')} og bibliotekene ved de fylkeskommunale videregående skolene.`,
  mapHeading: 'Kartet: hvor mange betalte tjenester har folkebiblioteket?',
  searchHeading: 'Hva tilbyr biblioteket mitt?',
  searchLabel: 'Kommune eller bibliotek',
  searchButton: 'Vis',
  searchNoScript: 'Velg kommunen din i listen over kommuner.',
  changesHeading: (year: N) => `Endringer i ${year}`,
  changesSummary: (added: number, cancelled: number, previous: N) =>
    `${count(added, '{n} nytt abonnement', '{n} nye abonnementer')} og ${count(cancelled, '{n} oppsagt', '{n} oppsagte')} sammenlignet med ${previous}.`,
  changesNone: 'Første avtaleår: ingenting å sammenligne med.',
  rankedHeading: 'Tjenestene etter andel av innbyggerne',
  rankedCaption: (year: N) => `Tjenestene etter andelen av befolkningen som har dem på folkebiblioteket, ${year}`,
  allChanges: 'Alle endringer',
  // Services
  servicesTitle: 'Tjenester',
  servicesDescription: 'Alle digitale innholdstjenester i Bibliotek24-avtalen, etter kategori.',
  servicesLead: (n: number, year: N) => `${count(n, '{n} tjeneste', '{n} tjenester')} i avtalen for ${year}, ordnet etter kategori.`,
  filterHeading: 'Filtrer',
  filterAll: 'Alle',
  /** Filled in the browser: `{n}` is the count (filterShownOne when it is 1). */
  filterShown: 'Viser {n} tjenester',
  filterShownOne: 'Viser 1 tjeneste',
  serviceLibrariesHeading: (n: number, name: string, year: N) => `${count(n, '{n} bibliotek', '{n} bibliotek')} har ${name} i ${year}`,
  serviceCoverageText: (subs: number, eligible: number, share: string) =>
    `${count(subs, '{n}', '{n}')} av ${count(eligible, '{n} bibliotek', '{n} bibliotek')} som tjenesten er for (${share}).`,
  serviceReachText: (share: string, inhabitants: N) => `${share} av befolkningen (${inhabitants} innbyggere) har den på folkebiblioteket sitt.`,
  serviceReachSchool: 'Tjenesten er bare for videregående skoler, så den når ingen innbyggere gjennom folkebiblioteket.',
  perCountyHeading: 'Hvem har den, per fylke',
  perCountyCaption: (name: string, year: N) => `Bibliotek med ${name} per fylke, ${year}`,
  mapServiceHeading: (name: string) => `Kart: folkebibliotek med ${name}`,
  trendHeading: 'Utvikling per avtaleår',
  trendCaption: (name: string) => `Aktive abonnementer på ${name} per avtaleår`,
  chartLabel: (name: string) => `Linjediagram: abonnementer per avtaleår for ${name}`,
  newCancelledHeading: (year: N) => `Nye og oppsagte i ${year}`,
  newIn: (year: N) => `Nye i ${year}`,
  cancelledIn: (year: N) => `Sagt opp i ${year}`,
  embedHeading: 'Bygg inn',
  embedText: 'Lim inn denne koden for å vise tabellen over hvem som har tjenesten på ditt nettsted:',
  subscriberListHeading: 'Alle bibliotekene som har den',
  // The service page's parts (issue 16)
  serviceFactsHeading: 'Om tjenesten',
  // Vendors
  vendorsTitle: 'Leverandører',
  vendorsDescription: 'Leverandørene av digitale innholdstjenester og tjenestene deres.',
  vendorDescription: (name: string) => `Tjenestene fra ${name} i bibliotekene.`,
  /** A vendor's page title: differs from a service of the same name. */
  vendorTitle: (name: string) => `${name} (leverandør)`,
  vendorServicesCaption: (year: N) => `Tjenester og hvor mange bibliotek som har dem i ${year}`,
  // A vendor's page: who it is, its products, what its figures mean (issue 16)
  vendorServicesLine: (name: string, n: number) => `${name} står bak ${count(n, '{n} av tjenestene', '{n} av tjenestene')} på dette nettstedet.`,
  vendorWebsite: (name: string) => `Nettstedet til ${name}`,
  vendorNoWebsite: 'Vi har ikke ført opp noe nettsted for leverandøren.',
  vendorServicesHeading: 'Tjenestene',
  vendorProductPage: (name: string) => `Produktsiden til ${name}`,
  vendorLibraries: 'Bibliotek som har den',
  vendorFiguresHeading: 'Slik leser du tallene',
  vendorFiguresText: (year: N) =>
    `«Bibliotek som har den» er hvor mange bibliotek som har tjenesten i avtaleåret ${year}. «Andel av bibliotekene» er andelen av bibliotekene tjenesten er for (folkebibliotek, videregående skoler eller begge), som har den.`,
  vendorFiguresLink: 'Slik regnes tallene ut',
  // Libraries
  librariesTitle: 'Bibliotek',
  librariesDescription: 'Alle folkebibliotek og bibliotek ved fylkeskommunale videregående skoler.',
  librariesLead: (n: number) => `${count(n, '{n} bibliotek', '{n} bibliotek')}, ordnet etter fylke.`,
  libraryDescription: (name: string) => `Digitale tjenester ved ${name}.`,
  libraryMovedTitle: (name: string) => `${name} har fått ny adresse`,
  libraryMovedText: 'Biblioteket har fått nytt navn, og siden har flyttet. Gå til',
  servicesThisYear: (year: N) => `Tjenester i ${year}`,
  noServicesThisYear: 'Ingen tjenester i år.',
  perYearHeading: 'Per avtaleår',
  perYearCaption: 'Tjenester per avtaleår',
  peersHeading: 'Lignende bibliotek',
  peersLead: (county: string) => `Bibliotek av samme type i ${county} som ligner mest i størrelse.`,
  peersNone: 'Ingen lignende bibliotek i fylket.',
  peersCaption: 'Lignende bibliotek, størrelse og antall betalte tjenester',
  size: 'Størrelse',
  gapsHeading: 'Dette har de fleste av dem, men ikke dette biblioteket',
  gapsNone: 'Biblioteket har alt som minst halvparten av de lignende bibliotekene har.',
  gapsItem: (name: string, n: N, of: N) => `${name} (${n} av ${of})`,
  compareLink: 'Sammenlign med disse bibliotekene',
  // Municipalities
  municipalitiesTitle: 'Kommuner',
  municipalitiesDescription: 'Alle kommunene og bibliotekene deres.',
  municipalitiesLead: (n: number) => `${count(n, '{n} kommune', '{n} kommuner')} (inndelingen fra 2024).`,
  municipalityTitle: (name: string) => `${name} kommune`,
  municipalityDescription: (name: string) => `Digitale bibliotektjenester i ${name}.`,
  municipalityLead: (number: string, population: N) => `Kommunenummer ${number}. ${population} innbyggere.`,
  inCounty: 'Fylke:',
  publicLibraryHeading: 'Folkebiblioteket',
  sharedLibrary: (names: string) => `Biblioteket er felles for ${names}.`,
  schoolsHeading: 'Videregående skoler',
  noSchools: 'Ingen fylkeskommunale videregående skoler i kommunen.',
  // Counties
  countiesTitle: 'Fylker',
  countiesDescription: 'Fylkene og hvem som har hvilke digitale bibliotektjenester.',
  countiesCaption: (year: N) => `Fylkene: bibliotek, abonnementer, og kommuner og skoler uten betalt tjeneste i ${year}`,
  countyDescription: (name: string) => `Digitale bibliotektjenester i ${name}: hvor mange bibliotek som har hver tjeneste, og bibliotekene i fylket.`,
  countyLead: (number: string, population: N, municipalities: number) =>
    `Fylkesnummer ${number}. ${population} innbyggere i ${count(municipalities, '{n} kommune', '{n} kommuner')}.`,
  countyMapHeading: (name: string) => `Kart over ${name}`,
  countyCoverageHeading: 'Andel av bibliotekene per tjeneste',
  countyChart: (name: string) => `Linjediagram: aktive abonnementer per avtaleår i ${name}`,
  countyTrendCaption: (name: string) => `Aktive abonnementer per avtaleår i ${name}`,
  countyCoverageCaption: (name: string, year: N) => `Andelen av bibliotekene i ${name} som har hver tjeneste, ${year}`,
  matrixHeading: 'Bibliotek og tjenester',
  matrixCaption: (kind: string, year: N) => `${kind}: hvilke tjenester hvert bibliotek har i ${year}`,
  matrixFilter: 'Filtrer bibliotek',
  matrixSortHint: 'Trykk på en kolonneoverskrift for å sortere.',
  matrixHas: 'har',
  breadthHeading: 'Kommunene etter antall betalte tjenester',
  breadthCaption: (year: N) => `Kommunene etter antall betalte tjenester på folkebiblioteket, ${year}`,
  rank: 'Plass',
  whiteSpotsCount: 'Uten betalt tjeneste',
  // Compare
  compareTitle: 'Sammenlign bibliotek',
  compareDescription: 'Sammenlign tjenestene til to til fire bibliotek side om side.',
  compareLead: 'Velg to til fire bibliotek. Valget ligger i adressen, så du kan dele lenken.',
  compareSearch: 'Bibliotek',
  compareSearchHint: 'Skriv navnet på et bibliotek, en skole eller en kommune, og velg fra listen. Velg to til fire.',
  compareNoMatch: 'Ingen bibliotek passer med det du skrev.',
  compareFull: 'Du har valgt fire bibliotek, som er det meste. Fjern ett for å velge et annet.',
  compareEmpty: 'Ingen bibliotek er valgt ennå. Hvert biblioteks side har også en lenke for å sammenligne det med lignende bibliotek.',
  compareOne: (name: string) => `${name} er valgt. Velg ett bibliotek til for å sammenligne.`,
  compareLoading: 'Henter tjenestene …',
  compareFailed: 'Klarte ikke å hente tjenestene. Last inn siden på nytt for å prøve igjen.',
  compareCaption: (year: N) => `Tjenester i ${year}, side om side. Rader der bibliotekene er ulike er markert.`,
  compareDiffers: 'Ulikt',
  compareSame: 'Likt',
  /** The forms for the comparison script, which counts in the browser. */
  compareDiffersForms,
  compareDiffersCount: (n: number) => countText(n, 'nb', compareDiffersForms),
  compareNoScript:
    'Sammenligningen lages i nettleseren din og trenger JavaScript, som er slått av. Uten JavaScript finner du tjenestene til hvert bibliotek på bibliotekets egen side, og alle abonnementer som åpne data.',
  compareNoScriptLibraries: 'Alle bibliotek A–Å',
  compareNoScriptData: 'Åpne data: alle abonnementer',
  compareUnknown: (slug: string) => `Fant ikke biblioteket «${slug}».`,
  // Trends
  trendsTitle: 'Utvikling',
  trendsDescription: 'Abonnementer per år, tjenester vunnet og tapt, og bibliotek uten betalte tjenester.',
  nationalHeading: 'Abonnementer per år i hele landet',
  nationalCaption: 'Aktive abonnementer per avtaleår, hele landet',
  nationalChart: 'Linjediagram: aktive abonnementer per avtaleår i hele landet',
  perCountyYearHeading: 'Per fylke',
  perCountyYearCaption: 'Aktive abonnementer per avtaleår og fylke',
  gainedLostHeading: (year: N) => `Tjenester vunnet og tapt i ${year}`,
  gainedLostCaption: (year: N, previous: N) => `Nye og oppsagte abonnementer per tjeneste, ${year} mot ${previous}`,
  whiteSpotsHeading: 'Bibliotek uten betalt tjeneste',
  whiteSpotsLead: (n: number, year: N) =>
    `${count(n, '{n} bibliotek', '{n} bibliotek')} har ingen betalte tjenester i ${year} (tjenester staten betaler eller som er gratis på bibliotekets nett, teller ikke; tjenester fylket støtter, teller).`,
  // Changes
  changesTitle: 'Endringer',
  changesDescription: 'Nye og oppsagte abonnementer per avtaleår.',
  changesYearHeading: (year: N, previous: N) => `${year} sammenlignet med ${previous}`,
  feedLink: 'Atom-feed med endringene',
  feedTitle: 'Hvem har hva? Nye og oppsagte abonnementer',
  feedAdded: (library: string, service: string, year: N) => `${library} har ${service} fra ${year}`,
  feedCancelled: (library: string, service: string, year: N) => `${library} har ikke lenger ${service} i ${year}`,
  // Data
  dataTitle: 'Åpne data',
  dataDescription: 'Last ned bibliotekene, tjenestene og abonnementene som CSV og JSON.',
  dataLead: 'Alt på nettstedet kan lastes ned. Filene lages på nytt ved hver bygging.',
  dataFiles: 'Filer',
  dataSchema: 'Beskrivelse av feltene',
  dataLicence: 'Lisens',
  dataLicenceText:
    'Dataene på nettstedet er lagt ut under Norsk lisens for offentlige data (NLOD 2.0). Kommune- og fylkesgrenser © Kartverket, CC BY 4.0. Folketall: SSB, CC BY 4.0. Skoler: Utdanningsdirektoratet, NSR, NLOD.',
  dataSource: 'Kilde og tidspunkt',
  dataSourceText: (name: string, date: string) => `Hentet fra ${name} ${date}.`,
  dataDemoWarning:
    'Abonnementene i filene er eksempeldata og oppdiktet. Hver rad i CSV-filene har derfor kolonnen <code>eksempeldata</code> med verdien <code>ja</code>.',
  field: 'Felt',
  meaning: 'Betydning',
  fileLibraries: 'Bibliotekene',
  fileServices: 'Tjenestene',
  fileSubscriptions: 'Abonnementene per avtaleår',
  fileDataset: 'Hele datasettet (JSON)',
  /** The Frictionless Data Package that types the CSV files. */
  fileDataPackage: 'Beskrivelse av CSV-filene (Frictionless Data Package: typer, mønstre, nøkler, lisens og kilder)',
  // About, accessibility, 404
  aboutTitle: 'Om Hvem har hva?',
  aboutDescription: 'Kildene og hvordan hvert tall er regnet ut.',
  accessibilityTitle: 'Tilgjengelighetserklæring',
  accessibilityDescription: 'Hvordan nettstedet oppfyller kravene til universell utforming.',
  // The consortium's contact (data/site.json) and the accessibility statement's status (issue 16)
  contactHeading: 'Kontakt',
  contactText: (name: string) => `Spørsmål om tjenestene, avtalene og tallene kan du stille til ${name}.`,
  contactPage: (name: string) => `Kontakt ${name}`,
  contactEmail: 'E-post',
  a11yStatusHeading: 'Status',
  a11yRequirement: 'Krav',
  a11yRequirementText: 'WCAG 2.1 nivå AA, etter forskrift om universell utforming av IKT-løsninger',
  a11yLastTested: 'Sist testet',
  a11yUpdated: 'Erklæringen sist oppdatert',
  a11yMethod: 'Slik er det testet',
  a11yFeedbackHeading: 'Tilbakemelding og klage',
  a11yFeedbackText: (name: string) => `Finner du noe som ikke virker for deg, eller noe denne erklæringen ikke nevner, si fra til ${name}.`,
  a11yComplaintText: 'Får du ikke svar, eller er du ikke fornøyd med svaret, kan du klage til Tilsynet for universell utforming av IKT (Uutilsynet).',
  a11yComplaintLink: 'Klag til Uutilsynet',
  notFoundTitle: 'Fant ikke siden',
  notFoundText: 'Siden finnes ikke, eller den er flyttet.',
  toFrontPage: 'Gå til forsiden',
  // Labels for the dataset's codes
  categoryLabel: categories,
  kindLabel: { public: 'Folkebibliotek', school: 'Videregående skole' },
  kindPlural: { public: 'Folkebibliotek', school: 'Videregående skoler' },
  audienceLabel: {
    public: 'Folkebibliotek',
    school: 'Videregående skoler',
    both: 'Folkebibliotek og videregående skoler',
  },
  fundingLabel: {
    bought: 'Kjøpt av biblioteket gjennom Bibliotek24',
    'county-funded': 'Støttet av fylket (biblioteket kan måtte bestille)',
    'state-funded': 'Betalt av staten',
    'network-free': 'Gratis på bibliotekets eget nett',
  },
};

/** The honest figures (issue 15): catalogue status and evidence, paid and baseline, white spots, a library's whole offer. */
export const figures = {
  status: 'Status',
  statusLabel: {
    confirmed: 'Bekreftet: en kilde viser at tjenesten er del av Bibliotek24s tilbud',
    unconfirmed: 'Ikke bekreftet: nevnt i kildene, men ikke som solgt gjennom Bibliotek24',
    example: 'Eksempel: ingen kilde, finnes bare i eksempeldataene',
  },
  exampleMark: 'eksempel',
  billing: 'Fakturering',
  billingLabel: { subscription: 'Årsabonnement', 'pay-per-use': 'Betales etter bruk' },
  billingUnknown: 'Ukjent: ingen kilde sier hvordan',
  evidence: 'Kilder',
  evidenceNone: 'Ingen kilde.',
  noProductPage: 'Ingen produktside kjent',
  baselineLine: (h: string, e: string, name: string, all: boolean) =>
    all ? `Alle ${e} folkebibliotek tilbyr ${name}.` : `${h} av ${e} folkebibliotek tilbyr ${name}.`,
  baselineHeading: 'Tjenester som ikke teller med',
  notInOrders: 'bestilles ikke gjennom Bibliotek24, så dataene viser ikke hvilke bibliotek som har den.',
  baselineNote:
    'Tjenester staten betaler, eller som er gratis på bibliotekets eget nett, er ikke noe biblioteket har valgt å kjøpe. De teller ikke med i tallene over, på kartet eller i de hvite flekkene, med mindre du slår dem på i kartet.',
  whiteHeading: 'Hvite flekker: ingen betalt tjeneste',
  whiteHeadline: (m: number, p: string, y: number) =>
    `${count(m, '{n} kommune', '{n} kommuner')} med til sammen ${p} innbyggere har et folkebibliotek uten noen betalt tjeneste i ${y}.`,
  whiteChange: (m: number, p: string, y: number) => `Endring fra ${y}: ${signedCount(m, '{n} kommune', '{n} kommuner')}, ${p} innbyggere.`,
  whiteNoPrevious: 'Det finnes ikke noe tidligere avtaleår å sammenligne med.',
  whiteNone: 'Ingen kommuner er uten betalt tjeneste.',
  whiteListSummary: (n: number) => count(n, 'Vis kommunen', 'Vis de {n} kommunene'),
  schoolsWhite: (w: number, t: number, y: number) =>
    `${count(w, '{n}', '{n}')} av ${count(t, '{n} videregående skole', '{n} videregående skoler')} har ingen betalt tjeneste i ${y}.`,
  schoolsWhiteChange: (d: number, y: number) => `Endring fra ${y}: ${signedCount(d, '{n} skole', '{n} skoler')}.`,
  schoolsNone: 'Fylket har ingen videregående skoler i dataene.',
  whiteDefinitionLink: 'Slik regner vi',
  offerHeading: 'Hele tilbudet',
  offerLead: (h: N, t: number) => `Biblioteket har ${h} av ${count(t, '{n} betalt tjeneste', '{n} betalte tjenester')} som tilbys bibliotek av denne typen.`,
  offerNothing:
    'Biblioteket har ingen betalte tjenester dette året. Tabellene viser hva det mangler, og hvor mange av de lignende bibliotekene som har hver tjeneste.',
  offerCaption: (c: string) => `${c}: hva biblioteket har og mangler`,
  has: 'Har',
  lacks: 'Mangler',
  peersWithIt: 'Lignende bibliotek som har den',
  countyShare: (c: string) => `Andel i ${c}`,
  ofPeers: (n: string, t: string) => `${n} av ${t}`,
  peerRuleSize: (n: number) =>
    count(
      n,
      'Lignende bibliotek: det ene biblioteket av samme type i fylket som er nærmest i størrelse.',
      'Lignende bibliotek: de {n} bibliotekene av samme type i fylket som er nærmest i størrelse.',
    ),
  peerRuleCounty: (n: number) =>
    `${count(n, 'Lignende bibliotek: det ene andre biblioteket av samme type i fylket.', 'Lignende bibliotek: alle de {n} andre bibliotekene av samme type i fylket.')} Størrelsen (elever og ansatte) mangler for dette biblioteket eller de fleste i fylket, så vi sammenligner ikke etter størrelse.`,
  peerRuleNone: 'Biblioteket har ingen lignende bibliotek: det er det eneste av sin type i fylket.',
  offerMoreLacking: (n: number) =>
    count(n, 'Biblioteket mangler også én annen tjeneste i denne kategorien.', 'Biblioteket mangler også {n} andre tjenester i denne kategorien.'),
  offerAllInCategory: (category: string) => `Se alle tjenester i ${category}`,
  peersMore: (n: number) =>
    count(n, 'Ett bibliotek til er ikke listet her. Alle bibliotekene i fylket:', '{n} bibliotek til er ikke listet her. Alle bibliotekene i fylket:'),
  sizeUnknownWhy: 'ikke oppgitt i registeret',
  baselineTag: 'betalt av staten',
};

/** The embeds and the embed builder. */
export const embed = {
  serviceSummary: (o: number, t: number, s: string, y: number, c?: string) =>
    `${count(o, '{n}', '{n}')} av ${count(t, '{n} kommune', '{n} kommuner')}${c ? ` i ${c}` : ''} har tilgang til ${s} gjennom et bibliotek i ${y}.`,
  breadthSummary: (w: number, t: number, m: number, y: number, c?: string) =>
    `${count(w, '{n}', '{n}')} av ${count(t, '{n} kommune', '{n} kommuner')}${c ? ` i ${c}` : ''} har minst én betalt digital tjeneste gjennom et bibliotek i ${y}; medianen er ${count(m, '{n} betalt tjeneste', '{n} betalte tjenester')}.`,
  breadthTitle: (c?: string) => `Digitale tjenester i bibliotekene${c ? ` i ${c}` : ' i Norge'}`,
  fullPage: 'Se hele siden',
  csv: 'Last ned dataene (CSV)',
  licence: 'Lisens: NLOD 2.0.',
  frozen: (v: string) => `Datasettversjon ${v}`,
  latest: 'Nyeste data',
  csvHeader: ['kommunenummer', 'kommune', 'fylke', 'verdi', 'tekst'],
  csvDemoColumn: ['eksempeldata', 'ja'] as [string, string],
  imageAlt: (t: string) => `Kart: ${t}`,
  builderTitle: 'Bygg inn et kart',
  builderIntro:
    'Velg hva kartet skal vise, se det som det blir, og kopier koden inn i artikkelen eller nettsiden din. Kartet er gratis å bruke med kildehenvisning (NLOD 2.0), setter ingen informasjonskapsler og henter ingenting fra andre.',
  what: 'Hva',
  breadth: 'Antall betalte tjenester',
  region: 'Område',
  norway: 'Hele Norge',
  kind: 'Bibliotek',
  kinds: { all: 'Alle bibliotek', public: 'Folkebibliotek', school: 'Videregående skoler' },
  year: 'Avtaleår',
  language: 'Språk',
  theme: 'Utseende',
  themes: { auto: 'Som leserens innstilling', light: 'Lyst', dark: 'Mørkt' },
  width: 'Bredde i artikkelen (px)',
  preview: 'Forhåndsvisning',
  snippet: 'Kode for innbygging',
  copy: 'Kopier koden',
  copied: 'Kopiert',
  link: 'Lenke',
  resizeHint:
    'Koden har med et lite skript fra nettstedet (omtrent 1 KB) som gir rammen høyden til hele innholdet, så ingenting må rulles inne i rammen. Uten skript har rammen en fast høyde som passer bredden.',
  readyMade: 'Ferdige koder',
  builderOptions: 'Område, utvalg og utseende',
  builderWhatHint: 'Velg én eller flere tjenester, ett kart for hver. Velger du ingen, viser kartet hvor mange betalte tjenester bibliotekene har.',
  builderNeedsScript:
    'Valgene under trenger JavaScript, som er slått av. Koden viser kartet over hele Norge; ferdige koder for hver tjeneste og hvert fylke står lenger ned på siden.',
  embedThis: 'Bygg inn dette kartet',
  embedThisIntro: 'Lim inn koden i en artikkel eller på en nettside.',
  embedCountyOf: (county: string) => `Kartet viser ${county}, fylket kommunen ligger i.`,
  frozenHint: 'Vil du at tallene aldri skal endre seg, bruk lenken til denne datasettversjonen:',
  frozenUnavailable: 'Denne fryste versjonen av kartet trenger JavaScript og kunne ikke vises.',
  prunedTitle: 'Denne datasettversjonen er ikke lenger arkivert',
  prunedText: (v: string, from: string, to: string) =>
    `Datasettversjon ${v} (publisert ${from}–${to}) er fjernet fra arkivet etter nettstedets regler for lagring.`,
  prunedNearest: (v: string) => `Nærmeste arkiverte versjon: ${v}`,
  undatedSource: 'Kilde: Bibliotek24. Kommunegrenser © Kartverket (CC BY 4.0).',
};

/** The campaign material. */
export const campaign = {
  heading: 'Kampanjemateriell',
  intro: 'Plakater, bilder til sosiale medier og infoskjermer som bibliotekene kan bruke for å gjøre tjenestene kjent.',
  none: 'Ingen kampanjemateriell for denne tjenesten ennå.',
  download: 'Last ned original',
  downloadAll: 'Last ned alt for',
  pixels: 'piksler',
  language: 'Språk',
  format: 'Format',
  service: 'Tjeneste',
  credit: 'Kreditering',
  all: 'Alle',
  filter: 'Vis',
  shown: 'viser',
  of: 'av',
  demo: 'Eksempelmateriell: bildene er laget for å vise hvordan siden fungerer, og er ikke Bibliotek24s kampanjer.',
  consent: 'Materiell der samtykket er trukket tilbake eller utløpt, fjernes ved neste oppdatering av siden.',
  /** A zip's contents and size: "ZIP, 7 filer, 4 KB" (not "ZIP, 7, 4 KB"). */
  zip: (files: number, bytes: number) => `ZIP, ${count(files, '{n} fil', '{n} filer')}, ${formatBytes(bytes, 'nb')}`,
  // Paging (issue 16): the material comes a few services per page
  pagesLabel: 'Sider med kampanjemateriell',
  previous: 'Forrige',
  next: 'Neste',
  pageOf: (page: number, pages: number) => `Side ${page} av ${pages}`,
  filterScope: 'Filteret gjelder tjenestene på denne siden.',
  showMaterial: (n: number) => `Vis materiellet (${count(n, '{n} fil', '{n} filer')})`,
};

/** The about page. */
export const about: Prose = {
  lead: 'Hvem har hva? viser hvilke digitale innholdstjenester folkebibliotekene og de fylkeskommunale videregående skolene tilbyr gjennom innkjøpssamarbeidet Bibliotek24.',
  sections: [
    {
      heading: 'Kildene',
      paragraphs: [
        'Abonnementene kommer fra en eksport av Bibliotek24s bestillingssystem: én rad per bibliotek, tjeneste og avtaleår. Priser og kontaktpersoner i eksporten blir aldri lest inn.',
        'Kommuner, fylker og folketall kommer fra Kartverket og SSB (inndelingen fra 2024). Skolene kommer fra Utdanningsdirektoratets Nasjonalt skoleregister. Tjenestene, leverandørene og beskrivelsene er ført opp for hånd.',
        'Så lenge nettstedet er bygd fra eksempeldata, er abonnementene oppdiktet, og hver side sier det.',
      ],
    },
    {
      id: 'tallene',
      heading: 'Slik regnes tallene ut',
      paragraphs: [
        '«I år» er avtaleåret som løper den dagen dataene ble hentet. Et abonnement teller når det er aktivt i avtaleåret; oppsagte teller ikke. Hvert tall har ett navn, forklart i ordlisten øverst på siden, og betyr det samme på alle sider.',
        'Betalte tjenester og tjenester i alt: en tjeneste er betalt når biblioteket kjøper den gjennom Bibliotek24, også når fylket støtter kjøpet. Tjenester staten betaler (Filmbib, som Bibliotek24 har registrert ved alle folkebibliotek) sier ikke noe om hva biblioteket har valgt. «Bibliotek med minst én betalt tjeneste», andelen av innbyggerne, kartet og kommunene uten betalt tjeneste teller derfor bare betalte tjenester. «Tjenester i alt» tar med det staten betaler, og kartet kan ta det med («Tell tjenester i alt, med det staten betaler», gratis=med i adressen).',
        'Ikke registrert her: tjenester som ikke bestilles gjennom Bibliotek24 (Lovdata Pro er gratis på nettet til bibliotek som ber Lovdata om det) står ikke i bestillingssystemet. Vi vet ikke hvem som har dem, så de vises aldri som mangler og teller ikke i noe tall: ikke i andelene, ikke blant kommunene uten betalt tjeneste og ikke blant de lignende bibliotekene.',
        'Bibliotek med minst én betalt tjeneste = antall bibliotek (folkebibliotek og skoler) med minst ett aktivt abonnement på en betalt tjeneste i år.',
        'Kommunene rangeres etter antall betalte tjenester på folkebiblioteket sitt. På kartet over hele landet er tallet for en kommune antall ulike betalte tjenester hos folkebiblioteket og skolene i kommunen; kartet på en fylkesside teller folkebiblioteket, som setningen over det. Den laveste klassen er «Ingen betalt tjeneste», og kommunene i den er nevnt med navn og folketall under kartet.',
        'Lignende bibliotek er bibliotek av samme type i samme fylke. Når bibliotekets størrelse er kjent (innbyggere for folkebibliotek, elever og ansatte for skoler) og nok av de andre har kjent størrelse, brukes de fem som ligner mest i størrelse, målt som forholdstall. Ellers, som for de fleste skolene fordi skoleregisteret sjelden har elevtall, er alle bibliotekene av samme type i fylket med. Siden sier hvilken regel som er brukt.',
        'Hele tilbudet: for hver tjeneste som tilbys bibliotek av samme type viser bibliotekets side om biblioteket har den, ikke har den, eller om det ikke er registrert her; hvor mange av de lignende bibliotekene som har den (antall av antall); og andelen av bibliotekene av samme type i fylket som har den.',
        'Nye og oppsagte abonnementer finnes ved å sammenligne årets aktive abonnementer med fjorårets.',
      ],
    },
    {
      id: 'hvite-flekker',
      heading: 'Hvite flekker',
      paragraphs: [
        'En kommune er en hvit flekk når folkebiblioteket som betjener den, ikke har noen betalt tjeneste i år (eller ingen folkebibliotek betjener den). Tjenester staten betaler, teller ikke.',
        'Innbyggere i hvite flekker = summen av folketallet i disse kommunene (SSB).',
        'Endring fra året før = antall hvite kommuner i år minus antall i forrige avtaleår, og det samme for innbyggerne. Samme regel gjelder i hvert fylke.',
        'Skoler uten betalt tjeneste = videregående skoler i fylket uten noe aktivt abonnement på en betalt tjeneste i år, av alle videregående skoler i fylket.',
      ],
    },
    {
      id: 'tjenestene',
      heading: 'Hva vi vet om tjenestene',
      paragraphs: [
        'Hver tjeneste i katalogen har en finansiering, en fakturering der en kilde sier den, en målgruppe, kilder og en status. Bekreftet betyr at en kilde (Prosjekt Digins sluttrapport eller Bibliotek24s egne sider) viser at tjenesten er en del av tilbudet. Ikke bekreftet betyr at kildene nevner tjenesten, men ikke som solgt gjennom Bibliotek24. Bare tjenester en kilde nevner, er med. Et produkt som står i eksporten fra bestillingssystemet, men ikke i katalogen, vises med det eksporten sier og er merket «ikke beskrevet ennå» (se Datakvalitet).',
        'Eksempeldataene følger årshjulet og de publiserte tallene: bibliotekene bestiller om høsten for neste kalenderår. Betalte abonnementer per avtaleår: 973 for 2023, 1 077 for 2024 (Bibliotek24s egen oppsummering av tilknytningsperioden 2023; sluttrapporten oppgir 1 034, og siden Utvikling viser begge) og 1 079 (foreløpig) for 2025. 447 bibliotek kjøpte i den første perioden, to tredjedeler av dem folkebibliotek; i 2024 økte folkebibliotekene med 2,69 % og skolene med om lag 26 %. PressReader var en nasjonal prøveperiode ved alle bibliotek i 2023 og vises som det, ikke som kjøp, og telles ikke med i de 973. Filmbib-registreringene er ikke salg og kommer i tillegg.',
      ],
    },
  ],
};

/** The accessibility statement. */
export const accessibility: Prose = {
  lead: 'Nettstedet skal oppfylle kravene i WCAG 2.1 på nivå AA, slik forskrift om universell utforming av IKT-løsninger krever. Her står hva vi vet ikke er i orden, og hvordan du sier fra.',
  sections: [
    {
      id: 'metode',
      heading: 'Slik er det testet',
      paragraphs: [
        'Egenvurdering. Hver gang nettstedet bygges, tester to automatiske verktøy (axe-core for WCAG 2.1 A og AA, og IBM Equal Access Accessibility Checker) én side av hver sidetype på bokmål, nynorsk og engelsk, og utvalgte sider i mørk modus. Det testes også at overskriftene kommer i rekkefølge, og at søket, kartet og sammenligningen kan brukes med tastatur alene.',
        'Automatiske tester finner ikke alle brudd. Nettstedet er ikke testet av brukere med hjelpemidler.',
      ],
    },
    {
      id: 'kjente-brudd',
      heading: 'Det som ikke oppfyller kravene',
      paragraphs: ['Dette vet vi ikke er i orden etter WCAG 2.1 nivå AA:'],
      items: [
        '1.1.1 Ikke-tekstlig innhold: plakatene og bildene i kampanjemateriellet har tekst i selve bildet. Alternativteksten gir tittelen, ikke hele teksten.',
      ],
    },
    {
      heading: 'Slik er nettstedet laget',
      paragraphs: [
        'Sidene er ren HTML med overskrifter i rekkefølge, en lenke for å hoppe til innholdet og synlig fokus. De kan brukes med tastatur, på 320 piksler bredde og med 200 % forstørrelse, og følger systemets mørke modus.',
        'Alt kartet viser, står også i en tabell. Diagrammer har en tabell med de samme tallene. Sidene virker uten JavaScript; da mangler bare filtrering og sortering.',
        'Brede tabeller, som matrisen over bibliotek og tjenester i et fylke, må rulles sideveis på smale skjermer. Tabeller er unntatt fra kravet om å tilpasse seg smale skjermer, men vi vet at det er tungvint.',
      ],
    },
  ],
};

/** What each column of the open-data files means (/data/ and datapackage.json), table by table. */
export const openData = {
  libraries: {
    id: 'Stabil nøkkel: fb-<kommunenummer> eller vgs-<organisasjonsnummer>',
    kind: 'public (folkebibliotek) eller school (videregående skole)',
    name: 'Navn',
    slug: 'Del av adressen til siden',
    municipalityNumber: 'Kommunenummeret der biblioteket ligger',
    servesMunicipalities: 'Kommunene biblioteket betjener, skilt med mellomrom',
    countyNumber: 'Fylkesnummer',
    lat: 'Breddegrad (WGS 84), tom om ukjent',
    lon: 'Lengdegrad (WGS 84), tom om ukjent',
    inhabitantsServed: 'Folkebibliotek: innbyggere i kommunene det betjener (SSB)',
    studentsAndStaff: 'Skoler: elever og ansatte',
    libraryNumber: 'Biblioteknummer i BaseBibliotek (ISIL NO-<nummer>), tom om ukjent',
    organisationNumber: 'Organisasjonsnummer (skoler)',
  },
  services: {
    id: 'Stabil nøkkel',
    name: 'Navn',
    vendor: 'Leverandør',
    category: 'Kategori (news-magazines, film, music, reference, databases-journals, language-learning, books-audiobooks, other)',
    audience: 'Hvem den er for: public, school eller both',
    funding:
      'bought (kjøpt gjennom Bibliotek24), county-funded (støttet av fylket), state-funded (betalt av staten) eller network-free (gratis på bibliotekets nett)',
    billing: 'subscription, pay-per-use eller tom (ukjent)',
    status: 'confirmed (en kilde plasserer tjenesten i porteføljen til Bibliotek24), unconfirmed (en kilde nevner den, ikke som solgt) eller example (se /om/)',
    recorded: 'false når bestillingssystemet ikke registrerer hvem som har tjenesten (ikke registrert her, se /om/#not-recorded), ellers true',
    described: 'false for et produkt eksporten lister, men som ikke er beskrevet ennå (se /om/datakvalitet/)',
    url: 'Produktside (tom når bare firmaets hjemmeside er kjent)',
    'description_nb, description_nn, description_en': 'Beskrivelse på bokmål, nynorsk og engelsk',
    'access_nb, access_nn, access_en': 'Slik får en bruker tilgang',
    'evidence_nb, evidence_nn, evidence_en': 'Kildene: tittel, avsnitt, dato og adresse, og hva kilden sier; flere kilder skilt med |',
  },
  subscriptions: {
    libraryId: 'Biblioteket (id i libraries)',
    serviceId: 'Tjenesten (id i services)',
    year: 'Avtaleår',
    status: 'active eller cancelled (sagt opp)',
  },
};
