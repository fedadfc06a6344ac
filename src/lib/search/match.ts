/**
 * The one matcher for every field where a person types a place or a library (home search, the map's
 * "Finn en kommune", the municipality list filter, compare). CONTRACT (issue 16 point 7): callers use
 * only `placeMatches`; its implementation grows (abbreviations, Sami/Kven names) without callers changing.
 */
import { normalizeText } from './normalize';

/** True when `query` matches any of `names` (a place's or library's names in every language). */
export function placeMatches(query: string, names: readonly string[]): boolean {
  const wanted = normalizeText(query);
  if (!wanted) return true;
  return names.some((name) => normalizeText(name).includes(wanted));
}
