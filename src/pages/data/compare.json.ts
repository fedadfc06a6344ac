import type { APIRoute } from 'astro';
import { compareData } from '../../lib/compare-data';
import { loadSiteData } from '../../lib/site-data';

export const GET: APIRoute = () => new Response(JSON.stringify(compareData(loadSiteData())), { headers: { 'Content-Type': 'application/json' } });
