/**
 * Generates the embedded demo export: real registries (municipalities, schools) and the real
 * service catalogue, with FICTITIOUS subscriptions, shaped like a ConsortiaManager export
 * (one row per member x product x agreement period). Prices and contact persons are present
 * because real exports carry them; the pull must drop them.
 *
 * Deterministic: the same seed, registry and catalogue give a byte-identical file.
 */
import { stringify } from 'csv-stringify/sync';
import type { Catalogue, CatalogueService } from './catalogue';
import { pick, seededRandom, type Random } from './random';
import type { Registry, RegistryMunicipality } from './registry';
import { slugify } from './slug';

export const DEMO_SEED = 20261125;
/**
 * The agreement years a source gives a total for. Libraries order in the autumn joining period
 * for the next calendar year: the 2022 period for 2023, and so on. No year past the last
 * published total is invented.
 */
export const DEMO_YEARS = [2023, 2024, 2025] as const;

/**
 * Paid subscriptions (sales: bought or county-supported services) per agreement year, as
 * published: 973 for 2023 (seed 001, section 4.1: "I 2022 solgte Bibliotek24 973 abonnement");
 * 1,077 for 2024 (bibliotek24.no, "Hvordan endte tilknytningsperioden 2023?"; seed 001 says
 * 1,034 for that year: we use the consortium's own yearly figure); 1,079 for 2025 (seed 001,
 * section 4.1, the project's last year). Filmbib, registered at every public library by the
 * consortium, is not a sale and comes on top; network-free services have no rows at all.
 */
export const DEMO_TARGET_TOTALS: Record<(typeof DEMO_YEARS)[number], number> = {
  2023: 973,
  2024: 1077,
  2025: 1079,
};

/** Intermunicipal public libraries, each serving two neighbouring municipalities. */
const INTERMUNICIPAL_LIBRARIES = 5;
/** Share of public libraries that buy nothing ("one in five offered no digital content" in 2021). */
const PUBLIC_WITHOUT_PAID_SERVICES = 0.2;
/** Share of county-run schools that order anything; about a third of subscribing libraries are schools. */
const SCHOOLS_ORDERING = 0.52;
/** Schools' share of the bought (non-universal) subscriptions. */
const SCHOOL_SHARE_OF_PAID = 0.3;
/** Services one member chooses among; the real catalogue is smaller, so it only bites at benchmark sizes. */
const MAX_SERVICES_CONSIDERED = 40;
/** Chance that a subscription renews into the next agreement year. */
const RENEWAL_RATE = 0.93;

/** The export's headers, as the ordering system writes them (Norwegian). */
export const DEMO_HEADERS = [
  'Medlem',
  'Medlemsnummer',
  'Medlemstype',
  'Kommunenummer',
  'Organisasjonsnummer',
  'Innbyggere/elever og ansatte',
  'Produkt',
  'Leverandør',
  'Periode fra',
  'Periode til',
  'Status',
  'Pris (NOK)',
  'Kontaktperson',
  'E-post',
  'Telefon',
  // When the order (or cancellation) was placed: in the autumn joining period before the year.
  // Empty for Filmbib, which the consortium registered itself: not a sale.
  'Bestilt',
] as const;

export const MEMBER_TYPE_PUBLIC = 'Folkebibliotek';
export const MEMBER_TYPE_SCHOOL = 'Videregående skole';
export const STATUS_ACTIVE = 'Bekreftet';
export const STATUS_CANCELLED = 'Oppsagt';

interface Member {
  name: string;
  libraryNumber: string;
  type: typeof MEMBER_TYPE_PUBLIC | typeof MEMBER_TYPE_SCHOOL;
  municipalityNumbers: string[];
  organisationNumber: string;
  size: number;
  /** Relative appetite for services; 0 means the member orders nothing paid. */
  propensity: number;
  contact: { name: string; email: string; phone: string };
}

