/**
 * Everything a county's printable report shows, in one pure model: key figures, white spots, the
 * trend, each municipality's and school's offer and the change since last year. Built from the
 * per-build figures (site-stats.ts) and the county's own libraries and changes only, so all the
 * reports together grow with the libraries and changes, not libraries × years.
 */
import type { County, Library, Municipality, Service } from '../dataset/schema';
import type { SiteData } from '../dataset/site-data';
import { siteStats, whiteSpotReport, type WhiteSpotReport } from '../figures/site-stats';
import { isChosen, type YearCount } from '../figures/stats';
export { countyReportPath } from '../site/urls';
import { countyKeyFigures, type ReportFigure } from './key-figures';

export interface OfferLine {
  /** The chosen (bought or county-supported) services active this year, by name. */
  services: Service[];
}
export interface MunicipalityOffer extends OfferLine {
  municipality: Municipality;
  /** The public library serving it; undefined when none does. */
  library: Library | undefined;
}
export interface SchoolOffer extends OfferLine {
  school: Library;
  municipality: Municipality | undefined;
}
export interface ReportChange {
  library: Library;
  service: Service;
  kind: 'added' | 'cancelled';
}

export interface CountyReport {
  county: County;
  year: number;
  previousYear: number | null;
  figures: ReportFigure[];
  white: WhiteSpotReport;
  /** Active subscriptions in the county per agreement year. */
  trend: YearCount[];
  municipalities: MunicipalityOffer[];
  schools: SchoolOffer[];
  changes: ReportChange[];
  source: { name: string; pulledAt: string; isDemo: boolean };
}

export function countyReport(data: SiteData, county: County, byName: (a: string, b: string) => number): CountyReport {
  const stats = siteStats(data);
  const active = data.activeByYear.get(data.year) ?? new Map<string, Set<string>>();
  const offer = (library: Library | undefined): Service[] =>
    [...(library ? (active.get(library.id) ?? []) : [])]
      .map((id) => data.serviceById.get(id)!)
      .filter(isChosen)
      .sort((a, b) => byName(a.name, b.name));
  const libraries = stats.librariesByCounty.get(county.number) ?? [];
  const inCounty = new Set(libraries.map((l) => l.id));
  const municipalities = data.dataset.municipalities
    .filter((m) => m.countyNumber === county.number)
    .sort((a, b) => byName(a.name, b.name))
    .map((municipality) => {
      const library = stats.publicLibraryOf.get(municipality.number);
      return { municipality, library, services: offer(library) };
    });
  const schools = libraries
    .filter((l) => l.kind === 'school')
    .sort((a, b) => byName(a.name, b.name))
    .map((school) => ({ school, municipality: data.municipalityByNumber.get(school.municipalityNumber), services: offer(school) }));
  const changes: ReportChange[] = [];
  for (const kind of ['added', 'cancelled'] as const) {
    for (const c of stats.changes[kind]) {
      if (!inCounty.has(c.libraryId)) continue;
      changes.push({ library: data.libraryById.get(c.libraryId)!, service: data.serviceById.get(c.serviceId)!, kind });
    }
  }
  changes.sort((a, b) => byName(a.library.name, b.library.name) || byName(a.service.name, b.service.name));
  const { name, pulledAt, isDemo } = data.dataset.source;
  return {
    county,
    year: data.year,
    previousYear: stats.changes.previousYear,
    figures: countyKeyFigures(data, county),
    white: whiteSpotReport(data, county.number),
    trend: stats.subscriptionsPerYear.byCounty.get(county.number) ?? [],
    municipalities,
    schools,
    changes,
    source: { name, pulledAt, isDemo },
  };
}
