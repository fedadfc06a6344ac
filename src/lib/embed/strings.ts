/** Text of the embeds and the embed builder in nb, nn and en (kept apart from the site's strings). */
import type { Lang } from '../i18n/lang';

export interface EmbedStrings {
  serviceSummary: (offered: number, total: number, service: string, year: number, county?: string) => string;
  breadthSummary: (withAny: number, total: number, median: number, year: number, county?: string) => string;
  breadthTitle: (county?: string) => string;
  fullPage: string;
  csv: string;
  licence: string;
  frozen: (version: string) => string;
  latest: string;
  csvHeader: readonly string[];
  /** The column (heading, value) that marks every row of a CSV built from demo data. */
  csvDemoColumn: readonly [string, string];
  imageAlt: (title: string) => string;
  // builder
  builderTitle: string;
  builderIntro: string;
  what: string;
  breadth: string;
  region: string;
  norway: string;
  kind: string;
  kinds: { all: string; public: string; school: string };
  year: string;
  language: string;
  theme: string;
  themes: { auto: string; light: string; dark: string };
  width: string;
  preview: string;
  snippet: string;
  copy: string;
  copied: string;
  link: string;
  resizeHint: string;
  readyMade: string;
  embedThis: string;
  embedThisIntro: string;
  frozenHint: string;
  /** A frozen page shown without JavaScript, or whose body could not be loaded. */
  frozenUnavailable: string;
  /** The notice at a pruned frozen version's URLs (see retention.ts). */
  prunedTitle: string;
  prunedText: (version: string, from: string, to: string) => string;
  prunedNearest: (version: string) => string;
  /** The source line of a frozen version's picture: without the data date, so a picture whose figures did not change is shared between versions (the page states the date). */
  undatedSource: string;
}

const nbKinds = { all: 'Alle bibliotek', public: 'Folkebibliotek', school: 'Videregående skoler' };

