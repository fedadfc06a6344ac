/**
 * Names that tell pages apart in titles and descriptions (what a search result, a shared link or a
 * browser tab shows): a library or municipality whose name another one has carries its county, and
 * more if the county doesn't settle it. Pure; the pages keep the plain name in their headings.
 */
import type { Dataset } from '../dataset/schema';
import { memo } from './cache';

type Source = Pick<Dataset, 'libraries' | 'municipalities' | 'counties'>;

function groupBy<T>(items: readonly T[], key: (item: T) => string): T[][] {
  const groups = new Map<string, T[]>();
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
  return [...groups.values()];
}

const distinct = (values: string[]) => new Set(values).size === values.length;

// Every page of a build asks with the same dataset: label it once (cache.ts).

/** Library id -> its name, or "name (county)", "name (municipality, county)" or "name (county, organisation number)". */
export const libraryLabels = memo((dataset: Source): Map<string, string> => {
  const county = new Map(dataset.counties.map((c) => [c.number, c.name]));
  const municipality = new Map(dataset.municipalities.map((m) => [m.number, m.name]));
  const labels = new Map<string, string>();
  for (const group of groupBy(dataset.libraries, (l) => l.name)) {
    const c = (l: (typeof group)[number]) => county.get(l.countyNumber) ?? l.countyNumber;
    const qualifier =
      group.length === 1
        ? () => ''
        : distinct(group.map(c))
          ? c
          : distinct(group.map((l) => `${l.municipalityNumber}`))
            ? (l: (typeof group)[number]) => `${municipality.get(l.municipalityNumber) ?? l.municipalityNumber}, ${c(l)}`
            : (l: (typeof group)[number]) => `${c(l)}, ${l.organisationNumber ?? l.libraryNumber ?? l.id}`;
    for (const l of group) labels.set(l.id, group.length === 1 ? l.name : `${l.name} (${qualifier(l)})`);
  }
  return labels;
});

/** Municipality number -> its name, or "name (county)" when another municipality has the same name. */
export const municipalityLabels = memo((dataset: Pick<Source, 'municipalities' | 'counties'>): Map<string, string> => {
  const county = new Map(dataset.counties.map((c) => [c.number, c.name]));
  const labels = new Map<string, string>();
  for (const group of groupBy(dataset.municipalities, (m) => m.name)) {
    for (const m of group) labels.set(m.number, group.length === 1 ? m.name : `${m.name} (${county.get(m.countyNumber) ?? m.countyNumber})`);
  }
  return labels;
});
