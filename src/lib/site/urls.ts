/**
 * Every URL the site links to, built in one place: entity pages, embeds (latest and frozen) and the
 * map's data files. Pages, search, the map script, the embed builder, feeds and the sitemap all call
 * these, so a path scheme changes here and nowhere else. Paths are language-neutral unless a
 * function takes a `lang`; `localePath` adds the `/nn/` or `/en/` prefix. Browser-safe and pure.
 */
import type { Lang } from '../i18n/lang';
import { localePath } from '../i18n/lang';

export { localePath };

/** The entity kinds that have a page of their own, with the segment of their URL. */
export const ENTITY_SEGMENTS = {
  service: 'tjenester',
  vendor: 'leverandorer',
  library: 'bibliotek',
  municipality: 'kommuner',
  county: 'fylker',
} as const;
export type EntityKind = keyof typeof ENTITY_SEGMENTS;

/** `/<segment>/<key>/`: key is the slug, or the municipality's four-digit number. */
export function entityPath(kind: EntityKind, key: string): string {
  return `/${ENTITY_SEGMENTS[kind]}/${encodeURIComponent(key)}/`;
}

export const servicePath = (slug: string): string => entityPath('service', slug);
export const vendorPath = (slug: string): string => entityPath('vendor', slug);
export const libraryPath = (slug: string): string => entityPath('library', slug);
export const municipalityPath = (number: string): string => entityPath('municipality', number);
export const countyPath = (slug: string): string => entityPath('county', slug);
/** A county's printable report, beside its page (issue 28). */
export const countyReportPath = (slug: string): string => `${countyPath(slug)}rapport/`;

/** An entity's page in a language: `localePath(lang, entityPath(kind, key))`. */
export function entityUrl(lang: Lang, kind: EntityKind, key: string): string {
  return localePath(lang, entityPath(kind, key));
}

/**
 * The widget key inside `/embed/`: '' for Norway's breadth map, `tjenester/<slug>/` for a service,
 * `fylker/<slug>/` for a county.
 */
export function widgetKey(target: { service?: string; county?: string }): string {
  if (target.service) return entityPath('service', target.service).slice(1);
  if (target.county) return entityPath('county', target.county).slice(1);
  return '';
}

/** `/embed/<key>` (latest) or `/embed/v/<version>/<key>` (frozen), in a language. */
export function embedPath(lang: Lang, key: string, version?: string): string {
  return localePath(lang, `/embed/${version ? `v/${encodeURIComponent(version)}/` : ''}${key}`);
}

/** The map's data files, fetched by the browser; not language-specific. */
export const MAP_FILES = {
  data: '/kart/data.json',
  boundaries: '/kart/norge.topo.json',
  detailedBoundaries: '/kart/norge-detaljert.topo.json',
  /** The open data the map's view download is cut from (lib/geo/view-download.ts). */
  libraries: '/data/libraries.json',
  subscriptions: '/data/subscriptions.json',
} as const;