export const EMBED_STRINGS: Record<Lang, EmbedStrings> = {
  nb: {
    serviceSummary: (o, t, s, y, c) => `${o} av ${t} kommuner${c ? ` i ${c}` : ''} har tilgang til ${s} gjennom et bibliotek i ${y}.`,
    breadthSummary: (w, t, m, y, c) => `${w} av ${t} kommuner${c ? ` i ${c}` : ''} har minst én betalt digital tjeneste gjennom et bibliotek i ${y}; medianen er ${m}.`,
    breadthTitle: (c) => `Digitale tjenester i bibliotekene${c ? ` i ${c}` : ' i Norge'}`,
    fullPage: 'Se hele siden',
    csv: 'Last ned dataene (CSV)',
    licence: 'Lisens: NLOD 2.0.',
    frozen: (v) => `Datasettversjon ${v}`,
    latest: 'Nyeste data',
    csvHeader: ['kommunenummer', 'kommune', 'fylke', 'verdi', 'tekst'],
    csvDemoColumn: ['eksempeldata', 'ja'],
    imageAlt: (t) => `Kart: ${t}`,
    builderTitle: 'Bygg inn et kart',
    builderIntro: 'Velg hva kartet skal vise, se det som det blir, og kopier koden inn i artikkelen eller nettsiden din. Kartet er gratis å bruke med kildehenvisning (NLOD 2.0), setter ingen informasjonskapsler og henter ingenting fra andre.',
    what: 'Hva',
    breadth: 'Antall tjenester (bredde)',
    region: 'Område',
    norway: 'Hele Norge',
    kind: 'Bibliotek',
    kinds: nbKinds,
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
    resizeHint: 'Valgfritt: skriptet under justerer høyden automatisk (omtrent 1 KB). Uten det har rammen en fast høyde som passer bredden.',
    readyMade: 'Ferdige koder',
    embedThis: 'Bygg inn dette kartet',
    embedThisIntro: 'Lim inn koden i en artikkel eller på en nettside.',
    frozenHint: 'Vil du at tallene aldri skal endre seg, bruk lenken til denne datasettversjonen:',
    frozenUnavailable: 'Denne fryste versjonen av kartet trenger JavaScript og kunne ikke vises.',
    prunedTitle: 'Denne datasettversjonen er ikke lenger arkivert',
    prunedText: (v, from, to) => `Datasettversjon ${v} (publisert ${from}–${to}) er fjernet fra arkivet etter nettstedets regler for lagring.`,
    prunedNearest: (v) => `Nærmeste arkiverte versjon: ${v}`,
    undatedSource: 'Kilde: Bibliotek24. Kommunegrenser © Kartverket (CC BY 4.0).',
  },
  nn: {
    serviceSummary: (o, t, s, y, c) => `${o} av ${t} kommunar${c ? ` i ${c}` : ''} har tilgang til ${s} gjennom eit bibliotek i ${y}.`,
    breadthSummary: (w, t, m, y, c) => `${w} av ${t} kommunar${c ? ` i ${c}` : ''} har minst éi betalt digital teneste gjennom eit bibliotek i ${y}; medianen er ${m}.`,
    breadthTitle: (c) => `Digitale tenester i biblioteka${c ? ` i ${c}` : ' i Noreg'}`,
    fullPage: 'Sjå heile sida',
    csv: 'Last ned dataa (CSV)',
    licence: 'Lisens: NLOD 2.0.',
    frozen: (v) => `Datasettversjon ${v}`,
    latest: 'Nyaste data',
    csvHeader: ['kommunenummer', 'kommune', 'fylke', 'verdi', 'tekst'],
    csvDemoColumn: ['eksempeldata', 'ja'],
    imageAlt: (t) => `Kart: ${t}`,
    builderTitle: 'Bygg inn eit kart',
    builderIntro: 'Vel kva kartet skal vise, sjå det slik det blir, og kopier koden inn i artikkelen eller nettsida di. Kartet er gratis å bruke med kjeldetilvising (NLOD 2.0), set ingen informasjonskapslar og hentar ingenting frå andre.',
    what: 'Kva',
    breadth: 'Talet på tenester (breidd)',
    region: 'Område',
    norway: 'Heile Noreg',
    kind: 'Bibliotek',
    kinds: { all: 'Alle bibliotek', public: 'Folkebibliotek', school: 'Vidaregåande skular' },
    year: 'Avtaleår',
    language: 'Språk',
    theme: 'Utsjånad',
    themes: { auto: 'Som innstillinga til lesaren', light: 'Lyst', dark: 'Mørkt' },
    width: 'Breidd i artikkelen (px)',
    preview: 'Førehandsvising',
    snippet: 'Kode for innbygging',
    copy: 'Kopier koden',
    copied: 'Kopiert',
    link: 'Lenkje',
    resizeHint: 'Valfritt: skriptet under justerer høgda automatisk (om lag 1 KB). Utan det har ramma ei fast høgd som passar breidda.',
    readyMade: 'Ferdige kodar',
    embedThis: 'Bygg inn dette kartet',
    embedThisIntro: 'Lim inn koden i ein artikkel eller på ei nettside.',
    frozenHint: 'Vil du at tala aldri skal endre seg, bruk lenkja til denne datasettversjonen:',
    frozenUnavailable: 'Denne frosne versjonen av kartet treng JavaScript og kunne ikkje visast.',
    prunedTitle: 'Denne datasettversjonen er ikkje lenger arkivert',
    prunedText: (v, from, to) => `Datasettversjon ${v} (publisert ${from}–${to}) er fjerna frå arkivet etter reglane nettstaden har for lagring.`,
    prunedNearest: (v) => `Næraste arkiverte versjon: ${v}`,
    undatedSource: 'Kjelde: Bibliotek24. Kommunegrenser © Kartverket (CC BY 4.0).',
  },
  en: {
    serviceSummary: (o, t, s, y, c) => `${o} of ${t} municipalities${c ? ` in ${c}` : ''} have access to ${s} through a library in ${y}.`,
    breadthSummary: (w, t, m, y, c) => `${w} of ${t} municipalities${c ? ` in ${c}` : ''} have at least one paid digital service through a library in ${y}; the median is ${m}.`,
    breadthTitle: (c) => `Digital services in the libraries of ${c ?? 'Norway'}`,
    fullPage: 'See the full page',
    csv: 'Download the data (CSV)',
    licence: 'Licence: NLOD 2.0.',
    frozen: (v) => `Dataset version ${v}`,
    latest: 'Latest data',
    csvHeader: ['municipality_number', 'municipality', 'county', 'value', 'text'],
    csvDemoColumn: ['demo_data', 'yes'],
    imageAlt: (t) => `Map: ${t}`,
    builderTitle: 'Embed a map',
    builderIntro: 'Choose what the map shows, see it as it will look, and copy the code into your article or web page. Free to use with attribution (NLOD 2.0); no cookies, nothing fetched from anyone else.',
    what: 'What',
    breadth: 'Number of services (breadth)',
    region: 'Region',
    norway: 'All of Norway',
    kind: 'Libraries',
    kinds: { all: 'All libraries', public: 'Public libraries', school: 'Upper-secondary schools' },
    year: 'Agreement year',
    language: 'Language',
    theme: 'Theme',
    themes: { auto: "The reader's setting", light: 'Light', dark: 'Dark' },
    width: 'Width in the article (px)',
    preview: 'Preview',
    snippet: 'Embed code',
    copy: 'Copy the code',
    copied: 'Copied',
    link: 'Link',
    resizeHint: 'Optional: the script below adjusts the height automatically (about 1 KB). Without it the frame has a fixed height that suits the width.',
    readyMade: 'Ready-made codes',
    embedThis: 'Embed this map',
    embedThisIntro: 'Paste the code into an article or a web page.',
    frozenHint: 'For figures that never change, use the link to this dataset version:',
    frozenUnavailable: 'This frozen version of the map needs JavaScript and could not be shown.',
    prunedTitle: 'This dataset version is no longer archived',
    prunedText: (v, from, to) => `Dataset version ${v} (published ${from} to ${to}) was removed from the archive under the site's retention rules.`,
    prunedNearest: (v) => `Nearest archived version: ${v}`,
    undatedSource: 'Source: Bibliotek24. Boundaries © Kartverket (CC BY 4.0).',
  },
};
