/** The map's own interface text in bokmål, nynorsk and English. Browser-safe. */
import type { Category } from '../schema';
import type { Lang } from '../i18n/lang';
import { CATEGORY_LABELS } from '../i18n/categories';

export interface MapStrings {
  mapLabel: string;
  explore: string;
  exploreHint: string;
  loading: string;
  loadFailed: string;
  skipToTable: string;
  tableCaption: (what: string) => string;
  municipality: string;
  county: string;
  chooserLabel: string;
  chooserHint: string;
  noMatch: string;
  chosen: (name: string, value: string) => string;
  legendTitle: Record<'breadth' | 'service' | 'reach', string>;
  services: (n: number) => string;
  servicesRange: (from: number, to: number | null) => string;
  offeredByPublic: string;
  offeredBySchoolOnly: string;
  notOffered: string;
  noSchool: string;
  notForKind: string;
  offeredYes: string;
  schoolsOffering: (offering: number, total: number) => string;
  inhabitants: (formatted: string) => string;
  populationRange: (from: string, to: string | null) => string;
  reachSummary: (people: string, share: string) => string;
  /** The lowest breadth class when only chosen (paid) services count. */
  noPaid: string;
  /** Checkbox: count state-funded and network-free services too. */
  includeBaseline: string;
  /** Names the municipalities (and people) in the lowest class. */
  noPaidSummary: (municipalities: string, people: string, names: string) => string;
  noneSummary: (municipalities: string, people: string, names: string) => string;
  municipalitiesCount: (n: number) => string;
  publicLibrary: string;
  school: string;
  pointsLegend: string;
  librariesTable: (n: number) => string;
  /** The same table when a national map of one service lists only the libraries that have it. */
  librariesOffering: (n: number) => string;
  library: string;
  kind: string;
  hasService: string;
  lacksService: string;
  source: (date: string) => string;
  demo: string;
  filters: string;
  filterMode: string;
  modes: Record<'breadth' | 'service' | 'reach', string>;
  filterService: string;
  anyService: string;
  filterCategory: string;
  allCategories: string;
  filterKind: string;
  kinds: Record<'all' | 'public' | 'school', string>;
  filterCounty: string;
  wholeCountry: string;
  filterYear: string;
  apply: string;
  reset: string;
  share: string;
  canvasLabel: (what: string) => string;
  zoomIn: string;
  zoomOut: string;
  openMunicipality: string;
  openLibrary: string;
  viewChanged: (what: string) => string;
  categories: Record<Category, string>;
  /** MapLibre's own controls (its `locale` option). */
  gl: { close: string; resetBearing: string; ctrlScroll: string; cmdScroll: string; twoFingers: string; attribution: string };
}

