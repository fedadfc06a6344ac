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
import { compare, makePublicMembers, makeSchoolMembers, MEMBER_TYPE_PUBLIC, MEMBER_TYPE_SCHOOL, type Member } from './demo-members';
import { pick, seededRandom, type Random } from './random';
import type { Registry } from './registry';

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

/** How the demo is shaped (the intermunicipal libraries grow with the benchmark's scale). */
const SHAPE = {
  /** Intermunicipal public libraries, each serving two neighbouring municipalities. */
  intermunicipalLibraries: 5,
  /** Schools' share of the bought (non-universal) subscriptions. */
  schoolShareOfPaid: 0.3,
  /** Services one member chooses among; the real catalogue is smaller, so it only bites at benchmark sizes. */
  maxServicesConsidered: 40,
  /** Chance that a subscription renews into the next agreement year. */
  renewalRate: 0.93,
};

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

export const STATUS_ACTIVE = 'Bekreftet';
export const STATUS_CANCELLED = 'Oppsagt';

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
  const members = [...makePublicMembers(registry, random, SHAPE.intermunicipalLibraries * scale), ...makeSchoolMembers(registry, random)];
  const services = catalogue.services;
  const stateFunded = services.filter((s) => s.funding === 'state-funded' && s.audience !== 'school');
  if (stateFunded.length !== 1) throw new Error(`the catalogue must have exactly one state-funded public service, found ${stateFunded.length}`);
  const universal = stateFunded[0]!;
  // Network-free services are not ordered through the consortium, so an export has no rows for them.
  const ordinary = services.filter((s) => s !== universal && s.funding !== 'network-free' && s.funding !== 'state-funded');
  const popularity = new Map(ordinary.map((s) => [s.name, 0.15 + random() * 0.85 * random()]));

  // Each member considers at most SHAPE.maxServicesConsidered services, so the candidates grow with
  // the members, not with members x services (which ran out of memory at 100x).
  const forType = (type: Member['type']) => ordinary.filter((s) => servesType(s, type));
  const servicesFor = { [MEMBER_TYPE_PUBLIC]: forType(MEMBER_TYPE_PUBLIC), [MEMBER_TYPE_SCHOOL]: forType(MEMBER_TYPE_SCHOOL) };
  const candidates: { member: Member; service: CatalogueService; weight: number }[] = [];
  for (const member of members) {
    if (member.propensity === 0) continue;
    const all = servicesFor[member.type];
    const considered = all.length <= SHAPE.maxServicesConsidered ? all : Array.from({ length: SHAPE.maxServicesConsidered }, () => pick(random, all));
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
    const targets = { school: Math.round(paidTarget * SHAPE.schoolShareOfPaid), public: 0 };
    targets.public = paidTarget - targets.school;
    const current = new Set<number>();
    for (const index of [...previous].sort((a, b) => a - b)) {
      if (random() < SHAPE.renewalRate) current.add(index);
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