const FIRST_NAMES = ['Kari', 'Ola', 'Ingrid', 'Lars', 'Sigrid', 'Anders', 'Marit', 'Nils', 'Astrid', 'Per', 'Silje', 'Jonas', 'Hanne', 'Erik', 'Liv', 'Magnus', 'Ragnhild', 'Trond', 'Solveig', 'Øystein', 'Åse', 'Bjørn', 'Elin', 'Håkon'];
const LAST_NAMES = ['Hansen', 'Johansen', 'Olsen', 'Larsen', 'Andersen', 'Pedersen', 'Nilsen', 'Kristiansen', 'Jensen', 'Karlsen', 'Berg', 'Haugen', 'Hagen', 'Bakken', 'Strand', 'Solberg', 'Lie', 'Dahl', 'Sæther', 'Løken', 'Ødegård', 'Aasen'];

export interface DemoExport {
  csv: string;
  /** Active rows per year, Filmbib registrations included, for tests and the generator's summary. */
  activeByYear: Record<number, number>;
  /** Of those, the paid ones (sales): equal to DEMO_TARGET_TOTALS x scale. */
  paidByYear: Record<number, number>;
  rows: number;
  members: number;
}

/** `scale` multiplies the subscription totals and shared libraries, for benchmarks at 10x and 100x. */
export function generateDemoExport(registry: Registry, catalogue: Catalogue, seed = DEMO_SEED, scale = 1): DemoExport {
  const random = seededRandom(seed);
  const members = [...makePublicMembers(registry, random, INTERMUNICIPAL_LIBRARIES * scale), ...makeSchoolMembers(registry, random)];
  const services = catalogue.services;
  const stateFunded = services.filter((s) => s.funding === 'state-funded' && s.audience !== 'school');
  if (stateFunded.length !== 1) throw new Error(`the catalogue must have exactly one state-funded public service, found ${stateFunded.length}`);
  const universal = stateFunded[0]!;
  // Network-free services are not ordered through the consortium, so an export has no rows for them.
  const ordinary = services.filter((s) => s !== universal && s.funding !== 'network-free' && s.funding !== 'state-funded');
  const popularity = new Map(ordinary.map((s) => [s.name, 0.15 + random() * 0.85 * random()]));

  // Each member considers at most MAX_SERVICES_CONSIDERED services, so the candidates grow with
  // the members, not with members x services (which ran out of memory at 100x).
  const forType = (type: Member['type']) => ordinary.filter((s) => servesType(s, type));
  const servicesFor = { [MEMBER_TYPE_PUBLIC]: forType(MEMBER_TYPE_PUBLIC), [MEMBER_TYPE_SCHOOL]: forType(MEMBER_TYPE_SCHOOL) };
  const candidates: { member: Member; service: CatalogueService; weight: number }[] = [];
  for (const member of members) {
    if (member.propensity === 0) continue;
    const all = servicesFor[member.type];
    const considered = all.length <= MAX_SERVICES_CONSIDERED ? all : Array.from({ length: MAX_SERVICES_CONSIDERED }, () => pick(random, all));
    for (const service of new Set(considered)) {
      candidates.push({ member, service, weight: member.propensity * popularity.get(service.name)! });
    }
  }

  const publicCount = members.filter((m) => m.type === MEMBER_TYPE_PUBLIC).length;
  const isSchool = (index: number) => candidates[index]!.member.type === MEMBER_TYPE_SCHOOL;
  const records: string[][] = [];
  const activeByYear: Record<number, number> = {};
  const paidByYear: Record<number, number> = {};
  let previous = new Set<number>(); // indexes into candidates active last year
  for (const [yearIndex, year] of DEMO_YEARS.entries()) {
    const paidTarget = DEMO_TARGET_TOTALS[year] * scale;
    // Schools and public libraries are filled separately so schools stay about a third of subscribers.
    const targets = { school: Math.round(paidTarget * SCHOOL_SHARE_OF_PAID), public: 0 };
    targets.public = paidTarget - targets.school;
    const current = new Set<number>();
    for (const index of [...previous].sort((a, b) => a - b)) {
      if (random() < RENEWAL_RATE) current.add(index);
      else records.push(row(candidates[index]!.member, candidates[index]!.service, year, STATUS_CANCELLED, random, joiningDate(year, random)));
    }
    // Weighted sampling without replacement (Efraimidis-Spirakis keys), deterministic via the seed.
    const keyed = candidates
      .map((c, index) => ({ index, key: Math.log(random()) / c.weight }))
      .filter(({ index }) => !current.has(index) && !previous.has(index))
      .sort((a, b) => b.key - a.key || a.index - b.index);
    const count = (school: boolean) => [...current].filter((i) => isSchool(i) === school).length;
    if (yearIndex === 0) {
      // In the first year every ordering school takes at least its most likely service.
      const served = new Set<Member>();
      for (const { index } of keyed) {
        const member = candidates[index]!.member;
        if (isSchool(index) && !served.has(member)) served.add(member), current.add(index);
      }
    }
    for (const school of [true, false]) {
      let missing = (school ? targets.school : targets.public) - count(school);
      for (const { index } of keyed) {
        if (missing <= 0) break;
        if (isSchool(index) !== school || current.has(index)) continue;
        current.add(index);
        missing--;
      }
    }
    for (const index of [...current].sort((a, b) => a - b)) {
      records.push(row(candidates[index]!.member, candidates[index]!.service, year, STATUS_ACTIVE, random, joiningDate(year, random)));
    }
    for (const member of members) {
      if (member.type === MEMBER_TYPE_PUBLIC) records.push(row(member, universal, year, STATUS_ACTIVE, random, ''));
    }
    activeByYear[year] = current.size + publicCount;
    paidByYear[year] = current.size;
    previous = current;
  }

  // Exports list rows by member, then period, then product.
  records.sort((a, b) => compare(a[0]!, b[0]!) || compare(a[8]!, b[8]!) || compare(a[6]!, b[6]!));
  const csv = stringify([[...DEMO_HEADERS], ...records], { record_delimiter: '\n' });
  return { csv, activeByYear, paidByYear, rows: records.length, members: members.length };
}

