/** The Frictionless Data Package describing /data/*.csv (src/lib/open-data.ts writes both). */
import type { APIRoute } from 'astro';
import { dataPackage } from '../../lib/data-package';
import { loadSiteData } from '../../lib/site-data';

export const GET: APIRoute = ({ site }) =>
  new Response(`${JSON.stringify(dataPackage(loadSiteData().dataset, site!.href), null, 2)}\n`, { headers: { 'Content-Type': 'application/json' } });
