/**
 * For the map's municipality field: the other names of the public libraries serving each
 * municipality, joined by "|" for a data attribute ("Deichman" finds Oslo).
 */
import type { Library } from './schema';

export function akaByMunicipality(libraries: readonly Pick<Library, 'kind' | 'servesMunicipalities' | 'alsoKnownAs'>[]): Map<string, string> {
  const names = new Map<string, string[]>();
  for (const l of libraries) {
    if (l.kind !== 'public' || !l.alsoKnownAs?.length) continue;
    for (const n of l.servesMunicipalities) names.set(n, [...(names.get(n) ?? []), ...l.alsoKnownAs]);
  }
  return new Map([...names].map(([n, list]) => [n, list.map((x) => x.replaceAll('|', ' ')).join('|')]));
}
