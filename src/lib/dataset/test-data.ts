/**
 * The one builder of small datasets for unit tests: a test names only the facts it is about
 * (who serves which municipality, who has what in which year) and every other field gets a valid
 * default, so a change to the schema is made here once rather than in every test file.
 */
import type { County, Dataset, Library, Municipality, Service, Subscription } from './schema';

/** The same text in every language. */
export const sameText = (text: string) => ({ nb: text, nn: text, en: text });

/** A service with a confirmed, test-only source; bought, film, for both kinds unless overridden. */
export function testService(id: string, overrides: Partial<Service> = {}): Service {
  return {
    id,
    slug: id,
    name: id,
    vendorId: 'v',
    category: 'film',
    audience: 'both',
    funding: 'bought',
    billing: null,
    status: 'confirmed',
    evidence: [{ source: 'test fixture', section: '1', note: { nb: 'oppdiktet for testen', nn: 'oppdikta for testen', en: 'invented for the test' } }],
    url: 'https://example.org/',
    access: sameText('a'),
    description: sameText('a'),
    ...overrides,
  };
}

/** A municipality's public library (`fb-<seat>`), serving its seat unless `servesMunicipalities` says otherwise. */
export function publicLibrary(seat: string, overrides: Partial<Library> = {}): Library {
  return {
    id: `fb-${seat}`,
    kind: 'public',
    name: `fb-${seat}`,
    slug: `fb-${seat}`,
    municipalityNumber: seat,
    servesMunicipalities: [seat],
    countyNumber: seat.slice(0, 2),
    position: null,
    inhabitantsServed: null,
    studentsAndStaff: null,
    libraryNumber: null,
    organisationNumber: null,
    ...overrides,
  };
}

/** A county-run school's library (`vgs-<organisation number>`) in `seat`. */
export function schoolLibrary(organisationNumber: string, seat: string, overrides: Partial<Library> = {}): Library {
  return publicLibrary(seat, {
    id: `vgs-${organisationNumber}`,
    kind: 'school',
    name: `vgs-${organisationNumber}`,
    slug: `vgs-${organisationNumber}`,
    organisationNumber,
    ...overrides,
  });
}

/** A municipality (county from its number), its name also its short name. */
export function testMunicipality(number: string, name: string, population: number): Municipality {
  return { number, name, shortName: name, countyNumber: number.slice(0, 2), population };
}

/** A county, its name also its official name and slug (lower-cased). */
export function testCounty(number: string, name: string, population: number): County {
  return { number, name, officialName: name, population, slug: name.toLowerCase() };
}

/** Subscriptions in short: `[library, service, year]` is active, a fourth element `'cancelled'` cancels. */
export function subscriptions(rows: readonly (readonly [string, string, number, Subscription['status']?])[]): Subscription[] {
  return rows.map(([libraryId, serviceId, year, status = 'active']) => ({ libraryId, serviceId, year, status }));
}

/**
 * A dataset of the given parts; missing parts are empty, `years` gives the agreement periods
 * (default the years the subscriptions name), and the source is a non-demo pull on `pulledAt`.
 */
export function testDataset(parts: Partial<Omit<Dataset, 'periods'>> & { years?: number[]; pulledAt?: string; isDemo?: boolean } = {}): Dataset {
  const { years, pulledAt = '2026-06-01T00:00:00.000Z', isDemo = false, ...rest } = parts;
  const subs = rest.subscriptions ?? [];
  const periodYears = years ?? [...new Set(subs.map((s) => s.year))].sort();
  return {
    schemaVersion: 1,
    source: { name: 'test.csv', sha256: 'a'.repeat(64), pulledAt, rows: subs.length, isDemo },
    counties: [],
    municipalities: [],
    libraries: [],
    vendors: [{ id: 'v', slug: 'v', name: 'V' }],
    services: [],
    subscriptions: subs,
    ...rest,
    periods: periodYears.map((year) => ({ year, start: `${year}-01-01`, end: `${year}-12-31` })),
  };
}

/** The smallest consistent dataset: Oslo, its library (Deichman, or as `library` says), Filmbib from NFI and one subscription in 2026. */
export function oneLibraryDataset(library: Partial<Library> = {}): Dataset {
  return testDataset({
    pulledAt: '2026-11-25T12:00:00.000Z',
    counties: [testCounty('03', 'Oslo', 10)],
    municipalities: [testMunicipality('0301', 'Oslo', 10)],
    libraries: [publicLibrary('0301', { name: 'Deichman', slug: 'deichman', inhabitantsServed: 10, ...library })],
    vendors: [{ id: 'nfi', slug: 'nfi', name: 'NFI' }],
    services: [testService('filmbib', { name: 'Filmbib', vendorId: 'nfi', audience: 'public', funding: 'state-funded', url: 'https://filmbib.no/' })],
    subscriptions: subscriptions([['fb-0301', 'filmbib', 2026]]),
  });
}
