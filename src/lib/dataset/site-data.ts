/**
 * The dataset as pages see it: read once per build from data/dataset.json, validated with the
 * same schema the pull wrote it with, plus lookup tables so pages stay simple.
 */
import { existsSync, readFileSync } from 'node:fs';
import { PATHS } from '../paths';
import { Dataset, type County, type Library, type Municipality, type Service, type Vendor } from './schema';
import { activeServicesByLibrary, currentYear } from '../figures/stats';
import { compareNames } from '../i18n/format';
import { memo } from '../site/cache';

export interface SiteData {
  dataset: Dataset;
  year: number;
  countyByNumber: Map<string, County>;
  municipalityByNumber: Map<string, Municipality>;
  libraryById: Map<string, Library>;
  serviceById: Map<string, Service>;
  vendorById: Map<string, Vendor>;
  /** Active service ids per library id, per agreement year. */
  activeByYear: Map<number, Map<string, Set<string>>>;
}

const load = memo((path: string): SiteData => {
  if (!existsSync(path)) throw new Error(`${path} does not exist: run \`npm run pull\` first (npm run build does it for you)`);
  const json: unknown = JSON.parse(readFileSync(path, 'utf8'));
  const parsed = Dataset.safeParse(json);
  if (!parsed.success) throw new Error(`${path} can't be published: ${describeIssues(json, parsed.error.issues)}. Pull again (npm run pull)`);
  return indexDataset(parsed.data);
});

/** Schema issues as one line each, a library named by its id: "libraries[0] (fb-0301) name: …", not a dump. */
function describeIssues(json: unknown, issues: readonly { path: PropertyKey[]; message: string }[]): string {
  const shown = issues.slice(0, 10).map(({ path, message }) => {
    const [table, index, ...rest] = path;
    const item = typeof index === 'number' ? (json as Record<string, { id?: unknown }[] | undefined>)[String(table)]?.[index] : undefined;
    const where = typeof index === 'number' ? `${String(table)}[${index}]${typeof item?.id === 'string' ? ` (${item.id})` : ''}` : path.map(String).join('.');
    return `${[where, ...rest.map(String)].join(' ') || '(top)'}: ${message}`;
  });
  return [...shown, ...(issues.length > 10 ? [`and ${issues.length - 10} more`] : [])].join('; ');
}

/** The dataset at `path`, read and indexed once per build. */
export function loadSiteData(path: string = PATHS.dataset): SiteData {
  return load(path);
}

export function indexDataset(dataset: Dataset): SiteData {
  return {
    dataset,
    year: currentYear(dataset),
    countyByNumber: new Map(dataset.counties.map((c) => [c.number, c])),
    municipalityByNumber: new Map(dataset.municipalities.map((m) => [m.number, m])),
    libraryById: new Map(dataset.libraries.map((l) => [l.id, l])),
    serviceById: new Map(dataset.services.map((s) => [s.id, s])),
    vendorById: new Map(dataset.vendors.map((v) => [v.id, v])),
    activeByYear: new Map(dataset.periods.map((p) => [p.year, activeServicesByLibrary(dataset, p.year)])),
  };
}

export function activeServices(data: SiteData, libraryId: string, year: number = data.year): Service[] {
  const ids = data.activeByYear.get(year)?.get(libraryId) ?? new Set<string>();
  return [...ids].map((id) => data.serviceById.get(id)!).sort((a, b) => compareNames('nb')(a.name, b.name));
}