function servesType(service: CatalogueService, type: Member['type']): boolean {
  if (service.audience === 'both') return true;
  return service.audience === (type === MEMBER_TYPE_PUBLIC ? 'public' : 'school');
}

function makePublicMembers(registry: Registry, random: Random, sharedLibraries: number): Member[] {
  const municipalities = [...registry.municipalities].sort((a, b) => compare(a.number, b.number));
  const pairs = chooseIntermunicipalPairs(municipalities, random, sharedLibraries);
  const pairedWith = new Map<string, RegistryMunicipality>();
  for (const [a, b] of pairs) pairedWith.set(a.number, b);
  const secondInPair = new Set(pairs.map(([, b]) => b.number));

  const members: Member[] = [];
  for (const municipality of municipalities) {
    if (secondInPair.has(municipality.number)) continue;
    const partner = pairedWith.get(municipality.number);
    const served = partner ? [municipality, partner] : [municipality];
    const name = partner ? `${municipality.shortName} og ${partner.shortName} bibliotek` : `${municipality.shortName} bibliotek`;
    const size = served.reduce((sum, m) => sum + m.population, 0);
    const buysNothing = random() < PUBLIC_WITHOUT_PAID_SERVICES * (size < 5000 ? 1.6 : 0.6);
    members.push({
      name,
      // Fictitious library numbers in BaseBibliotek's shape: 2 + municipality + running number.
      libraryNumber: `2${municipality.number}00`,
      type: MEMBER_TYPE_PUBLIC,
      municipalityNumbers: served.map((m) => m.number),
      organisationNumber: '',
      size,
      propensity: buysNothing ? 0 : Math.log10(size + 10) * (0.5 + random()),
      contact: makeContact(random, `${slugify(municipality.shortName)}.kommune.example`),
    });
  }
  return members;
}

