/**
 * Every page the site has, as language-neutral paths (`/tjenester/x/`); each exists in every
 * language. The sitemap lists them, and the dist checks prove each was built.
 */
import type { Dataset } from '../dataset/schema';
import { countyPath, countyReportPath, libraryPath, municipalityPath, servicePath, vendorPath } from './urls';

export const STATIC_PATHS = [
  '/',
  '/tjenester/',
  '/leverandorer/',
  '/bibliotek/',
  '/kommuner/',
  '/fylker/',
  '/sammenlign/',
  '/kampanjer/',
  '/sok/',
  '/utvikling/',
  '/endringer/',
  '/data/',
  '/bygg-inn/',
  '/om/',
  '/om/datakvalitet/',
  '/tilgjengelighet/',
];

export function sitePaths(dataset: Pick<Dataset, 'services' | 'vendors' | 'libraries' | 'municipalities' | 'counties'>): string[] {
  return [
    ...STATIC_PATHS,
    ...dataset.services.map((s) => servicePath(s.slug)),
    ...dataset.vendors.map((v) => vendorPath(v.slug)),
    ...dataset.libraries.map((l) => libraryPath(l.slug)),
    ...dataset.municipalities.map((m) => municipalityPath(m.number)),
    ...dataset.counties.map((c) => countyPath(c.slug)),
    ...dataset.counties.map((c) => countyReportPath(c.slug)),
  ];
}
