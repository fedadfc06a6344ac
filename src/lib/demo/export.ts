/**
 * Generates the embedded demo export: real registries (municipalities, schools) and the real
 * service catalogue (sourced products only), with FICTITIOUS subscriptions that reproduce the
 * published figures (demo/published-figures.ts), shaped like a ConsortiaManager export
 * (one row per member x product x agreement period). Prices and contact persons are present
 * because real exports carry them; the pull must drop them.
 *
 * Deterministic: the same seed, registry and catalogue give a byte-identical file.
 */
import { stringify } from 'csv-stringify/sync';
import type { Catalogue, CatalogueService } from '../dataset/catalogue';
import { compare, makePublicMembers, makeSchoolMembers, MEMBER_TYPE_PUBLIC, MEMBER_TYPE_SCHOOL, type Member } from './members';
import { pick, seededRandom, type Random } from './random';
import type { Registry } from '../dataset/registry';

export const DEMO_SEED = 20261125;
/**
 * The agreement years a source gives a total for. Libraries order in the autumn joining period
 * for the next calendar year: the 2022 period for 2023, and so on. No year past the last
 * published total is invented.
 */
export const DEMO_YEARS = [2023, 2024, 2025] as const;
type DemoYear = (typeof DEMO_YEARS)[number];

/**
 * What the demo reproduces each year (published-figures.ts names the sources): paid subscriptions
 * (sales; Filmbib registrations come on top, network-free services have no rows), and how many
 * public libraries and schools bought. 2023: 447 buyers, two thirds public. 2024: the consortium's
 * 1,077 (seed 001 says 1,034: the site shows both), public libraries +2.69 % (297 -> 305) and
 * schools +26.36 % (150 -> 190 is +26.67 %: no whole numbers of libraries meet 447, two thirds and
 * both percentages at once, so the public figure is exact and the schools' nearest). 2025: 1,079
 * (preliminary); its buyer counts are not published: demo estimates. `schoolSubscriptions` is the
 * demo's own split (not published).
 */
export const DEMO_PLAN: Record<DemoYear, { subscriptions: number; publicBuyers: number; schoolBuyers: number; schoolSubscriptions: number }> = {
  2023: { subscriptions: 973, publicBuyers: 297, schoolBuyers: 150, schoolSubscriptions: 240 },
  2024: { subscriptions: 1077, publicBuyers: 305, schoolBuyers: 190, schoolSubscriptions: 300 },
  2025: { subscriptions: 1079, publicBuyers: 308, schoolBuyers: 196, schoolSubscriptions: 310 },
};
export const DEMO_TARGET_TOTALS: Record<DemoYear, number> = {
  2023: DEMO_PLAN[2023].subscriptions,
  2024: DEMO_PLAN[2024].subscriptions,
  2025: DEMO_PLAN[2025].subscriptions,
};

/**
 * Products not on offer in some years: PressReader went to every library in 2023 as a national
 * trial (not a purchase: the service's `trials` say so) and was missing when the 2024 period opened.
 */
const NOT_ON_OFFER: Record<string, readonly number[]> = { PressReader: [2023, 2024] };

/** How the demo is shaped (the intermunicipal libraries grow with the benchmark's scale). */
const SHAPE = {
  /** Intermunicipal public libraries, each serving two neighbouring municipalities. */
  intermunicipalLibraries: 5,
  /** Services one member chooses among; the real catalogue is smaller, so it only bites at benchmark sizes. */
  maxServicesConsidered: 40,
  /** Chance that a subscription renews into the next agreement year. */
  renewalRate: 0.93,
  /** Chance that a buying library buys nothing the next year. */
  dropoutRate: 0.03,
};

/** The column that declares the export as demo data (the column map's demoMarker); every row says "ja". */
export const DEMO_MARKER_HEADER = 'Eksempeldata';

/** The export's headers, as the ordering system writes them (Norwegian), and the demo's own marker. */
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
  DEMO_MARKER_HEADER,
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

type Pair = { member: Member; service: CatalogueService };

