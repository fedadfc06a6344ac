/**
 * The county report's key figures, computed by the site's existing statistics (stats.ts,
 * site-stats.ts). The one place the report asks for figures: when the figure vocabulary
 * (src/lib/figures/, issue 24) lands, only this module changes.
 */
import type { County } from '../dataset/schema';
import type { SiteData } from '../dataset/site-data';
import { siteStats, whiteSpotReport } from '../figures/site-stats';
import { countedServiceIds, restrictIndex } from '../figures/stats';

/** The figures the report shows, in order; their words and definitions are in strings.ts. */
export const REPORT_FIGURES = [
  'publicLibraries',
  'schools',
  'librariesWithPaid',
  'populationReached',
  'whiteSpotPopulation',
  'subscriptions',
  'servicesInUse',
] as const;
export type ReportFigureId = (typeof REPORT_FIGURES)[number];

export interface ReportFigure {
  id: ReportFigureId;
  value: number;
  /** What the value is counted out of (libraries, inhabitants), when it is a part of a whole. */
  of?: number;
}

export function countyKeyFigures(data: SiteData, county: County): ReportFigure[] {
  const stats = siteStats(data);
  const libraries = stats.librariesByCounty.get(county.number) ?? [];
  const active = data.activeByYear.get(data.year) ?? new Map<string, Set<string>>();
  const chosen = restrictIndex(active, countedServiceIds(data.dataset.services));
  const publicLibraries = libraries.filter((l) => l.kind === 'public');
  const population = data.dataset.municipalities.filter((m) => m.countyNumber === county.number).reduce((sum, m) => sum + m.population, 0);
  const white = whiteSpotReport(data, county.number).now;
  const inUse = new Set<string>();
  let subscriptions = 0;
  for (const l of libraries) {
    const services = active.get(l.id);
    if (!services) continue;
    subscriptions += services.size;
    for (const s of services) inUse.add(s);
  }
  const figures: Record<ReportFigureId, ReportFigure> = {
    publicLibraries: { id: 'publicLibraries', value: publicLibraries.length },
    schools: { id: 'schools', value: libraries.length - publicLibraries.length },
    librariesWithPaid: { id: 'librariesWithPaid', value: libraries.filter((l) => chosen.has(l.id)).length, of: libraries.length },
    populationReached: { id: 'populationReached', value: population - white.population, of: population },
    whiteSpotPopulation: { id: 'whiteSpotPopulation', value: white.population, of: population },
    subscriptions: { id: 'subscriptions', value: subscriptions },
    servicesInUse: { id: 'servicesInUse', value: inUse.size, of: data.dataset.services.length },
  };
  return REPORT_FIGURES.map((id) => figures[id]);
}
