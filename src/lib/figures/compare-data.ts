/**
 * The compact data the comparison page fetches when a person picks libraries (it is not on the
 * page itself, so the page stays small): this year's services per library.
 */
import type { SiteData } from '../dataset/site-data';
import { compareNames } from '../i18n/format';
import { isPaid, isRecorded } from './counts';

/** [slug, name, kind, county name, indices into services, names of the municipalities it serves, other names it is known by] */
export type CompareLibrary = [string, string, string, string, number[], string[], string[]?];

export interface CompareData {
  year: number;
  /** [id, name, slug, 1 when it counts as a paid service (figures/vocabulary.ts) else 0]; unrecorded services are left out. */
  services: [string, string, string, 0 | 1][];
  /** [slug, name, kind, county name, indices into services, names of the municipalities it serves, other names it is known by?] */
  libraries: CompareLibrary[];
}

export function compareData(data: SiteData): CompareData {
  // A service nobody can tell who has is not compared: every library would read as lacking it.
  const services = data.dataset.services.filter(isRecorded).sort((a, b) => compareNames('nb')(a.name, b.name));
  const index = new Map(services.map((s, i) => [s.id, i]));
  const active = data.activeByYear.get(data.year);
  return {
    year: data.year,
    services: services.map((s) => [s.id, s.name, s.slug, isPaid(s) ? 1 : 0]),
    libraries: data.dataset.libraries.map((l): CompareLibrary => {
      const row: CompareLibrary = [
        l.slug,
        l.name,
        l.kind,
        data.countyByNumber.get(l.countyNumber)!.name,
        [...(active?.get(l.id) ?? [])]
          .map((id) => index.get(id))
          .filter((i) => i !== undefined)
          .sort((a, b) => a - b),
        // What a person may type to find it: its municipalities (a school by its town, too).
        [...new Set([l.municipalityNumber, ...l.servesMunicipalities])].map((n) => data.municipalityByNumber.get(n)?.name).filter((n) => n !== undefined),
      ];
      // And the other names it is known by ("Deichman"), only where it has some.
      if (l.alsoKnownAs?.length) row.push(l.alsoKnownAs);
      return row;
    }),
  };
}