/** Pairs of small neighbouring municipalities (adjacent numbers in one county) share a library. */
function chooseIntermunicipalPairs(municipalities: RegistryMunicipality[], random: Random, count: number): [RegistryMunicipality, RegistryMunicipality][] {
  const options: [RegistryMunicipality, RegistryMunicipality][] = [];
  for (let i = 0; i + 1 < municipalities.length; i++) {
    const a = municipalities[i]!;
    const b = municipalities[i + 1]!;
    if (a.countyNumber === b.countyNumber && a.population < 6000 && b.population < 6000) options.push([a, b]);
  }
  const chosen: [RegistryMunicipality, RegistryMunicipality][] = [];
  const used = new Set<string>();
  while (chosen.length < count && options.length > 0) {
    const [a, b] = options.splice(Math.floor(random() * options.length), 1)[0]!;
    if (used.has(a.number) || used.has(b.number)) continue;
    used.add(a.number).add(b.number);
    chosen.push([a, b]);
  }
  return chosen;
}

function makeSchoolMembers(registry: Registry, random: Random): Member[] {
  const running = new Map<string, number>();
  return [...registry.schools]
    .sort((a, b) => compare(a.organisationNumber, b.organisationNumber))
    .map((school) => {
      const n = (running.get(school.municipalityNumber) ?? 0) + 1;
      running.set(school.municipalityNumber, n);
      const staff = school.staff ?? 20 + Math.floor(random() * 120);
      // The registry rarely has student numbers; the ordering system prices by students + staff.
      const students = school.students ?? Math.round(staff * (5 + random() * 4));
      return {
        name: school.name,
        // Seven digits like real ones; at benchmark sizes the running number wraps (the numbers are fictitious anyway).
        libraryNumber: `3${school.municipalityNumber}${String(n % 100).padStart(2, '0')}`,
        type: MEMBER_TYPE_SCHOOL,
        municipalityNumbers: [school.municipalityNumber],
        organisationNumber: school.organisationNumber,
        size: students + staff,
        propensity: random() < SCHOOLS_ORDERING ? 0.6 + random() : 0,
        contact: makeContact(random, `${slugify(school.name).slice(0, 30)}.skole.example`),
      };
    });
}

function makeContact(random: Random, domain: string): Member['contact'] {
  const first = pick(random, FIRST_NAMES);
  const last = pick(random, LAST_NAMES);
  const phone = `+47 ${4 + Math.floor(random() * 6)}${String(Math.floor(random() * 1e7)).padStart(7, '0')}`;
  return { name: `${first} ${last}`, email: `${slugify(first)}.${slugify(last)}@${domain}`, phone };
}

/**
 * A day in the joining period for `year`: four weeks from mid-October to mid-November of the year
 * before (the consortium's yearly cycle; the 2023 period ran 16 October to 12 November).
 */
export function joiningDate(year: number, random: Random): string {
  const day = new Date(Date.UTC(year - 1, 9, 16 + Math.floor(random() * 28)));
  return day.toISOString().slice(0, 10);
}

function row(member: Member, service: CatalogueService, year: number, status: string, random: Random, ordered: string): string[] {
  const perUnit = service.funding === 'bought' ? 0.5 + random() * 3 : 0;
  const price = Math.round(member.size * perUnit * 100) / 100;
  const isPublic = member.type === MEMBER_TYPE_PUBLIC;
  return [
    member.name,
    member.libraryNumber,
    member.type,
    isPublic ? member.municipalityNumbers.join('/') : '',
    member.organisationNumber,
    String(member.size),
    service.name,
    service.vendor,
    `${year}-01-01`,
    `${year}-12-31`,
    status,
    // Norwegian number format, as Excel writes it: "12345,50".
    price.toFixed(2).replace('.', ','),
    member.contact.name,
    member.contact.email,
    member.contact.phone,
    ordered,
  ];
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
