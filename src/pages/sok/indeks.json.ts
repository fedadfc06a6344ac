/** The search index, built once at build time from the dataset and the postcode register. */
import type { APIRoute } from 'astro';
import { buildSearchIndex } from '../../lib/search/build-index';
import { loadPostcodes } from '../../lib/search/postcodes';
import { loadSiteData } from '../../lib/dataset/site-data';

export const GET: APIRoute = () =>
  new Response(JSON.stringify(buildSearchIndex(loadSiteData().dataset, loadPostcodes())), {
    headers: { 'Content-Type': 'application/json' },
  });
