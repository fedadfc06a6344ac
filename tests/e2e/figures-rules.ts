/**
 * The figure definitions written again from the glossary on the raw dataset, for the figures tests
 * (figures-places, figures-services): their own small implementation, not the page code.
 */
import { readFileSync } from 'node:fs';
import { PATHS } from '../../src/lib/paths';

// ---- The definitions, written again from the glossary, on the raw dataset ----

export interface RawService {
  id: string;
  slug: string;
  name: string;
  audience: 'public' | 'school' | 'both';
  funding: string;
  recorded?: boolean;
}
export interface RawLibrary {
  id: string;
  kind: 'public' | 'school';
  name: string;
  slug: string;
  municipalityNumber: string;
  servesMunicipalities: string[];
  countyNumber: string;
  inhabitantsServed: number | null;
  studentsAndStaff: number | null;
}
export interface RawDataset {
  source: { pulledAt: string };
  counties: { number: string; name: string; slug: string }[];
  municipalities: { number: string; name: string; countyNumber: string; population: number }[];
  libraries: RawLibrary[];
  vendors: { slug: string }[];
  services: RawService[];
  periods: { year: number }[];
  subscriptions: { libraryId: string; serviceId: string; year: number; status: string }[];
}

export const ds = JSON.parse(readFileSync(PATHS.dataset, 'utf8')) as RawDataset;
export const years = ds.periods.map((p) => p.year).sort((a, b) => a - b);
export const pulledYear = Number(ds.source.pulledAt.slice(0, 4));
/** "This year": the agreement year running when the data was pulled, or the latest before it. */
export const year = years.filter((y) => y <= pulledYear).at(-1) ?? years[0]!;
export const serviceById = new Map(ds.services.map((s) => [s.id, s]));
export const recorded = (s: RawService) => s.recorded !== false;
export const isPaidService = (s: RawService) => recorded(s) && (s.funding === 'bought' || s.funding === 'county-funded');
/** Services active per library in an agreement year. */
export function activeIn(y: number): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const s of ds.subscriptions) {
    if (s.year !== y || s.status !== 'active') continue;
    if (!out.has(s.libraryId)) out.set(s.libraryId, new Set());
    out.get(s.libraryId)!.add(s.serviceId);
  }
  return out;
}
export const active = activeIn(year);
export const previousYear = years.filter((y) => y < year).at(-1);
export const own = (l: RawLibrary, act = active) => [...(act.get(l.id) ?? [])].map((id) => serviceById.get(id)!);
/** Paid services: bought or county-funded, recorded, active this year (or in the year of `act`). */
export const paid = (l: RawLibrary, act = active) => own(l, act).filter(isPaidService).length;
/** Services in all: every recorded service active this year. */
export const all = (l: RawLibrary) => own(l).filter(recorded).length;
export const fits = (s: RawService, l: RawLibrary) => s.audience === 'both' || s.audience === l.kind;

export const nbOrder = new Intl.Collator('nb');
export const size = (l: RawLibrary) => (l.kind === 'public' ? l.inhabitantsServed : l.studentsAndStaff) ?? 0;
/** Similar libraries: same kind and county; the five closest in size by ratio, or all when sizes are missing. */
export function peersOf(l: RawLibrary): RawLibrary[] {
  const same = ds.libraries.filter((o) => o.id !== l.id && o.kind === l.kind && o.countyNumber === l.countyNumber);
  const withSize = same.filter((o) => size(o) > 0);
  if (size(l) > 0 && withSize.length >= Math.min(5, same.length) && same.length > 0) {
    return withSize
      .map((o) => ({ o, d: Math.abs(Math.log(size(o) / size(l))) }))
      .sort((a, b) => a.d - b.d || nbOrder.compare(a.o.name, b.o.name))
      .slice(0, 5)
      .map((x) => x.o);
  }
  return same;
}
/** What at least half of the similar libraries have that the library lacks. */
export function gapsOf(l: RawLibrary, peers: RawLibrary[]): string[] {
  const mine = active.get(l.id) ?? new Set();
  const counts = new Map<string, number>();
  for (const p of peers) for (const id of active.get(p.id) ?? []) if (!mine.has(id)) counts.set(id, (counts.get(id) ?? 0) + 1);
  return [...counts].filter(([, n]) => n / peers.length >= 0.5).map(([id]) => serviceById.get(id)!.name);
}
export const publicFor = new Map<string, RawLibrary>();
for (const l of ds.libraries) if (l.kind === 'public') for (const m of l.servesMunicipalities) publicFor.set(m, l);
export const schoolsSeatedIn = (m: string) => ds.libraries.filter((l) => l.kind === 'school' && l.municipalityNumber === m);
export const municipalitiesIn = (county?: string) => ds.municipalities.filter((m) => !county || m.countyNumber === county);
/** Municipalities with no paid service at their public library (the county page's sentence and map). */
export const whiteSpots = (county?: string, act = active) =>
  municipalitiesIn(county).filter((m) => !publicFor.has(m.number) || paid(publicFor.get(m.number)!, act) === 0);
export const peopleIn = (ms: { population: number }[]) => ms.reduce((sum, m) => sum + m.population, 0);
/** Change from last year: this year's white spots minus the previous agreement year's, municipalities and people. */
export function whiteChange(county?: string): { municipalities: number; people: number; from: number } | null {
  if (previousYear === undefined) return null;
  const before = whiteSpots(county, activeIn(previousYear));
  const now = whiteSpots(county);
  return { municipalities: now.length - before.length, people: peopleIn(now) - peopleIn(before), from: previousYear };
}
/** Paid services a municipality reaches through its public library and the schools seated in it (the embeds' "any library"). */
export function reachedPaid(m: string): number {
  const ids = new Set<string>();
  for (const l of [publicFor.get(m), ...schoolsSeatedIn(m)]) for (const s of l ? own(l) : []) if (isPaidService(s)) ids.add(s.id);
  return ids.size;
}
export const unrecordedNames = ds.services.filter((s) => !recorded(s)).map((s) => s.name);
