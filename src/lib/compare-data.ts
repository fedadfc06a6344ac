/**
 * The compact data the comparison page fetches when a person picks libraries (it is not on the
 * page itself, so the page stays small): this year's services per library.
 */
import type { SiteData } from './site-data';
import { compareNames } from './i18n/format';

export interface CompareData {
  year: number;
  /** [id, name, slug] */
  services: [string, string, string][];
  /** [slug, name, kind, county name, indices into services] */
  libraries: [string, string, string, string, number[]][];
}

export function compareData(data: SiteData): CompareData {
  const services = [...data.dataset.services].sort((a, b) => compareNames('nb')(a.name, b.name));
  const index = new Map(services.map((s, i) => [s.id, i]));
  const active = data.activeByYear.get(data.year);
  return {
    year: data.year,
    services: services.map((s) => [s.id, s.name, s.slug]),
    libraries: data.dataset.libraries.map((l) => [
      l.slug,
      l.name,
      l.kind,
      data.countyByNumber.get(l.countyNumber)!.name,
      [...(active?.get(l.id) ?? [])].map((id) => index.get(id)!).sort((a, b) => a - b),
    ]),
  };
}

/** The preset comparison shown without JavaScript: the public libraries of the three most populous municipalities. */
export function presetLibraries(data: SiteData) {
  return data.dataset.libraries
    .filter((l) => l.kind === 'public')
    .sort((a, b) => (b.inhabitantsServed ?? 0) - (a.inhabitantsServed ?? 0))
    .slice(0, 3);
}
