/**
 * Text for the honest figures (issue 15): catalogue status and evidence, the paid/baseline
 * split, the white spots and a library's whole offer. A module of its own so the shared string
 * table stays small to merge.
 */
import type { Lang } from './lang';

type S = string;

export interface FigureStrings {
  status: S;
  statusLabel: Record<'confirmed' | 'unconfirmed' | 'example', S>;
  exampleMark: S;
  billing: S;
  billingLabel: Record<'subscription' | 'pay-per-use', S>;
  billingUnknown: S;
  evidence: S;
  evidenceNone: S;
  noProductPage: S;
  /** "All 352 public libraries offer Filmbib" / "300 of 352 ...". */
  baselineLine: (holders: S, eligible: S, name: S, all: boolean) => S;
  baselineHeading: S;
  /** A network-free service is not ordered through the consortium: the data cannot say who has it. */
  notInOrders: S;
  baselineNote: S;
  whiteHeading: S;
  whiteHeadline: (municipalities: S, people: S, year: number) => S;
  whiteChange: (municipalities: S, people: S, previousYear: number) => S;
  whiteNoPrevious: S;
  whiteNone: S;
  whiteListSummary: (n: S) => S;
  schoolsWhite: (without: S, total: S, year: number) => S;
  schoolsWhiteChange: (delta: S, previousYear: number) => S;
  schoolsNone: S;
  whiteDefinitionLink: S;
  offerHeading: S;
  offerLead: (has: S, total: S) => S;
  offerNothing: S;
  offerCaption: (category: S) => S;
  has: S;
  lacks: S;
  peersWithIt: S;
  countyShare: (county: S) => S;
  ofPeers: (n: S, total: S) => S;
  peerRuleSize: (n: S) => S;
  peerRuleCounty: (n: S) => S;
  peerRuleNone: S;
  /** After a category's listed lacks: how many more it lacks; then a link to the category's services. */
  offerMoreLacking: (count: number, n: S) => S;
  offerAllInCategory: (category: S) => S;
  /** After the listed peers: how many more; then a link to the county page. */
  peersMore: (count: number, n: S) => S;
  sizeUnknownWhy: S;
  baselineTag: S;
}

const nb: FigureStrings = {
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
  baselineLine: (h, e, name, all) => (all ? `Alle ${e} folkebibliotek tilbyr ${name}.` : `${h} av ${e} folkebibliotek tilbyr ${name}.`),
  baselineHeading: 'Grunntilbud som ikke teller med',
  notInOrders: 'bestilles ikke gjennom Bibliotek24, så dataene viser ikke hvilke bibliotek som har den.',
  baselineNote: 'Tjenester staten betaler, eller som er gratis på bibliotekets eget nett, er ikke noe biblioteket har valgt å kjøpe. De teller ikke med i tallene over, på kartet eller i de hvite flekkene, med mindre du slår dem på i kartet.',
  whiteHeading: 'Hvite flekker: ingen betalt tjeneste',
  whiteHeadline: (m, p, y) => `${m} kommuner med til sammen ${p} innbyggere har et folkebibliotek uten noen betalt tjeneste i ${y}.`,
  whiteChange: (m, p, y) => `Endring fra ${y}: ${m} kommuner, ${p} innbyggere.`,
  whiteNoPrevious: 'Det finnes ikke noe tidligere avtaleår å sammenligne med.',
  whiteNone: 'Ingen kommuner er uten betalt tjeneste.',
  whiteListSummary: (n) => `Vis de ${n} kommunene`,
  schoolsWhite: (w, t, y) => `${w} av ${t} videregående skoler har ingen betalt tjeneste i ${y}.`,
  schoolsWhiteChange: (d, y) => `Endring fra ${y}: ${d} skoler.`,
  schoolsNone: 'Fylket har ingen videregående skoler i dataene.',
  whiteDefinitionLink: 'Slik regner vi',
  offerHeading: 'Hele tilbudet',
  offerLead: (h, t) => `Biblioteket har ${h} av ${t} tjenester som tilbys bibliotek av denne typen.`,
  offerNothing: 'Biblioteket har ingen betalte tjenester dette året. Tabellene viser hva det mangler, og hvor mange av de jevnbyrdige som har hver tjeneste.',
  offerCaption: (c) => `${c}: hva biblioteket har og mangler`,
  has: 'Har',
  lacks: 'Mangler',
  peersWithIt: 'Jevnbyrdige som har den',
  countyShare: (c) => `Andel i ${c}`,
  ofPeers: (n, t) => `${n} av ${t}`,
  peerRuleSize: (n) => `Jevnbyrdige: de ${n} bibliotekene av samme type i fylket som er nærmest i størrelse.`,
  peerRuleCounty: (n) => `Jevnbyrdige: alle de ${n} andre bibliotekene av samme type i fylket. Størrelsen (elever og ansatte) mangler for dette biblioteket eller de fleste i fylket, så vi sammenligner ikke etter størrelse.`,
  peerRuleNone: 'Biblioteket har ingen jevnbyrdige: det er det eneste av sin type i fylket.',
  offerMoreLacking: (c, n) => (c === 1 ? 'Biblioteket mangler også én annen tjeneste i denne kategorien.' : `Biblioteket mangler også ${n} andre tjenester i denne kategorien.`),
  offerAllInCategory: (c) => `Se alle tjenester i ${c}`,
  peersMore: (c, n) => (c === 1 ? 'Ett bibliotek til er ikke listet her. Alle bibliotekene i fylket:' : `${n} bibliotek til er ikke listet her. Alle bibliotekene i fylket:`),
  sizeUnknownWhy: 'ikke oppgitt i registeret',
  baselineTag: 'grunntilbud',
};

