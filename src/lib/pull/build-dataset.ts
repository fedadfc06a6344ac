/**
 * Joins validated export rows to the registries and the catalogue and produces the public
 * dataset. Every municipality gets its public library and every county-run school its library,
 * whether or not they ordered anything: a library without services is a fact the site shows.
 */
import type { Catalogue } from '../dataset/catalogue';
import type { Registry, RegistryIndex, RegistryMunicipality, RegistrySchool } from '../dataset/registry';
import { Dataset, type DatasetSource, type Library, type Subscription } from '../dataset/schema';
import { assignUniqueSlugs, slugify } from '../slug';
import { findLibraryConflicts } from './library-conflicts';
import type { ExportRow } from './export-row';
import { InvalidInputError, type Problem } from '../source/problems';

export function publicLibraryId(seatMunicipalityNumber: string): string {
  return `fb-${seatMunicipalityNumber}`;
}
export function schoolLibraryId(organisationNumber: string): string {
  return `vgs-${organisationNumber}`;
}

type LibraryDraft = Omit<Library, 'slug'>;

export interface BuildResult {
  dataset: Dataset;
  warnings: Problem[];
  mergedDuplicates: number;
}

export function buildDataset(input: {
  rows: ExportRow[];
  file: string;
  registry: Registry;
  index: RegistryIndex;
  catalogue: Catalogue;
  source: DatasetSource;
}): BuildResult {
  const { rows, file, registry, index, catalogue } = input;
  const problems: Problem[] = [];
  const warnings: Problem[] = [];

  // Rows that disagree about a library: errors for its number and reach, a warning for its name.
  const conflicts = findLibraryConflicts(rows, file, (row) =>
    row.memberType === 'public' ? publicLibraryId(row.municipalityNumbers[0]!) : schoolLibraryId(row.organisationNumber!),
  );
  problems.push(...conflicts.problems);
  warnings.push(...conflicts.warnings);

  // Libraries named in the export.
  const drafts = new Map<string, LibraryDraft>();
  const servedBy = new Map<string, { id: string; row: number }>();
  for (const row of rows) {
    const id = row.memberType === 'public' ? publicLibraryId(row.municipalityNumbers[0]!) : schoolLibraryId(row.organisationNumber!);
    const existing = drafts.get(id);
    if (existing) {
      if (row.size !== null && existing.kind === 'school' && existing.studentsAndStaff === null) existing.studentsAndStaff = row.size;
      continue;
    }
    if (row.memberType === 'public') {
      for (const number of row.municipalityNumbers) {
        const other = servedBy.get(number);
        if (other && other.id !== id)
          problems.push({ file, row: row.row, message: `municipality ${number} is served by two public libraries (also on row ${other.row})` });
        servedBy.set(number, { id, row: row.row });
      }
      const served = row.municipalityNumbers.map((n) => index.municipalityByNumber.get(n)!);
      drafts.set(id, publicLibrary(served, conflicts.names.get(id)!, conflicts.libraryNumbers.get(id)!));
    } else {
      const school = index.schoolByOrganisationNumber.get(row.organisationNumber!)!;
      drafts.set(id, schoolLibrary(school, conflicts.names.get(id)!, row.size, conflicts.libraryNumbers.get(id)!));
    }
  }

  // Every municipality has a public library by law, and every county-run school a library:
  // add those the export doesn't mention.
  for (const m of registry.municipalities) {
    if (!servedBy.has(m.number)) drafts.set(publicLibraryId(m.number), publicLibrary([m], `${m.shortName} bibliotek`, null));
  }
  for (const school of registry.schools) {
    const id = schoolLibraryId(school.organisationNumber);
    const size = school.students !== null && school.staff !== null ? school.students + school.staff : null;
    if (!drafts.has(id)) drafts.set(id, schoolLibrary(school, school.name, size, null));
  }

  // Subscriptions: identical duplicates merge, conflicting ones are errors.
  const serviceIdByName = assignUniqueSlugs(catalogue.services, { key: (s) => s.name, base: (s) => s.name });
  const subscriptions = new Map<string, Subscription & { row: number }>();
  let mergedDuplicates = 0;
  for (const row of rows) {
    const libraryId = row.memberType === 'public' ? publicLibraryId(row.municipalityNumbers[0]!) : schoolLibraryId(row.organisationNumber!);
    const serviceId = serviceIdByName.get(row.serviceName)!;
    const key = `${libraryId}|${serviceId}|${row.year}`;
    const existing = subscriptions.get(key);
    if (existing) {
      if (existing.status === row.status) mergedDuplicates++;
      else
        problems.push({
          file,
          row: row.row,
          message: `conflicting duplicate: ${row.memberName} / ${row.serviceName} / ${row.year} is "${row.status}" here but "${existing.status}" on row ${existing.row}`,
        });
      continue;
    }
    subscriptions.set(key, { libraryId, serviceId, year: row.year, status: row.status, row: row.row });
  }
  if (problems.length > 0) throw new InvalidInputError(problems);

  // Same-named libraries (Herøy, Våler, Sande) are told apart by county.
  const countyName = (number: string) => index.countyByNumber.get(number)?.name ?? number;
  const libraryList = [...drafts.values()].sort((a, b) => (a.id < b.id ? -1 : 1));
  const slugs = assignUniqueSlugs(libraryList, { key: (l) => l.id, base: (l) => l.name, qualifier: (l) => countyName(l.countyNumber) });
  const libraries: Library[] = libraryList.map((l) => ({ ...l, slug: slugs.get(l.id)! }));

  const vendorSlugs = assignUniqueSlugs(catalogue.vendors, { key: (v) => v.name, base: (v) => v.name });
  const periods = [...new Set(rows.map((r) => r.year))]
    .sort((a, b) => a - b)
    .map((year) => {
      const inYear = rows.filter((r) => r.year === year);
      return {
        year,
        start: inYear.reduce((min, r) => (r.periodStart < min ? r.periodStart : min), `${year}-12-31`),
        end: inYear.reduce((max, r) => (r.periodEnd > max ? r.periodEnd : max), `${year}-01-01`),
      };
    });

  const dataset: Dataset = {
    schemaVersion: 1,
    source: input.source,
    counties: registry.counties.map((c) => ({ ...c, slug: slugify(c.name) })),
    municipalities: registry.municipalities.map((m) => ({ ...m })),
    libraries,
    vendors: catalogue.vendors.map((v) => ({
      id: vendorSlugs.get(v.name)!,
      slug: vendorSlugs.get(v.name)!,
      name: v.name,
      ...(v.url && { url: v.url }),
      ...(v.about && { about: v.about }),
    })),
    services: catalogue.services.map((s) => ({
      id: serviceIdByName.get(s.name)!,
      slug: serviceIdByName.get(s.name)!,
      name: s.name,
      vendorId: vendorSlugs.get(s.vendor)!,
      category: s.category,
      audience: s.audience,
      funding: s.funding,
      billing: s.billing,
      status: s.status,
      evidence: s.evidence,
      url: s.url,
      ...(s.recorded === false && { recorded: false }),
      access: s.access,
      description: s.description,
      ...(s.described === false && { described: false }),
      ...(s.trials && { trials: s.trials }),
    })),
    periods,
    subscriptions: [...subscriptions.values()]
      .map(({ row: _row, ...s }) => s)
      .sort((a, b) => a.year - b.year || cmp(a.libraryId, b.libraryId) || cmp(a.serviceId, b.serviceId)),
  };
  // The schema checks referential integrity too; a failure here is a bug, not bad input.
  return { dataset: Dataset.parse(dataset), warnings, mergedDuplicates };
}

/** A public library serving one or more municipalities, the seat first. */
function publicLibrary(served: RegistryMunicipality[], name: string, libraryNumber: string | null): LibraryDraft {
  const seat = served[0]!;
  return {
    id: publicLibraryId(seat.number),
    kind: 'public',
    name,
    municipalityNumber: seat.number,
    servesMunicipalities: served.map((m) => m.number),
    countyNumber: seat.countyNumber,
    position: null,
    // Population from SSB via the registry, not the export: one trustworthy source for reach.
    inhabitantsServed: served.reduce((sum, m) => sum + m.population, 0),
    studentsAndStaff: null,
    libraryNumber,
    organisationNumber: null,
  };
}

function schoolLibrary(school: RegistrySchool, name: string, studentsAndStaff: number | null, libraryNumber: string | null): LibraryDraft {
  return {
    id: schoolLibraryId(school.organisationNumber),
    kind: 'school',
    name,
    municipalityNumber: school.municipalityNumber,
    servesMunicipalities: [school.municipalityNumber],
    countyNumber: school.countyNumber,
    position: { lat: school.lat, lon: school.lon },
    inhabitantsServed: null,
    studentsAndStaff,
    libraryNumber,
    organisationNumber: school.organisationNumber,
  };
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