/** `scale` multiplies the yearly figures and shared libraries, for benchmarks at 10x and 100x. */
export function generateDemoExport(
  registry: Registry,
  catalogue: Catalogue,
  seed = DEMO_SEED,
  scale = 1,
  knownAs: ReadonlyMap<string, string[]> = new Map(),
): DemoExport {
  const random = seededRandom(seed);
  const members = [...makePublicMembers(registry, random, SHAPE.intermunicipalLibraries * scale, knownAs), ...makeSchoolMembers(registry, random)];
  const services = catalogue.services;
  const stateFunded = services.filter((s) => s.funding === 'state-funded' && s.audience !== 'school');
  if (stateFunded.length !== 1) throw new Error(`the catalogue must have exactly one state-funded public service, found ${stateFunded.length}`);
  const universal = stateFunded[0]!;
  // Network-free services are not ordered through the consortium, so an export has no rows for them.
  const ordinary = services.filter((s) => s !== universal && s.funding !== 'network-free' && s.funding !== 'state-funded');
  const popularity = new Map(ordinary.map((s) => [s.name, 0.2 + random() * 0.8]));
  // Each member considers at most SHAPE.maxServicesConsidered services, so the work grows with the
  // members, not with members x services (which ran out of memory at 100x).
  const considered = new Map<Member, CatalogueService[]>();
  for (const member of members) {
    const all = ordinary.filter((s) => servesType(s, member.type));
    considered.set(
      member,
      all.length <= SHAPE.maxServicesConsidered ? all : [...new Set(Array.from({ length: SHAPE.maxServicesConsidered }, () => pick(random, all)))],
    );
  }
  // Larger libraries buy more often: a stable score per member decides who buys first.
  const score = new Map(members.map((m) => [m, Math.log10(m.size + 10) * (0.4 + random())]));
  const byScore = (type: Member['type']) => members.filter((m) => m.type === type).sort((a, b) => score.get(b)! - score.get(a)! || compare(a.name, b.name));
  const ranked = { [MEMBER_TYPE_PUBLIC]: byScore(MEMBER_TYPE_PUBLIC), [MEMBER_TYPE_SCHOOL]: byScore(MEMBER_TYPE_SCHOOL) };

  const records: string[][] = [];
  const activeByYear: Record<number, number> = {};
  const paidByYear: Record<number, number> = {};
  let buyers = new Set<Member>();
  let previous: Pair[] = [];
  for (const year of DEMO_YEARS) {
    const plan = DEMO_PLAN[year];
    const onOffer = (service: CatalogueService) => !NOT_ON_OFFER[service.name]?.includes(year);
    // Who buys: last year's buyers less a few dropouts, topped up by score to the year's counts.
    const next = new Set<Member>();
    for (const type of [MEMBER_TYPE_PUBLIC, MEMBER_TYPE_SCHOOL] as const) {
      const target = Math.min((type === MEMBER_TYPE_PUBLIC ? plan.publicBuyers : plan.schoolBuyers) * scale, ranked[type].length);
      const kept = ranked[type].filter((m) => buyers.has(m) && random() >= SHAPE.dropoutRate).slice(0, target);
      for (const m of kept) next.add(m);
      let count = kept.length;
      for (const m of ranked[type]) {
        if (count >= target) break;
        if (next.has(m) || buyers.has(m)) continue;
        next.add(m);
        count++;
      }
    }
    // What they buy: renewals first, at least one service each, then the most likely new orders
    // until each kind of library reaches its share of the year's total.
    const current: Pair[] = [];
    const has = new Set<string>();
    const key = (p: Pair) => `${p.member.libraryNumber}|${p.member.organisationNumber}|${p.member.name}|${p.service.name}`;
    const add = (p: Pair) => {
      has.add(key(p));
      current.push(p);
    };
    for (const p of previous) {
      if (next.has(p.member) && onOffer(p.service) && random() < SHAPE.renewalRate) add(p);
      else {
        // Cancelled this year: not ordered again in the same period.
        has.add(key(p));
        records.push(row(p.member, p.service, year, STATUS_CANCELLED, random, joiningDate(year, random)));
      }
    }
    const candidates = [...next]
      .flatMap((member) =>
        considered
          .get(member)!
          .filter(onOffer)
          .map((service) => ({ member, service })),
      )
      .map((p) => ({ p, key: Math.log(random()) / (score.get(p.member)! * popularity.get(p.service.name)!) }))
      .sort((a, b) => b.key - a.key || compare(key(a.p), key(b.p)));
    const served = new Set(current.map((p) => p.member));
    for (const { p } of candidates) {
      if (served.has(p.member) || has.has(key(p))) continue;
      served.add(p.member);
      add(p);
    }
    const targets = { school: plan.schoolSubscriptions * scale, public: (plan.subscriptions - plan.schoolSubscriptions) * scale };
    for (const school of [true, false]) {
      let missing = (school ? targets.school : targets.public) - current.filter((p) => (p.member.type === MEMBER_TYPE_SCHOOL) === school).length;
      for (const { p } of candidates) {
        if (missing <= 0) break;
        if ((p.member.type === MEMBER_TYPE_SCHOOL) !== school || has.has(key(p))) continue;
        add(p);
        missing--;
      }
    }
    const sorted = current.sort((a, b) => compare(key(a), key(b)));
    for (const p of sorted) records.push(row(p.member, p.service, year, STATUS_ACTIVE, random, joiningDate(year, random)));
    for (const member of members) {
      if (member.type === MEMBER_TYPE_PUBLIC) records.push(row(member, universal, year, STATUS_ACTIVE, random, ''));
    }
    activeByYear[year] = current.length + members.filter((m) => m.type === MEMBER_TYPE_PUBLIC).length;
    paidByYear[year] = current.length;
    buyers = next;
    previous = sorted;
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
    'ja',
  ];
}
