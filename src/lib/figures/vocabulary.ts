/**
 * The figure vocabulary (issue 24): every figure the site shows, defined once. Each has an id (also
 * its anchor in the glossary on /om/ and its `data-figure` on the pages), the set it counts and its
 * formula (for code and docs, docs/figures.md); its name, one-line definition and label in nb, nn and
 * en are the `glossary` feature of the dictionaries. Pages, maps, tables, embeds and open data take
 * a figure from here and its words from there: no page counts on its own.
 */
import { glossary as en } from '../i18n/en/glossary';
import { glossary as nb } from '../i18n/nb/glossary';
import { glossary as nn } from '../i18n/nn/glossary';
import { localePath, type Lang } from '../i18n/lang';

export const FIGURE_IDS = [
  'paid-services',
  'all-services',
  'libraries-with-service',
  'coverage',
  'population-reach',
  'white-spots-public',
  'white-spots-schools',
  'peers',
  'change',
  'not-recorded',
] as const;
export type FigureId = (typeof FIGURE_IDS)[number];

export interface FigureDefinition {
  id: FigureId;
  /** The set it counts, in words. */
  counts: string;
  /** How it is computed. */
  formula: string;
}

/** In English for code and docs; readers get the glossary's words. */
export const FIGURES: Record<FigureId, FigureDefinition> = {
  'paid-services': {
    id: 'paid-services',
    counts: 'services a library has active this agreement year that are bought or county-funded, and recorded',
    formula: '|{ s in active(library, year) : s.funding in {bought, county-funded} and s.recorded }|',
  },
  'all-services': {
    id: 'all-services',
    counts: 'every recorded service a library has active this year, state-funded ones (Filmbib) included',
    formula: '|{ s in active(library, year) : s.recorded }|',
  },
  'libraries-with-service': {
    id: 'libraries-with-service',
    counts: 'libraries of the service’s audience with the service active this year',
    formula: '|{ l : audience(s) fits l.kind and s in active(l, year) }|',
  },
  coverage: {
    id: 'coverage',
    counts: 'libraries with the service among the libraries it is for (public, schools or both)',
    formula: 'libraries-with-service / |{ l : audience(s) fits l.kind }|',
  },
  'population-reach': {
    id: 'population-reach',
    counts: 'inhabitants whose public library has the service',
    formula: 'sum(inhabitantsServed of public libraries with s) / sum(population of all municipalities)',
  },
  'white-spots-public': {
    id: 'white-spots-public',
    counts: 'municipalities no public library with a paid service serves, and their inhabitants',
    formula: '{ m : no public library l serving m has paid-services(l) > 0 }, sum of their population',
  },
  'white-spots-schools': {
    id: 'white-spots-schools',
    counts: 'upper-secondary schools with no paid service',
    formula: '{ school l : paid-services(l) = 0 }',
  },
  peers: {
    id: 'peers',
    counts: 'libraries of the same kind in the same county, the five closest in size by ratio; all of them when sizes are unknown',
    formula: 'size rule: 5 smallest |log(size(o)/size(l))|; county rule: all others of the kind in the county',
  },
  change: {
    id: 'change',
    counts: 'a figure this agreement year against the previous agreement year',
    formula: 'figure(year) − figure(previous year)',
  },
  'not-recorded': {
    id: 'not-recorded',
    counts: 'services the ordering system does not record (catalogue `recorded: false`): has / lacks cannot be told',
    formula: 'left out of every count above; shown as “not recorded here”',
  },
};

export type Glossary = typeof nb;
export const GLOSSARY: Record<Lang, Glossary> = { nb, nn, en };

/** Where a figure is explained: its anchor in the glossary on /om/, in the reader's language. */
export function figureHref(id: FigureId, lang: Lang): string {
  return `${localePath(lang, '/om/')}#${id}`;
}