const nb: MapStrings = {
  mapLabel: 'Kart over Norge',
  explore: 'Utforsk kartet',
  exploreHint: 'Klikk, dra eller trykk Enter for å zoome og panorere.',
  loading: 'Laster kartet …',
  loadFailed: 'Det interaktive kartet kunne ikke lastes. Kartet og tabellen under viser de samme tallene.',
  skipToTable: 'Hopp til tabellen med de samme tallene',
  tableCaption: (what) => `${what}, per kommune`,
  municipality: 'Kommune',
  county: 'Fylke',
  chooserLabel: 'Finn en kommune',
  chooserHint: 'Skriv for å søke, velg med piltastene og Enter.',
  noMatch: 'Ingen kommune passer',
  chosen: (name, value) => `Valgt: ${name}. ${value}.`,
  legendTitle: { breadth: 'Antall tjenester', service: 'Tilbys tjenesten?', reach: 'Innbyggere som når tjenesten' },
  services: (n) => `${n} ${n === 1 ? 'tjeneste' : 'tjenester'}`,
  servicesRange: (from, to) => (to === null ? `${from} eller flere` : from === to ? `${from}` : `${from}–${to}`),
  offeredByPublic: 'Ja, på folkebiblioteket',
  offeredBySchoolOnly: 'Bare på en videregående skole',
  notOffered: 'Nei',
  noSchool: 'Ingen videregående skole',
  notForKind: 'Ikke aktuelt for denne typen bibliotek',
  offeredYes: 'Ja',
  schoolsOffering: (offering, total) => `${offering} av ${total} videregående skoler`,
  inhabitants: (n) => `${n} innbyggere`,
  populationRange: (from, to) => (to === null ? `${from} eller flere` : `${from}–${to}`),
  reachSummary: (people, share) => `${people} innbyggere (${share}) bor i en kommune der tjenesten tilbys.`,
  noPaid: 'Ingen betalt tjeneste',
  includeBaseline: 'Ta med tjenester staten betaler og gratistjenester',
  noPaidSummary: (m, people, names) => `Ingen betalt tjeneste: ${m} kommuner, ${people} innbyggere (${names}).`,
  noneSummary: (m, people, names) => `Ingen tjeneste: ${m} kommuner, ${people} innbyggere (${names}).`,
  municipalitiesCount: (n) => `${n} ${n === 1 ? 'kommune' : 'kommuner'}`,
  publicLibrary: 'Folkebibliotek',
  school: 'Videregående skole',
  pointsLegend: 'Bibliotek',
  librariesTable: (n) => `Bibliotekene på kartet (${n})`,
  librariesOffering: (n) => `Bibliotekene på kartet som har tjenesten (${n})`,
  library: 'Bibliotek',
  kind: 'Type',
  hasService: 'har',
  lacksService: 'har ikke',
  source: (date) => `Kilde: Bibliotek24 (data hentet ${date}). Kommunegrenser © Kartverket (CC BY 4.0).`,
  demo: 'Eksempeldata: abonnementene er oppdiktet.',
  filters: 'Velg hva kartet viser',
  filterMode: 'Vis',
  modes: { breadth: 'Antall tjenester', service: 'Én tjeneste', reach: 'Innbyggere nådd' },
  filterService: 'Tjeneste',
  anyService: 'Alle tjenester',
  filterCategory: 'Kategori',
  allCategories: 'Alle kategorier',
  filterKind: 'Bibliotek',
  kinds: { all: 'Alle bibliotek', public: 'Folkebibliotek', school: 'Videregående skoler' },
  filterCounty: 'Fylke',
  wholeCountry: 'Hele landet',
  filterYear: 'År',
  apply: 'Vis',
  reset: 'Tilbakestill',
  share: 'Lenke til denne visningen',
  canvasLabel: (what) => `Interaktivt kart: ${what}. Tabellen under kartet har de samme tallene.`,
  zoomIn: 'Zoom inn',
  zoomOut: 'Zoom ut',
  openMunicipality: 'Se kommunen',
  openLibrary: 'Se biblioteket',
  viewChanged: (what) => `Kartet viser nå: ${what}.`,
  gl: { close: 'Lukk', resetBearing: 'Nord opp', ctrlScroll: 'Hold Ctrl og rull for å zoome kartet', cmdScroll: 'Hold ⌘ og rull for å zoome kartet', twoFingers: 'Bruk to fingre for å flytte kartet', attribution: 'Vis kilder' },
  categories: CATEGORY_LABELS.nb,
};

