import type { APIRoute } from 'astro';
import { compareData } from '../../lib/figures/compare-data';
import { loadSiteData } from '../../lib/dataset/site-data';

export const GET: APIRoute = () => new Response(JSON.stringify(compareData(loadSiteData())), { headers: { 'Content-Type': 'application/json' } });