const nn: FigureStrings = {
  status: 'Status',
  statusLabel: {
    confirmed: 'Stadfesta: ei kjelde viser at tenesta er del av tilbodet til Bibliotek24',
    unconfirmed: 'Ikkje stadfesta: nemnd i kjeldene, men ikkje som seld gjennom Bibliotek24',
    example: 'Døme: inga kjelde, finst berre i eksempeldataa',
  },
  exampleMark: 'døme',
  billing: 'Fakturering',
  billingLabel: { subscription: 'Årsabonnement', 'pay-per-use': 'Blir betalt etter bruk' },
  billingUnknown: 'Ukjend: inga kjelde seier korleis',
  evidence: 'Kjelder',
  evidenceNone: 'Inga kjelde.',
  noProductPage: 'Inga produktside kjend',
  baselineLine: (h, e, name, all) => (all ? `Alle ${e} folkebibliotek tilbyr ${name}.` : `${h} av ${e} folkebibliotek tilbyr ${name}.`),
  baselineHeading: 'Grunntilbod som ikkje tel med',
  notInOrders: 'blir ikkje bestilt gjennom Bibliotek24, så dataa viser ikkje kva bibliotek som har ho.',
  baselineNote: 'Tenester staten betaler, eller som er gratis på det eigne nettet til biblioteket, er ikkje noko biblioteket har valt å kjøpe. Dei tel ikkje med i tala over, på kartet eller i dei kvite flekkane, med mindre du slår dei på i kartet.',
  whiteHeading: 'Kvite flekkar: inga betalt teneste',
  whiteHeadline: (m, p, y) => `${m} kommunar med til saman ${p} innbyggjarar har eit folkebibliotek utan nokon betalt teneste i ${y}.`,
  whiteChange: (m, p, y) => `Endring frå ${y}: ${m} kommunar, ${p} innbyggjarar.`,
  whiteNoPrevious: 'Det finst ikkje noko tidlegare avtaleår å samanlikne med.',
  whiteNone: 'Ingen kommunar er utan betalt teneste.',
  whiteListSummary: (n) => `Vis dei ${n} kommunane`,
  schoolsWhite: (w, t, y) => `${w} av ${t} vidaregåande skular har inga betalt teneste i ${y}.`,
  schoolsWhiteChange: (d, y) => `Endring frå ${y}: ${d} skular.`,
  schoolsNone: 'Fylket har ingen vidaregåande skular i dataa.',
  whiteDefinitionLink: 'Slik reknar vi',
  offerHeading: 'Heile tilbodet',
  offerLead: (h, t) => `Biblioteket har ${h} av ${t} tenester som blir tilbodne bibliotek av denne typen.`,
  offerNothing: 'Biblioteket har ingen betalte tenester dette året. Tabellane viser kva det manglar, og kor mange av dei jamngode som har kvar teneste.',
  offerCaption: (c) => `${c}: kva biblioteket har og manglar`,
  has: 'Har',
  lacks: 'Manglar',
  peersWithIt: 'Jamngode som har ho',
  countyShare: (c) => `Del i ${c}`,
  ofPeers: (n, t) => `${n} av ${t}`,
  peerRuleSize: (n) => `Jamngode: dei ${n} biblioteka av same type i fylket som er nærast i storleik.`,
  peerRuleCounty: (n) => `Jamngode: alle dei ${n} andre biblioteka av same type i fylket. Storleiken (elevar og tilsette) manglar for dette biblioteket eller dei fleste i fylket, så vi samanliknar ikkje etter storleik.`,
  peerRuleNone: 'Biblioteket har ingen jamngode: det er det einaste av sin type i fylket.',
  offerMoreLacking: (c, n) => (c === 1 ? 'Biblioteket manglar òg éi anna teneste i denne kategorien.' : `Biblioteket manglar òg ${n} andre tenester i denne kategorien.`),
  offerAllInCategory: (c) => `Sjå alle tenester i ${c}`,
  peersMore: (c, n) => (c === 1 ? 'Eitt bibliotek til er ikkje lista her. Alle biblioteka i fylket:' : `${n} bibliotek til er ikkje lista her. Alle biblioteka i fylket:`),
  sizeUnknownWhy: 'ikkje oppgitt i registeret',
  baselineTag: 'grunntilbod',
};