const nn: MapStrings = {
  ...nb,
  mapLabel: 'Kart over Noreg',
  explore: 'Utforsk kartet',
  exploreHint: 'Klikk, dra eller trykk Enter for å zoome og panorere.',
  loading: 'Lastar kartet …',
  loadFailed: 'Det interaktive kartet kunne ikkje lastast. Kartet og tabellen under viser dei same tala.',
  skipToTable: 'Hopp til tabellen med dei same tala',
  tableCaption: (what) => `${what}, per kommune`,
  chooserLabel: 'Finn ein kommune',
  chooserHint: 'Skriv for å søkje, vel med piltastane og Enter.',
  noMatch: 'Ingen kommune passar',
  chosen: (name, value) => `Vald: ${name}. ${value}.`,
  legendTitle: { breadth: 'Tal på tenester', service: 'Blir tenesta tilbydd?', reach: 'Innbyggjarar som når tenesta' },
  services: (n) => `${n} ${n === 1 ? 'teneste' : 'tenester'}`,
  servicesRange: (from, to) => (to === null ? `${from} eller fleire` : from === to ? `${from}` : `${from}–${to}`),
  offeredByPublic: 'Ja, på folkebiblioteket',
  offeredBySchoolOnly: 'Berre på ein vidaregåande skule',
  notOffered: 'Nei',
  noSchool: 'Ingen vidaregåande skule',
  notForKind: 'Ikkje aktuelt for denne typen bibliotek',
  schoolsOffering: (offering, total) => `${offering} av ${total} vidaregåande skular`,
  inhabitants: (n) => `${n} innbyggjarar`,
  populationRange: (from, to) => (to === null ? `${from} eller fleire` : `${from}–${to}`),
  reachSummary: (people, share) => `${people} innbyggjarar (${share}) bur i ein kommune der tenesta blir tilbydd.`,
  noPaid: 'Inga betalt teneste',
  includeBaseline: 'Ta med tenester staten betaler og gratistenester',
  noPaidSummary: (m, people, names) => `Inga betalt teneste: ${m} kommunar, ${people} innbyggjarar (${names}).`,
  noneSummary: (m, people, names) => `Inga teneste: ${m} kommunar, ${people} innbyggjarar (${names}).`,
  municipalitiesCount: (n) => `${n} ${n === 1 ? 'kommune' : 'kommunar'}`,
  librariesTable: (n) => `Biblioteka på kartet (${n})`,
  librariesOffering: (n) => `Biblioteka på kartet som har tenesta (${n})`,
  publicLibrary: 'Folkebibliotek',
  school: 'Vidaregåande skule',
  hasService: 'har',
  lacksService: 'har ikkje',
  source: (date) => `Kjelde: Bibliotek24 (data henta ${date}). Kommunegrenser © Kartverket (CC BY 4.0).`,
  demo: 'Eksempeldata: abonnementa er oppdikta.',
  filters: 'Vel kva kartet viser',
  modes: { breadth: 'Tal på tenester', service: 'Éi teneste', reach: 'Innbyggjarar nådde' },
  filterService: 'Teneste',
  anyService: 'Alle tenester',
  filterCategory: 'Kategori',
  allCategories: 'Alle kategoriar',
  kinds: { all: 'Alle bibliotek', public: 'Folkebibliotek', school: 'Vidaregåande skular' },
  wholeCountry: 'Heile landet',
  reset: 'Tilbakestill',
  share: 'Lenkje til denne visinga',
  canvasLabel: (what) => `Interaktivt kart: ${what}. Tabellen under kartet har dei same tala.`,
  openMunicipality: 'Sjå kommunen',
  openLibrary: 'Sjå biblioteket',
  viewChanged: (what) => `Kartet viser no: ${what}.`,
  gl: { close: 'Lukk', resetBearing: 'Nord opp', ctrlScroll: 'Hald Ctrl og rull for å zoome kartet', cmdScroll: 'Hald ⌘ og rull for å zoome kartet', twoFingers: 'Bruk to fingrar for å flytte kartet', attribution: 'Vis kjelder' },
  categories: CATEGORY_LABELS.nn,
};

