/** The Frictionless Data Package describing /data/*.csv (src/lib/open-data/tables.ts writes both). */
import type { APIRoute } from 'astro';
import { dataPackage } from '../../lib/open-data/data-package';
import { loadSiteData } from '../../lib/dataset/site-data';

export const GET: APIRoute = ({ site }) =>
  new Response(`${JSON.stringify(dataPackage(loadSiteData().dataset, site!.href), null, 2)}\n`, { headers: { 'Content-Type': 'application/json' } });