const en: FigureStrings = {
  status: 'Status',
  statusLabel: {
    confirmed: "Confirmed: a source shows the service is part of Bibliotek24's offer",
    unconfirmed: 'Unconfirmed: named in the sources, but not as sold through Bibliotek24',
    example: 'Example: no source, exists only in the demo data',
  },
  exampleMark: 'example',
  billing: 'Billing',
  billingLabel: { subscription: 'Yearly subscription', 'pay-per-use': 'Paid after use' },
  billingUnknown: 'Unknown: no source says how',
  evidence: 'Sources',
  evidenceNone: 'No source.',
  noProductPage: 'No product page known',
  baselineLine: (h, e, name, all) => (all ? `All ${e} public libraries offer ${name}.` : `${h} of ${e} public libraries offer ${name}.`),
  baselineHeading: 'Baseline services that do not count',
  notInOrders: 'is not ordered through Bibliotek24, so the data cannot show which libraries have it.',
  baselineNote: "Services the state pays for, or that are free on the library's own network, are not something a library chose to buy. They are left out of the figures above, the map and the white spots, unless you switch them on in the map.",
  whiteHeading: 'White spots: no paid service',
  whiteHeadline: (m, p, y) => `${m} municipalities with ${p} inhabitants in all have a public library without any paid service in ${y}.`,
  whiteChange: (m, p, y) => `Change since ${y}: ${m} municipalities, ${p} inhabitants.`,
  whiteNoPrevious: 'There is no earlier agreement year to compare with.',
  whiteNone: 'No municipality is without a paid service.',
  whiteListSummary: (n) => `Show the ${n} municipalities`,
  schoolsWhite: (w, t, y) => `${w} of ${t} upper-secondary schools have no paid service in ${y}.`,
  schoolsWhiteChange: (d, y) => `Change since ${y}: ${d} schools.`,
  schoolsNone: 'The county has no upper-secondary schools in the data.',
  whiteDefinitionLink: 'How we count',
  offerHeading: 'The whole offer',
  offerLead: (h, t) => `The library has ${h} of the ${t} services offered to libraries of its kind.`,
  offerNothing: 'The library has no paid services this year. The tables show what it lacks, and how many of its peers have each service.',
  offerCaption: (c) => `${c}: what the library has and lacks`,
  has: 'Has',
  lacks: 'Lacks',
  peersWithIt: 'Peers with it',
  countyShare: (c) => `Share in ${c}`,
  ofPeers: (n, t) => `${n} of ${t}`,
  peerRuleSize: (n) => `Peers: the ${n} libraries of the same kind in the county closest in size.`,
  peerRuleCounty: (n) => `Peers: all ${n} other libraries of the same kind in the county. The size (students and staff) is missing for this library or most in the county, so we do not compare by size.`,
  peerRuleNone: 'The library has no peers: it is the only one of its kind in the county.',
  offerMoreLacking: (c, n) => (c === 1 ? 'The library also lacks one other service in this category.' : `The library also lacks ${n} other services in this category.`),
  offerAllInCategory: (c) => `See every service in ${c}`,
  peersMore: (c, n) => (c === 1 ? 'One more library is not listed here. Every library in the county:' : `${n} more libraries are not listed here. Every library in the county:`),
  sizeUnknownWhy: 'not given in the register',
  baselineTag: 'baseline',
};

export const FIGURE_STRINGS: Record<Lang, FigureStrings> = { nb, nn, en };

/** A signed change, "+3", "−2" or "0", with the language's digits. */
export function signed(n: number, format: (x: number) => string): string {
  return n > 0 ? `+${format(n)}` : n < 0 ? `−${format(-n)}` : format(0);
}