const en: MapStrings = {
  mapLabel: 'Map of Norway',
  explore: 'Explore the map',
  exploreHint: 'Click, drag or press Enter to zoom and pan.',
  loading: 'Loading the map …',
  loadFailed: 'The interactive map could not be loaded. The map and the table below show the same figures.',
  skipToTable: 'Skip to the table with the same figures',
  tableCaption: (what) => `${what}, by municipality`,
  municipality: 'Municipality',
  county: 'County',
  chooserLabel: 'Find a municipality',
  chooserHint: 'Type to search, choose with the arrow keys and Enter.',
  noMatch: 'No municipality matches',
  chosen: (name, value) => `Chosen: ${name}. ${value}.`,
  legendTitle: { breadth: 'Number of services', service: 'Is the service offered?', reach: 'Inhabitants reached' },
  services: (n) => `${n} ${n === 1 ? 'service' : 'services'}`,
  servicesRange: (from, to) => (to === null ? `${from} or more` : from === to ? `${from}` : `${from}–${to}`),
  offeredByPublic: 'Yes, at the public library',
  offeredBySchoolOnly: 'Only at an upper-secondary school',
  notOffered: 'No',
  noSchool: 'No upper-secondary school',
  notForKind: 'Not offered to this kind of library',
  offeredYes: 'Yes',
  schoolsOffering: (offering, total) => `${offering} of ${total} upper-secondary schools`,
  inhabitants: (n) => `${n} inhabitants`,
  populationRange: (from, to) => (to === null ? `${from} or more` : `${from}–${to}`),
  reachSummary: (people, share) => `${people} inhabitants (${share}) live in a municipality where the service is offered.`,
  noPaid: 'No paid service',
  includeBaseline: 'Include services the state pays for and free services',
  noPaidSummary: (m, people, names) => `No paid service: ${m} municipalities, ${people} inhabitants (${names}).`,
  noneSummary: (m, people, names) => `No service: ${m} municipalities, ${people} inhabitants (${names}).`,
  municipalitiesCount: (n) => `${n} ${n === 1 ? 'municipality' : 'municipalities'}`,
  publicLibrary: 'Public library',
  school: 'Upper-secondary school',
  pointsLegend: 'Libraries',
  librariesTable: (n) => `The libraries on the map (${n})`,
  librariesOffering: (n) => `The libraries on the map that have the service (${n})`,
  library: 'Library',
  kind: 'Kind',
  hasService: 'has it',
  lacksService: 'does not have it',
  source: (date) => `Source: Bibliotek24 (data pulled ${date}). Boundaries © Kartverket (CC BY 4.0).`,
  demo: 'Demo data: the subscriptions are fictitious.',
  filters: 'Choose what the map shows',
  filterMode: 'Show',
  modes: { breadth: 'Number of services', service: 'One service', reach: 'Inhabitants reached' },
  filterService: 'Service',
  anyService: 'All services',
  filterCategory: 'Category',
  allCategories: 'All categories',
  filterKind: 'Libraries',
  kinds: { all: 'All libraries', public: 'Public libraries', school: 'Upper-secondary schools' },
  filterCounty: 'County',
  wholeCountry: 'All of Norway',
  filterYear: 'Year',
  apply: 'Show',
  reset: 'Reset',
  share: 'Link to this view',
  canvasLabel: (what) => `Interactive map: ${what}. The table below the map has the same figures.`,
  zoomIn: 'Zoom in',
  zoomOut: 'Zoom out',
  openMunicipality: 'Open the municipality',
  openLibrary: 'Open the library',
  viewChanged: (what) => `The map now shows: ${what}.`,
  gl: { close: 'Close', resetBearing: 'Reset north', ctrlScroll: 'Use Ctrl + scroll to zoom the map', cmdScroll: 'Use ⌘ + scroll to zoom the map', twoFingers: 'Use two fingers to move the map', attribution: 'Show sources' },
  categories: CATEGORY_LABELS.en,
};

export const MAP_STRINGS: Record<Lang, MapStrings> = { nb, nn, en };

const LOCALE: Record<Lang, string> = { nb: 'nb-NO', nn: 'nn-NO', en: 'en-GB' };
export function mapLocale(lang: Lang): string {
  return LOCALE[lang];
}
